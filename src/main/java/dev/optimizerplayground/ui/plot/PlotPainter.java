package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.plot.AxisTicks;
import dev.optimizerplayground.plot.ColorBands;
import dev.optimizerplayground.plot.ContourLevels;
import dev.optimizerplayground.plot.ContourResult;
import dev.optimizerplayground.plot.LevelLines;
import dev.optimizerplayground.plot.MarkerGlide;
import dev.optimizerplayground.plot.PixelTrail;
import dev.optimizerplayground.plot.PlotTransform;
import dev.optimizerplayground.plot.Polyline;
import dev.optimizerplayground.plot.TickFormat;
import dev.optimizerplayground.plot.Ticks;
import dev.optimizerplayground.session.RunSet.LaneRun;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link PlotFrame} onto any {@link GraphicsContext} of a given size: a Canvas on screen or
 * an offscreen one for an exported image, so nothing here reads a Scene. Two layers:
 * {@link #paintBackground} (contours, axes, colour bar, minima: changes with the surface or the
 * window) and {@link #paintOverlay} (trails, markers, start handle: drawn whole for each exported
 * frame; the window instead keeps its trails in a {@link TrailLayer} and redraws only the markers,
 * with {@code paintMarkers}, as the animation moves).
 * Every size is multiplied by {@link PlotOptions#scale()}.
 *
 * <p>An instance keeps the image of the last contour result it drew, so a frame that only moves the
 * window does not copy the pixels again; use one painter per canvas.
 */
public final class PlotPainter {

    static final Color PAGE = Color.WHITE;
    private static final Color HATCH = Color.web("#d4d4d4");
    private static final Color INK = Color.web("#222222");
    private static final Color MUTED_INK = Color.web("#555555");
    private static final Color CONTOUR_LINE = Color.rgb(0, 0, 0, 0.28);
    private static final Color HALO = Color.rgb(255, 255, 255, 0.9);

    /** Trail points closer than this (in unscaled pixels) to the last drawn one are skipped. */
    static final double TRAIL_SPACING = 0.75;
    static final double HANDLE_RADIUS = 7;
    /** How opaque a lane's twin (the lane raced in another convention) is drawn. */
    static final double TWIN_OPACITY = 0.5;
    /** The side of the tiles trail pieces are grouped by, one stroke per tile (see {@link #stroke}). */
    private static final double STROKE_TILE = 96;

    private ContourResult imageSource;
    private WritableImage image;
    private double[] lineX = new double[256];
    private double[] lineY = new double[256];

    /** Where the data rectangle lies for a plot of this size: what both layers and the mouse use. */
    public static PlotTransform plotTransform(double width, double height, ViewWindow window, PlotOptions options) {
        double s = options.scale();
        double left = (options.axes() ? 56 : 8) * s;
        double top = (options.title() != null ? 30 : 12) * s;
        double right = (options.colourBar() ? 84 : 14) * s;
        double bottom = (options.axes() ? 30 : 8) * s;
        double areaWidth = Math.max(1, width - left - right);
        double areaHeight = Math.max(1, height - top - bottom);
        return options.equalScale()
                ? PlotTransform.equalScale(window, left, top, areaWidth, areaHeight)
                : new PlotTransform(window, left, top, areaWidth, areaHeight);
    }

    /** Both layers, for an exported picture. */
    public void paint(GraphicsContext gc, double width, double height, PlotFrame frame) {
        paintBackground(gc, width, height, frame);
        paintOverlay(gc, width, height, frame, false);
    }

    // =============================================================== background

    public void paintBackground(GraphicsContext gc, double width, double height, PlotFrame frame) {
        PlotOptions options = frame.options();
        double s = options.scale();
        PlotTransform t = plotTransform(width, height, frame.window(), options);
        gc.save();
        gc.setFill(PAGE);
        gc.fillRect(0, 0, width, height);

        clipToPlot(gc, t);
        ContourResult contours = frame.contours();
        if (contours != null) {
            paintContours(gc, t, contours, s);
        }
        CloudPainter.paintRuns(gc, t, frame.runs(), s);
        gc.restore();

        gc.save();
        gc.setStroke(INK);
        gc.setLineWidth(s);
        gc.strokeRect(t.left(), t.top(), t.width(), t.height());
        if (options.axes()) {
            paintAxes(gc, t, s);
        }
        if (options.colourBar() && contours != null) {
            paintColourBar(gc, t, contours.colorBands(), s);
        }
        if (options.title() != null) {
            gc.setFill(options.titleColour() != null ? Color.web(options.titleColour()) : INK);
            gc.setFont(Font.font("System", FontWeight.BOLD, 15 * s));
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.BASELINE);
            gc.fillText(options.title(), t.left() + t.width() / 2, t.top() - 9 * s);
        }
        gc.restore();
    }

    private void paintContours(GraphicsContext gc, PlotTransform t, ContourResult contours, double s) {
        // The image is placed at its own bounds: while a newer window is being computed, the old
        // image still sits where its data is, and the uncovered rest stays blank.
        ViewWindow b = contours.bounds();
        double x0 = t.toPixelX(b.xMin());
        double x1 = t.toPixelX(b.xMax());
        double y0 = t.toPixelY(b.yMax());
        double y1 = t.toPixelY(b.yMin());
        gc.save();
        gc.beginPath();
        gc.rect(x0, y0, x1 - x0, y1 - y0);
        gc.clip();
        hatch(gc, x0, y0, x1, y1, s);
        gc.setImageSmoothing(false);
        gc.drawImage(imageOf(contours), x0, y0, x1 - x0, y1 - y0);
        gc.restore();

        gc.setStroke(CONTOUR_LINE);
        gc.setLineWidth(0.8 * s);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        for (LevelLines level : contours.lines()) {
            for (Polyline line : level.polylines()) {
                ensureLineCapacity(line.size());
                int n = line.toPixels(t, lineX, lineY);
                gc.strokePolyline(lineX, lineY, n);
            }
        }
    }

    /** Light diagonal lines: where the image is transparent (f undefined) the page reads "undefined". */
    private static void hatch(GraphicsContext gc, double x0, double y0, double x1, double y1, double s) {
        gc.setStroke(HATCH);
        gc.setLineWidth(s);
        double spacing = 9 * s;
        double h = y1 - y0;
        for (double x = x0 - h; x < x1; x += spacing) {
            gc.strokeLine(x, y1, x + h, y0);
        }
    }

    private WritableImage imageOf(ContourResult contours) {
        if (contours != imageSource) {
            WritableImage next = new WritableImage(contours.width(), contours.height());
            next.getPixelWriter().setPixels(0, 0, contours.width(), contours.height(),
                    PixelFormat.getIntArgbInstance(), contours.argbPixels(), contours.width());
            image = next;
            imageSource = contours;
        }
        return image;
    }

    private void ensureLineCapacity(int n) {
        if (lineX.length < n) {
            lineX = new double[Math.max(n, lineX.length * 2)];
            lineY = new double[lineX.length];
        }
    }

    private static void paintAxes(GraphicsContext gc, PlotTransform t, double s) {
        ViewWindow b = t.bounds();
        gc.setFont(Font.font("System", 13 * s));
        gc.setFill(MUTED_INK);
        gc.setStroke(INK);
        gc.setLineWidth(s);
        double tick = 5 * s;

        Ticks xTicks = AxisTicks.nice(b.xMin(), b.xMax(), Math.max(2, (int) (t.width() / (75 * s))));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        double bottom = t.top() + t.height();
        for (int i = 0; i < xTicks.count(); i++) {
            double px = t.toPixelX(xTicks.value(i));
            gc.strokeLine(px, bottom, px, bottom + tick);
            gc.fillText(xTicks.label(i), px, bottom + tick + 2 * s);
        }

        Ticks yTicks = AxisTicks.nice(b.yMin(), b.yMax(), Math.max(2, (int) (t.height() / (45 * s))));
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < yTicks.count(); i++) {
            double py = t.toPixelY(yTicks.value(i));
            gc.strokeLine(t.left() - tick, py, t.left(), py);
            gc.fillText(yTicks.label(i), t.left() - tick - 3 * s, py);
        }
    }

    /**
     * The bands stacked bottom (min) to top (max) at their normalized positions, so a log scale
     * shows as unevenly spaced levels. Levels are labelled from the bottom up, skipping any that
     * would crowd the one below.
     */
    private static void paintColourBar(GraphicsContext gc, PlotTransform t, ColorBands bands, double s) {
        ContourLevels levels = bands.levels();
        double x = t.left() + t.width() + 14 * s;
        double w = 16 * s;
        double top = t.top();
        double h = t.height();
        for (int band = 0; band < bands.count(); band++) {
            double lo = levels.normalize(bands.lower(band));
            double hi = levels.normalize(bands.upper(band));
            if (lo != lo || hi != hi) {
                lo = 0;
                hi = 1;
            }
            gc.setFill(Color.rgb((bands.argb(band) >> 16) & 0xFF, (bands.argb(band) >> 8) & 0xFF,
                    bands.argb(band) & 0xFF));
            double yHi = top + (1 - hi) * h;
            double yLo = top + (1 - lo) * h;
            // Overlap by a pixel: abutting fills leave hairline seams when anti-aliased.
            gc.fillRect(x, yHi, w, yLo - yHi + 1);
        }
        gc.setStroke(INK);
        gc.setLineWidth(s);
        gc.strokeRect(x, top, w, h);

        gc.setFont(Font.font("System", 12 * s));
        gc.setFill(MUTED_INK);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double lastLabel = Double.POSITIVE_INFINITY;
        double minGap = 17 * s;
        for (int i = 0; i < levels.count(); i++) {
            double py = top + (1 - levels.normalize(levels.level(i))) * h;
            gc.strokeLine(x + w - 4 * s, py, x + w, py);
            if (lastLabel - py >= minGap && py - top >= minGap / 2) {
                gc.fillText(TickFormat.compact(levels.level(i)), x + w + 4 * s, py);
                lastLabel = py;
            }
        }
    }

    /** A five-pointed star, dark with a white outline: a known minimum, unlike any trail mark. */
    private static void star(GraphicsContext gc, double cx, double cy, double radius, double s) {
        double[] xs = new double[10];
        double[] ys = new double[10];
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? radius : radius * 0.45;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            xs[i] = cx + r * Math.cos(a);
            ys[i] = cy + r * Math.sin(a);
        }
        gc.setFill(INK);
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(1.5 * s);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.fillPolygon(xs, ys, 10);
        gc.strokePolygon(xs, ys, 10);
    }

    // =============================================================== overlay

    /** Clears the layer and draws the trails up to the frame's step, their markers and the start handle. */
    public void paintOverlay(GraphicsContext gc, double width, double height, PlotFrame frame) {
        paintOverlay(gc, width, height, frame, true);
    }

    private void paintOverlay(GraphicsContext gc, double width, double height, PlotFrame frame, boolean clear) {
        double s = frame.options().scale();
        PlotTransform t = plotTransform(width, height, frame.window(), frame.options());
        gc.save();
        if (clear) {
            gc.clearRect(0, 0, width, height);
        }
        clipToPlot(gc, t);
        // Every halo first, then every colour, so no halo covers a colour where pieces of a trail join.
        List<PixelTrail> trails = new ArrayList<>();
        for (LaneRun run : frame.runs()) {
            PixelTrail trail = run.trajectory().length() == 0 ? null : newTrail(run.trajectory(), t, s);
            if (trail != null) {
                trail.extendTo(run.trajectory().rowAt(frame.step()));
                strokeHalo(gc, s, trail, 0, trail.size());
            }
            trails.add(trail);
        }
        for (int i = 0; i < trails.size(); i++) {
            LaneRun run = frame.runs().get(i);
            if (trails.get(i) != null) {
                strokeColour(gc, colourOf(run), s, trails.get(i), 0, trails.get(i).size());
            }
            paintRunMarkers(gc, t, run, frame.step(), s, trails.get(i), 0);
        }
        CloudPainter.paintMeanPaths(gc, t, frame.runs(), frame.step(), s);
        paintMinima(gc, t, frame, s);
        paintHandle(gc, t, frame.start(), s);
        gc.restore();
    }

    /**
     * The marker layer of a live plot, above the {@link TrailLayer}: cleared, then each lane's
     * marks and the start handle. Cheap, so it is redrawn whole every frame.
     *
     * @param glide how far the current points have moved on towards the next step ({@link MarkerGlide})
     */
    static void paintMarkers(GraphicsContext gc, double width, double height, PlotFrame frame, TrailLayer trails,
                             double glide) {
        double s = frame.options().scale();
        PlotTransform t = plotTransform(width, height, frame.window(), frame.options());
        gc.save();
        gc.clearRect(0, 0, width, height);
        clipToPlot(gc, t);
        CloudPainter.paintMeanPaths(gc, t, frame.runs(), frame.step(), s);
        for (int i = 0; i < frame.runs().size(); i++) {
            paintRunMarkers(gc, t, frame.runs().get(i), frame.step(), s, trails.trail(i), glide);
        }
        paintMinima(gc, t, frame, s);
        paintHandle(gc, t, frame.start(), s);
        gc.restore();
    }

    /** A run's colour: its lane's, paler for a lane's twin so the two paths can be told apart. */
    static Color colourOf(LaneRun run) {
        return Color.web(run.lane().colour(), run.twin() == null ? 1 : TWIN_OPACITY);
    }

    /** The known minima's stars, above the markers: a run that reached one must not hide it. */
    private static void paintMinima(GraphicsContext gc, PlotTransform t, PlotFrame frame, double s) {
        for (Point minimum : frame.minima()) {
            star(gc, t.toPixelX(minimum.x()), t.toPixelY(minimum.y()), 7 * s, s);
        }
    }

    /** A trajectory's trail on the pixel grid of {@code t}, clipped a little beyond the plot so it reaches the edge. */
    static PixelTrail newTrail(Trajectory trajectory, PlotTransform t, double s) {
        double margin = 6 * s;
        return new PixelTrail(trajectory, t, TRAIL_SPACING * s, s, t.left() - margin, t.top() - margin,
                t.left() + t.width() + margin, t.top() + t.height() + margin);
    }

    /** The white halo under vertices {@code from} … {@code to} − 1 of a trail, which keeps the colour visible on any band. */
    static void strokeHalo(GraphicsContext gc, double s, PixelTrail trail, int from, int to) {
        stroke(gc, HALO, 4.5 * s, trail, from, to);
    }

    /** Vertices {@code from} … {@code to} − 1 of a trail in its lane's colour, drawn after (above) every halo. */
    static void strokeColour(GraphicsContext gc, Color colour, double s, PixelTrail trail, int from, int to) {
        stroke(gc, colour, 2 * s, trail, from, to);
    }

    /**
     * The pieces grouped by the tile of the plot they start in, one stroke per tile. The software
     * renderer pays each stroke a fixed cost plus, per row, the span between its leftmost and
     * rightmost edge: pieces scattered over the plot in one path would each cost whole rows, and one
     * stroke per piece would cost thousands of strokes a frame for a run scribbling everywhere. A
     * piece that itself wanders further than a tile is cut there (round caps meet as a round join
     * would). A stroke starts from vertex {@code from} − 1 when {@code from} goes on from it.
     */
    private static void stroke(GraphicsContext gc, Color colour, double width, PixelTrail trail, int from, int to) {
        int first = from > 0 && !trail.startsPiece(from) ? from - 1 : from;
        if (to - first < 2) {
            return;
        }
        // Cut the vertices into runs [start, end) no wider than a tile, each filed under its first tile.
        Map<Long, List<int[]>> tiles = new HashMap<>();
        int start = first;
        double minX = trail.x(first);
        double maxX = minX;
        double minY = trail.y(first);
        double maxY = minY;
        for (int v = first + 1; v <= to; v++) {
            boolean cut = v == to || trail.startsPiece(v);
            if (!cut) {
                minX = Math.min(minX, trail.x(v));
                maxX = Math.max(maxX, trail.x(v));
                minY = Math.min(minY, trail.y(v));
                maxY = Math.max(maxY, trail.y(v));
                cut = maxX - minX > STROKE_TILE || maxY - minY > STROKE_TILE;
            }
            if (!cut) {
                continue;
            }
            boolean wandered = v < to && !trail.startsPiece(v);
            int end = wandered ? v + 1 : v;
            if (end - start >= 2) {
                long tile = (long) Math.floor(trail.x(start) / STROKE_TILE) << 32
                        | ((long) Math.floor(trail.y(start) / STROKE_TILE) & 0xFFFFFFFFL);
                tiles.computeIfAbsent(tile, k -> new ArrayList<>()).add(new int[] {start, end});
            }
            start = v;
            if (v < to) {
                minX = maxX = trail.x(v);
                minY = maxY = trail.y(v);
            }
        }
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setStroke(colour);
        gc.setLineWidth(width);
        for (List<int[]> runs : tiles.values()) {
            gc.beginPath();
            for (int[] run : runs) {
                gc.moveTo(trail.x(run[0]), trail.y(run[0]));
                for (int v = run[0] + 1; v < run[1]; v++) {
                    gc.lineTo(trail.x(v), trail.y(v));
                }
            }
            gc.stroke();
        }
        gc.beginPath();
    }

    /**
     * The marks of one lane at a step: a dot at its current point, a ring where it converged, or a
     * ✕ where it diverged ({@code trail}, if built that far, says where it left the plot). The
     * dot glides {@code glide} of the way towards the next step's point.
     */
    static void paintRunMarkers(GraphicsContext gc, PlotTransform t, LaneRun run, int step, double s,
                                PixelTrail trail, double glide) {
        Trajectory trajectory = run.trajectory();
        if (trajectory.length() == 0) {
            return;
        }
        Color colour = colourOf(run);
        int row = trajectory.rowAt(step);
        OptionalInt divergedAt = trajectory.divergedAt();
        OptionalInt convergedAt = trajectory.convergedAt();
        if (divergedAt.isPresent() && step >= divergedAt.getAsInt()) {
            double px = t.toPixelX(trajectory.x(row));
            double py = t.toPixelY(trajectory.y(row));
            int exit = trail == null ? -1 : trail.exitAt(row);
            if (!insidePlot(t, px, py) && exit >= 0) {
                // Gone off the plot: mark where the trail leaves it.
                px = trail.exitX(exit);
                py = trail.exitY(exit);
            }
            double inset = 8 * s;
            px = Math.max(t.left() + inset, Math.min(t.left() + t.width() - inset, finiteOr(px, t.left())));
            py = Math.max(t.top() + inset, Math.min(t.top() + t.height() - inset, finiteOr(py, t.top())));
            cross(gc, px, py, 7 * s, colour, s);
            return;
        }
        if (convergedAt.isPresent() && step >= convergedAt.getAsInt()) {
            int at = trajectory.rowAt(convergedAt.getAsInt());
            double px = t.toPixelX(trajectory.x(at));
            double py = t.toPixelY(trajectory.y(at));
            gc.setStroke(HALO);
            gc.setLineWidth(4.5 * s);
            gc.strokeOval(px - 8 * s, py - 8 * s, 16 * s, 16 * s);
            gc.setStroke(colour);
            gc.setLineWidth(2 * s);
            gc.strokeOval(px - 8 * s, py - 8 * s, 16 * s, 16 * s);
        }
        Point at = MarkerGlide.at(trajectory, step, glide);
        double px = t.toPixelX(at.x());
        double py = t.toPixelY(at.y());
        if (insidePlot(t, px, py)) {
            double r = 5 * s;
            gc.setFill(colour);
            gc.fillOval(px - r, py - r, 2 * r, 2 * r);
            gc.setStroke(Color.WHITE);
            gc.setLineWidth(1.5 * s);
            gc.strokeOval(px - r, py - r, 2 * r, 2 * r);
        }
    }

    /** The draggable start point: a white disc with a dark ring, unlike every other mark. */
    static void paintHandle(GraphicsContext gc, PlotTransform t, Point start, double s) {
        if (start == null) {
            return;
        }
        double hx = t.toPixelX(start.x());
        double hy = t.toPixelY(start.y());
        double r = HANDLE_RADIUS * s;
        gc.setFill(Color.WHITE);
        gc.fillOval(hx - r, hy - r, 2 * r, 2 * r);
        gc.setStroke(INK);
        gc.setLineWidth(2.5 * s);
        gc.strokeOval(hx - r, hy - r, 2 * r, 2 * r);
        gc.setFill(INK);
        gc.fillOval(hx - 1.5 * s, hy - 1.5 * s, 3 * s, 3 * s);
    }

    private static void cross(GraphicsContext gc, double cx, double cy, double half, Color colour, double s) {
        gc.setStroke(HALO);
        gc.setLineWidth(5.5 * s);
        gc.strokeLine(cx - half, cy - half, cx + half, cy + half);
        gc.strokeLine(cx - half, cy + half, cx + half, cy - half);
        gc.setStroke(colour);
        gc.setLineWidth(2.5 * s);
        gc.strokeLine(cx - half, cy - half, cx + half, cy + half);
        gc.strokeLine(cx - half, cy + half, cx + half, cy - half);
    }

    private static double finiteOr(double value, double fallback) {
        return Double.isFinite(value) ? value : fallback;
    }

    static boolean insidePlot(PlotTransform t, double px, double py) {
        return px >= t.left() && px <= t.left() + t.width() && py >= t.top() && py <= t.top() + t.height();
    }

    static void clipToPlot(GraphicsContext gc, PlotTransform t) {
        gc.beginPath();
        gc.rect(t.left(), t.top(), t.width(), t.height());
        gc.clip();
        gc.beginPath();
    }
}
