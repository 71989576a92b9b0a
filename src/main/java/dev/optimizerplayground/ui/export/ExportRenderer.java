package dev.optimizerplayground.ui.export;

import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.plot.ContourComputation;
import dev.optimizerplayground.plot.ContourResult;
import dev.optimizerplayground.plot.PlotTransform;
import dev.optimizerplayground.session.LayoutMode;
import dev.optimizerplayground.session.RunSet.LaneRun;
import dev.optimizerplayground.plot.landscape.LandscapeMesh;
import dev.optimizerplayground.plot.landscape.LandscapeRenderer;
import dev.optimizerplayground.plot.landscape.LandscapeScene;
import dev.optimizerplayground.ui.plot.LandscapePainter;
import dev.optimizerplayground.ui.plot.LaneStatus;
import dev.optimizerplayground.ui.plot.PlotFrame;
import dev.optimizerplayground.ui.plot.PlotOptions;
import dev.optimizerplayground.ui.plot.PlotPainter;
import dev.optimizerplayground.ui.plot.SideBySidePlots;
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
 * <p>In the {@link LayoutMode#SIDE_BY_SIDE side-by-side} layout the plot part is the window's grid
 * instead ({@link SideBySidePlots#columns}): one small plot per run, titled with its lane in the
 * lane's colour, all the same size so they share one contour image, all at the same step; the
 * picture's title, if any, sits above the grid.
 *
 * <p>In the {@link LayoutMode#LANDSCAPE 3D} layout the plot part is the landscape seen by the
 * content's camera, drawn in software ({@link LandscapeRenderer}), with the title at its top.
 *
 * <p>Three stacked canvases: the plot background (contours, axes, colour bar of every plot),
 * painted once per contour result; the trails; and the footer. An animation repaints only the last
 * two per frame, and {@link #render} snapshots the stack into ARGB pixels.
 *
 * <p>The footer's layout is fixed when the renderer is made, from the widest status text any of
 * the given steps will show, so the legend never jumps between frames of an animation.
 */
public final class ExportRenderer {

    private static final Color INK = Color.web("#222222");
    private static final Color MUTED_INK = Color.web("#444444");
    private static final double CELL_GAP = 26;
    /** Between the plots of the side-by-side grid, as in the window (times the scale). */
    private static final double GRID_GAP = 6;
    /** Height of the picture title's strip above the side-by-side grid (times the scale). */
    private static final double TITLE_STRIP = 32;

    /**
     * One plot of the picture, at (x, y) in it, drawn in its own coordinates.
     *
     * @param runs the trails it shows: every run in the overlay, its own run in a grid cell
     */
    private record Plot(double x, double y, int width, int height, List<LaneRun> runs, PlotOptions options) {
    }

    private final PictureSpec spec;
    private final PlotContent content;
    private final double s;
    private final int plotHeight;
    /** The side-by-side grid is drawn (there is at least one run to give a cell). */
    private final boolean sideBySide;
    private final boolean landscape;
    private final List<Plot> plots;

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
    /** The 3D layout's renderer and mesh, made at the first frame (the mesh again for new contours). */
    private LandscapeRenderer landscapeRenderer;
    private LandscapeMesh landscapeMesh;
    private final LandscapePainter landscapePainter = new LandscapePainter();

    /**
     * @param steps every step this renderer will be asked to show (one for a still picture, the
     *              frames' steps for an animation): the legend is laid out for the widest status
     */
    public ExportRenderer(PictureSpec spec, PlotContent content, Collection<Integer> steps) {
        this.spec = spec;
        this.content = content;
        this.s = spec.scale();
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
        this.sideBySide = content.layout() == LayoutMode.SIDE_BY_SIDE && !runs.isEmpty();
        this.landscape = content.layout() == LayoutMode.LANDSCAPE;
        this.plots = sideBySide
                ? grid(runs)
                : List.of(new Plot(0, 0, spec.width(), plotHeight, runs,
                        PlotOptions.overlay().withScale(s).withTitle(spec.title(), null)));

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

    /** The window's side-by-side grid in the plot part, below the picture's title if it has one. */
    private List<Plot> grid(List<LaneRun> runs) {
        int n = runs.size();
        int cols = SideBySidePlots.columns(n);
        int rows = (n + cols - 1) / cols;
        double gap = Math.round(GRID_GAP * s);
        double top = titleStripHeight();
        // Whole pixels and one size for all, so every cell is drawn with the same contour image.
        int w = (int) Math.max(1, Math.floor((spec.width() - gap * (cols - 1)) / cols));
        int h = (int) Math.max(1, Math.floor((plotHeight - top - gap * (rows - 1)) / rows));
        List<Plot> grid = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LaneRun run = runs.get(i);
            grid.add(new Plot((i % cols) * (w + gap), top + (i / cols) * (h + gap), w, h, List.of(run),
                    PlotOptions.laneCell(run.lane()).withScale(s)));
        }
        return grid;
    }

    private double titleStripHeight() {
        return spec.title() == null ? 0 : Math.round(TITLE_STRIP * s);
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

    /** Where the data rectangle lies in the picture (of the first cell, side by side). */
    public PlotTransform plotTransform() {
        return plotTransforms().get(0);
    }

    /**
     * Where each plot's data rectangle lies in the picture: the one overlay plot, or one per run
     * (in the runs' order) side by side.
     */
    public List<PlotTransform> plotTransforms() {
        List<PlotTransform> transforms = new ArrayList<>();
        for (Plot plot : plots) {
            PlotTransform t = localTransform(plot);
            transforms.add(new PlotTransform(t.bounds(), plot.x() + t.left(), plot.y() + t.top(), t.width(), t.height()));
        }
        return transforms;
    }

    private PlotTransform localTransform(Plot plot) {
        return PlotPainter.plotTransform(plot.width(), plot.height(), content.window(), plot.options());
    }

    /**
     * The filled contours at exactly the pixel size of this picture's data rectangle (every cell's,
     * side by side: they all have the same size). Runs on any
     * thread (it reads only immutable state); it takes the longest of an export, so the window calls
     * it in the background.
     *
     * @throws java.util.concurrent.CancellationException if {@code token} is cancelled meanwhile
     */
    public ContourResult computeContours(CancellationToken token) {
        ViewWindow bounds = content.window();
        PlotTransform transform = localTransform(plots.get(0));
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
        if (!backgroundPainted) {
            paintBackground(background.getGraphicsContext2D());
            backgroundPainted = true;
        }
        GraphicsContext gc = trails.getGraphicsContext2D();
        if (landscape) {
            paintLandscape(gc, step);
        }
        for (Plot plot : landscape ? List.<Plot>of() : plots) {
            gc.save();
            gc.translate(plot.x(), plot.y());
            trailPainter.paintOverlay(gc, plot.width(), plot.height(), frame(plot, step));
            gc.restore();
        }
        paintFooter(footer.getGraphicsContext2D(), step);
        stack.snapshot(parameters, snapshot);
        int[] argb = new int[spec.width() * spec.height()];
        snapshot.getPixelReader().getPixels(0, 0, spec.width(), spec.height(), PixelFormat.getIntArgbInstance(),
                argb, 0, spec.width());
        return argb;
    }

    /** The whole plot part: the landscape at this step, its axis labels and the title. */
    private void paintLandscape(GraphicsContext gc, int step) {
        if (contours == null) {
            return;
        }
        if (landscapeMesh == null || landscapeMesh.bands() != contours.colorBands()) {
            landscapeMesh = LandscapeMesh.of(contours);
        }
        if (landscapeRenderer == null) {
            landscapeRenderer = new LandscapeRenderer(spec.width(), plotHeight);
        }
        landscapeRenderer.render(new LandscapeScene(landscapeMesh, content.camera(),
                LandscapePainter.trails(content.runs()), step, content.minima(), s, 0xFFFFFFFF));
        landscapePainter.paint(gc, 0, 0, spec.width(), plotHeight, landscapeRenderer.pixels(), spec.width(), plotHeight,
                landscapeRenderer.axisLabels(), s, spec.title());
    }

    private PlotFrame frame(Plot plot, int step) {
        return new PlotFrame(contours, content.window(), plot.runs(), step, content.start(), content.minima(),
                plot.options());
    }

    /** Every plot's contours, axes and title, and side by side the picture's title above them. */
    private void paintBackground(GraphicsContext gc) {
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, spec.width(), plotHeight);
        for (Plot plot : landscape ? List.<Plot>of() : plots) {
            gc.save();
            gc.translate(plot.x(), plot.y());
            backgroundPainter.paintBackground(gc, plot.width(), plot.height(), frame(plot, 0));
            gc.restore();
        }
        if (sideBySide && spec.title() != null) {
            paintTitleStrip(gc);
        }
    }

    private void paintTitleStrip(GraphicsContext gc) {
        gc.setFill(INK);
        gc.setFont(Font.font("System", FontWeight.BOLD, 17 * s));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(spec.title(), spec.width() / 2.0, titleStripHeight() / 2, spec.width() - 2 * margin());
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
            parts.add(run.lane().displayName() + ": " + HyperparameterCaption.describe(run.trajectory().spec()));
        }
        return String.join("; ", parts);
    }
}
