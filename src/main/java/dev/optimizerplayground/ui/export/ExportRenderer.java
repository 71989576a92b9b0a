package dev.optimizerplayground.ui.export;

import dev.optimizerplayground.plot.Bounds;
import dev.optimizerplayground.plot.CancellationToken;
import dev.optimizerplayground.plot.ContourComputation;
import dev.optimizerplayground.plot.ContourResult;
import dev.optimizerplayground.plot.PlotTransform;
import dev.optimizerplayground.ui.model.RunSet.LaneRun;
import dev.optimizerplayground.ui.plot.LaneStatus;
import dev.optimizerplayground.ui.plot.PlotFrame;
import dev.optimizerplayground.ui.plot.PlotOptions;
import dev.optimizerplayground.ui.plot.PlotPainter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link PlotContent} into an image of exactly {@link PictureSpec#width()} ×
 * {@link PictureSpec#height()} pixels: the plot (with its title) on top, and under it, if asked,
 * a legend (one cell per lane: colour, name, status at the step shown) and a caption with each
 * lane's hyperparameters. Lives on the JavaFX thread, except {@link #computeContours}.
 *
 * <p>Three stacked canvases: the plot background (contours, axes, colour bar), painted once per
 * contour result; the trails; and the footer. An animation repaints only the last two per frame,
 * and {@link #render} snapshots the stack into ARGB pixels.
 *
 * <p>The footer's layout is fixed when the renderer is made, from the widest status text any of
 * the given steps will show, so the legend never jumps between frames of an animation.
 */
public final class ExportRenderer {

    private static final Color INK = Color.web("#222222");
    private static final Color MUTED_INK = Color.web("#444444");
    private static final double CELL_GAP = 26;

    private final PictureSpec spec;
    private final PlotContent content;
    private final PlotOptions options;
    private final double s;
    private final int plotHeight;
    private final PlotTransform transform;

    private final Canvas background;
    private final Canvas trails;
    private final Canvas footer;
    private final Group stack;
    private final PlotPainter backgroundPainter = new PlotPainter();
    private final PlotPainter trailPainter = new PlotPainter();
    private final WritableImage snapshot;
    private final SnapshotParameters parameters = new SnapshotParameters();

    private final Font nameFont;
    private final Font statusFont;
    private final double cellWidth;
    private final int columns;
    private final int legendRows;
    private final double nameWidth;
    private final CaptionPainter caption;

    private ContourResult contours;
    private boolean backgroundPainted;

    /**
     * @param steps every step this renderer will be asked to show (one for a still picture, the
     *              frames' steps for an animation): the legend is laid out for the widest status
     */
    public ExportRenderer(PictureSpec spec, PlotContent content, Collection<Integer> steps) {
        this.spec = spec;
        this.content = content;
        this.s = spec.scale();
        this.options = PlotOptions.overlay().withScale(s).withTitle(spec.title(), null);
        this.nameFont = Font.font("System", FontWeight.BOLD, 13 * s);
        this.statusFont = Font.font("System", 13 * s);

        List<LaneRun> runs = content.runs();
        double usable = spec.width() - 2 * margin();
        double widestName = 0;
        double widestStatus = 0;
        if (spec.legend() && !runs.isEmpty()) {
            for (LaneRun run : runs) {
                widestName = Math.max(widestName, textWidth(run.lane().displayName(), nameFont));
                for (int step : steps) {
                    widestStatus = Math.max(widestStatus,
                            textWidth(LaneStatus.describe(run.trajectory(), step), statusFont));
                }
            }
        }
        this.nameWidth = widestName;
        this.cellWidth = 24 * s + widestName + 8 * s + widestStatus;
        this.columns = Math.max(1, Math.min(runs.size(), (int) ((usable + CELL_GAP * s) / (cellWidth + CELL_GAP * s))));
        this.legendRows = spec.legend() && !runs.isEmpty() ? (runs.size() + columns - 1) / columns : 0;
        this.caption = new CaptionPainter(spec.caption() ? runs : List.of(), spec.width(), s);

        double footerHeight = 0;
        if (legendRows > 0 || caption.lineCount() > 0) {
            footerHeight = 8 * s + legendRows * 22 * s + caption.height() + 6 * s;
        }
        // The plot keeps at least half the picture, whatever the legend needs.
        this.plotHeight = (int) Math.max(spec.height() / 2.0, spec.height() - Math.ceil(footerHeight));
        this.transform = PlotPainter.plotTransform(spec.width(), plotHeight, content.window(), options);

        background = new Canvas(spec.width(), plotHeight);
        trails = new Canvas(spec.width(), plotHeight);
        footer = new Canvas(spec.width(), spec.height() - plotHeight);
        footer.setLayoutY(plotHeight);
        stack = new Group(background, trails, footer);
        snapshot = new WritableImage(spec.width(), spec.height());
        parameters.setFill(Color.WHITE);
        parameters.setViewport(new Rectangle2D(0, 0, spec.width(), spec.height()));
    }

    private double margin() {
        return 14 * s;
    }

    public PictureSpec spec() {
        return spec;
    }

    public PlotContent content() {
        return content;
    }

    /** Height of the plot part of the picture; the footer takes the rest. */
    public int plotHeight() {
        return plotHeight;
    }

    /** Where the data rectangle lies in the picture. */
    public PlotTransform plotTransform() {
        return transform;
    }

    /**
     * The filled contours at exactly the pixel size of this picture's data rectangle. Runs on any
     * thread (it reads only immutable state); it takes the longest of an export, so the window calls
     * it in the background.
     *
     * @throws java.util.concurrent.CancellationException if {@code token} is cancelled meanwhile
     */
    public ContourResult computeContours(CancellationToken token) {
        Bounds bounds = new Bounds(content.window().xMin(), content.window().xMax(), content.window().yMin(),
                content.window().yMax());
        int w = Math.max(1, (int) Math.round(transform.width()));
        int h = Math.max(1, (int) Math.round(transform.height()));
        return ContourComputation.compute(content.surface()::newEvaluator, bounds, w, h, content.levelScale(), token);
    }

    public void setContours(ContourResult result) {
        contours = result;
        backgroundPainted = false;
    }

    public ContourResult contours() {
        return contours;
    }

    /** The picture at {@code step} as ARGB pixels, row by row; a fresh array the caller may keep. */
    public int[] render(int step) {
        PlotFrame frame = new PlotFrame(contours, content.window(), content.runs(), step, content.start(),
                content.minima(), options);
        if (!backgroundPainted) {
            backgroundPainter.paintBackground(background.getGraphicsContext2D(), spec.width(), plotHeight, frame);
            backgroundPainted = true;
        }
        trailPainter.paintOverlay(trails.getGraphicsContext2D(), spec.width(), plotHeight, frame);
        paintFooter(footer.getGraphicsContext2D(), step);
        stack.snapshot(parameters, snapshot);
        int[] argb = new int[spec.width() * spec.height()];
        snapshot.getPixelReader().getPixels(0, 0, spec.width(), spec.height(), PixelFormat.getIntArgbInstance(),
                argb, 0, spec.width());
        return argb;
    }

    // =============================================================== footer

    private void paintFooter(GraphicsContext gc, int step) {
        double w = footer.getWidth();
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, w, footer.getHeight());
        if (legendRows == 0 && caption.lineCount() == 0) {
            return;
        }
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        double y = 8 * s;
        List<LaneRun> runs = content.runs();
        double gridWidth = columns * cellWidth + (columns - 1) * CELL_GAP * s;
        double left = Math.max(margin(), (w - gridWidth) / 2);
        for (int i = 0; i < runs.size() && legendRows > 0; i++) {
            LaneRun run = runs.get(i);
            double x = left + (i % columns) * (cellWidth + CELL_GAP * s);
            double cy = y + (i / columns) * 22 * s + 11 * s;
            gc.setFill(Color.web(run.lane().colour()));
            gc.fillRect(x, cy - 3 * s, 18 * s, 6 * s);
            gc.setFill(INK);
            gc.setFont(nameFont);
            gc.fillText(run.lane().displayName(), x + 24 * s, cy);
            gc.setFill(MUTED_INK);
            gc.setFont(statusFont);
            double statusX = x + 24 * s + nameWidth + 8 * s;
            // A picture narrower than the longest status squeezes the text rather than cutting it off.
            gc.fillText(LaneStatus.describe(run.trajectory(), step), statusX, cy, Math.max(1, w - margin() - statusX));
        }
        caption.paint(gc, y + legendRows * 22 * s);
    }

    private static double textWidth(String text, Font font) {
        return CaptionPainter.textWidth(text, font);
    }

    /**
     * The hyperparameters of every lane in one line, for the text chunk of a PNG or a clipboard
     * description: "RMSProp: η=0.1 β=0.9 ε=1e-8 (ε inside √); Adam: ...".
     */
    public static String describeRuns(List<LaneRun> runs) {
        List<String> parts = new ArrayList<>();
        for (LaneRun run : runs) {
            parts.add(run.lane().displayName() + ": " + HyperparameterCaption.describe(run.trajectory().spec().optimizer()));
        }
        return String.join("; ", parts);
    }
}
