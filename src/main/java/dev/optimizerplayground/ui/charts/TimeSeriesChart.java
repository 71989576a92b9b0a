package dev.optimizerplayground.ui.charts;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.plot.AxisTicks;
import dev.optimizerplayground.plot.TickFormat;
import dev.optimizerplayground.plot.Ticks;
import dev.optimizerplayground.ui.model.PulseRedraw;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoublePredicate;
import java.util.function.IntToDoubleFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A line chart of values over optimizer steps, drawn on a canvas so that long runs (100,000 steps)
 * stay cheap: each series is read in place through an accessor and reduced to the min and max of
 * every pixel column ({@link ColumnDecimation}) before drawing. The y axis is logarithmic by default
 * (values that are not positive are then skipped) or linear. A cursor marks the step on screen, with
 * a dot on every series; hovering shows each series' value at the step under the mouse.
 *
 * <p>Changes only mark the chart dirty; it is redrawn at most once per pulse. The lines, bands and
 * axes lie on one canvas, redrawn only when the data, the axis or the size change; the cursor and
 * the hover box on a second canvas above it, which is all that playback redraws each frame.
 */
public final class TimeSeriesChart extends Region {

    public static final String STYLE_CLASS = "time-series-chart";

    /** How a series' line is drawn: solid for parameter x (θ₁), dashed for y (θ₂). */
    public enum LineStyle {
        SOLID, DASHED
    }

    /**
     * One line of the chart: {@code values.applyAsDouble(t)} for steps 0 … length − 1, read when
     * drawing, never copied.
     */
    public record Series(String label, Color colour, LineStyle style, int length, IntToDoubleFunction values) {
        public Series {
            if (length < 0) {
                throw new IllegalArgumentException("series length must be ≥ 0, got " + length);
            }
        }

        /** The value at {@code step}, or the last one if the series ended earlier (NaN if empty). */
        double valueAt(int step) {
            return length == 0 ? Double.NaN : values.applyAsDouble(Math.max(0, Math.min(step, length - 1)));
        }
    }

    /**
     * A shaded range behind the lines, e.g. the 10–90 % band of a cloud of noisy runs around its
     * median: {@code lower(t)} … {@code upper(t)} for steps 0 … length − 1, read when drawing.
     */
    public record Band(Color colour, int length, IntToDoubleFunction lower, IntToDoubleFunction upper) {
        public Band {
            if (length < 0) {
                throw new IllegalArgumentException("band length must be ≥ 0, got " + length);
            }
        }
    }

    /** How opaque a band is: light enough that the lines and other bands show through. */
    private static final double BAND_OPACITY = 0.16;
    private static final Font TICK_FONT = Font.font(13);
    private static final Font HOVER_FONT = Font.font(13);
    private static final Font HOVER_BOLD = Font.font(null, FontWeight.BOLD, 13);
    private static final Color TEXT = Color.web("#24292f");
    private static final Color MUTED = Color.web("#57606a");
    private static final Color GRID = Color.web("#d8dee4");
    private static final Color FRAME = Color.web("#8c959f");
    private static final Color CURSOR = Color.web("#24292f", 0.55);
    private static final double[] DASHES = {7, 5};
    private static final double LEFT = 62;
    private static final double RIGHT = 14;
    private static final double TOP = 10;
    private static final double BOTTOM = 26;
    private static final double LINE_HEIGHT = 18;
    /** Ends of a log axis (in log10) whose powers of ten are still positive, finite, normal doubles. */
    private static final double LOG_FLOOR = Math.log10(Double.MIN_NORMAL);
    private static final double LOG_CEILING = Math.log10(Double.MAX_VALUE);

    private final Label title = new Label();
    private final Label subtitle = new Label();
    /** The axes, bands and lines. */
    private final Canvas canvas = new Canvas();
    /** The cursor and the hover box, above {@link #canvas}; it takes the mouse. */
    private final Canvas cursorCanvas = new Canvas();
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", true);
    private final DoubleProperty valueLimit = new SimpleDoubleProperty(this, "valueLimit", Double.NaN);
    private final IntegerProperty lastStep = new SimpleIntegerProperty(this, "lastStep", 0);
    private final IntegerProperty cursorStep = new SimpleIntegerProperty(this, "cursorStep", 0);
    private final ReadOnlyIntegerWrapper hoveredStep = new ReadOnlyIntegerWrapper(this, "hoveredStep", -1);
    /** Multiplies type, lines and margins on the canvas: 1, or more for a projector. */
    private final DoubleProperty drawingScale = new SimpleDoubleProperty(this, "drawingScale", 1);
    private List<Series> series = List.of();
    private List<Band> bands = List.of();
    private String emptyText = Messages.get("charts.empty.default");

    private final PulseRedraw pulse = new PulseRedraw(this::redraw);
    /** Decimated series for the current data, axis and width; null when they must be recomputed. */
    private List<ColumnDecimation> decimated;
    /** Per band, its lower and upper edges decimated: [2·i] lower, [2·i + 1] upper. */
    private List<ColumnDecimation> decimatedBands;
    private int decimatedColumns;
    private double dataMin;
    private double dataMax;
    /** Whether the lines must be drawn again; otherwise a redraw only moves the cursor. */
    private boolean linesDirty = true;
    /** The value axis's transformed ends as last drawn, or null when no line was drawn. */
    private double[] drawnRange;

    public TimeSeriesChart(String titleText, String subtitleText) {
        getStyleClass().add(STYLE_CLASS);
        title.setText(titleText);
        title.getStyleClass().add("chart-title");
        title.setWrapText(true); // a narrow charts column keeps the whole title
        subtitle.setText(subtitleText);
        subtitle.getStyleClass().add("chart-subtitle");
        subtitle.setWrapText(true);
        canvas.setMouseTransparent(true);
        getChildren().addAll(title, subtitle, canvas, cursorCanvas);

        // Change listeners, not invalidation ones: a bound last step may be invalidated by every
        // change of the playground's state (each frame of playback) while its value stays put,
        // and each invalidation would decimate every series again.
        logScale.addListener((obs, was, now) -> dataChanged());
        valueLimit.addListener((obs, was, now) -> linesChanged());
        lastStep.addListener((obs, was, now) -> dataChanged());
        cursorStep.addListener((obs, was, now) -> requestRedraw());
        hoveredStep.addListener((obs, was, now) -> requestRedraw());
        cursorCanvas.setOnMouseMoved(e -> hoveredStep.set(stepAt(e.getX() / scale())));
        cursorCanvas.setOnMouseDragged(e -> hoveredStep.set(stepAt(e.getX() / scale())));
        drawingScale.addListener((obs, was, now) -> dataChanged()); // fewer, larger pixel columns
        cursorCanvas.setOnMouseExited(e -> hoveredStep.set(-1));
    }

    // =============================================================== API

    /** Replaces every series (a new run, a lane switched on or off). */
    public void setSeries(List<Series> next) {
        series = List.copyOf(next);
        dataChanged();
    }

    /** Replaces every band (drawn under the series, and counted in the value axis's range). */
    public void setBands(List<Band> next) {
        bands = List.copyOf(next);
        dataChanged();
    }

    public List<Band> bands() {
        return bands;
    }

    /** What the chart says when it has no series. */
    public void setEmptyText(String text) {
        emptyText = text;
        linesChanged();
    }

    public List<Series> series() {
        return series;
    }

    /** Logarithmic y axis (the default) or linear. */
    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    /**
     * Values beyond this magnitude are cut off at the edge of the chart (NaN: no limit), so that one
     * diverging run does not squash every other series into a flat line.
     */
    public DoubleProperty valueLimitProperty() {
        return valueLimit;
    }

    /** The x axis runs from step 0 to this step. */
    public IntegerProperty lastStepProperty() {
        return lastStep;
    }

    /** The step marked by the cursor line and dots (the animation's step). */
    public IntegerProperty cursorStepProperty() {
        return cursorStep;
    }

    /** The step under the mouse, -1 when the mouse is not over the plot. */
    /**
     * How much larger than normal the canvas draws everything (presentation mode): the drawing is
     * made at the canvas's size divided by it and scaled up as vectors, so it stays crisp.
     */
    public DoubleProperty drawingScaleProperty() {
        return drawingScale;
    }

    private double scale() {
        return Math.max(1e-3, drawingScale.get());
    }

    public ReadOnlyIntegerProperty hoveredStepProperty() {
        return hoveredStep.getReadOnlyProperty();
    }

    public String title() {
        return title.getText();
    }

    // =============================================================== layout

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double titleHeight = title.prefHeight(w);
        title.resizeRelocate(x, y, w, titleHeight);
        y += titleHeight;
        double subtitleHeight = subtitle.prefHeight(w);
        subtitle.resizeRelocate(x, y, w, subtitleHeight);
        y += subtitleHeight + 2;
        double h = Math.max(0, getHeight() - in.getBottom() - y);
        canvas.relocate(x, y);
        cursorCanvas.relocate(x, y);
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            for (Canvas layer : List.of(canvas, cursorCanvas)) {
                layer.setWidth(w);
                layer.setHeight(h);
            }
            dataChanged(); // the number of pixel columns changed
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 420;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 230;
    }

    @Override
    protected double computeMinHeight(double width) {
        Insets in = getInsets();
        double w = Math.max(0, width < 0 ? 420 : width - in.getLeft() - in.getRight());
        return in.getTop() + title.prefHeight(w) + subtitle.prefHeight(w) + 90 + in.getBottom();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 200;
    }

    // =============================================================== drawing

    private void dataChanged() {
        decimated = null;
        linesChanged();
    }

    private void linesChanged() {
        linesDirty = true;
        requestRedraw();
    }

    private void requestRedraw() {
        pulse.request();
    }

    /** The canvas's width in drawing units: pixels divided by the drawing scale. */
    private double drawingWidth() {
        return canvas.getWidth() / scale();
    }

    private double plotWidth() {
        return drawingWidth() - LEFT - RIGHT;
    }

    private double plotHeight() {
        return canvas.getHeight() / scale() - TOP - BOTTOM;
    }

    private int stepAt(double canvasX) {
        double w = plotWidth();
        if (w <= 0 || canvasX < LEFT || canvasX > LEFT + w) {
            return -1;
        }
        return (int) Math.round((canvasX - LEFT) / w * lastStep.get());
    }

    private double xOfStep(int step) {
        int n = lastStep.get();
        return LEFT + (n <= 0 ? 0 : (double) step / n) * plotWidth();
    }

    private DoublePredicate drawable() {
        return logScale.get() ? v -> v > 0 && v < Double.POSITIVE_INFINITY : Double::isFinite;
    }

    private double transform(double v) {
        return logScale.get() ? Math.log10(v) : v;
    }

    private double yOf(double value, double lo, double hi) {
        double f = (transform(value) - lo) / (hi - lo);
        return TOP + (1 - f) * plotHeight();
    }

    private void decimate(int columns) {
        DoublePredicate ok = drawable();
        List<ColumnDecimation> result = new ArrayList<>(series.size());
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<ColumnDecimation> edges = new ArrayList<>(2 * bands.size());
        for (Series s : series) {
            result.add(ColumnDecimation.of(s.values(), s.length(), lastStep.get(), columns, ok));
        }
        for (Band b : bands) {
            edges.add(ColumnDecimation.of(b.lower(), b.length(), lastStep.get(), columns, ok));
            edges.add(ColumnDecimation.of(b.upper(), b.length(), lastStep.get(), columns, ok));
        }
        for (List<ColumnDecimation> all : List.of(result, edges)) {
            for (ColumnDecimation d : all) {
                for (int c = 0; c < columns; c++) {
                    if (!Double.isNaN(d.min(c))) {
                        lo = Math.min(lo, d.min(c));
                        hi = Math.max(hi, d.max(c));
                    }
                }
            }
        }
        decimated = result;
        decimatedBands = edges;
        decimatedColumns = columns;
        dataMin = lo;
        dataMax = hi;
    }

    private void redraw() {
        if (linesDirty) {
            linesDirty = false;
            drawnRange = null;
            drawScaled(canvas, this::paintLines);
        }
        drawScaled(cursorCanvas, this::paintCursor);
    }

    private void drawScaled(Canvas layer, Consumer<GraphicsContext> painting) {
        GraphicsContext g = layer.getGraphicsContext2D();
        g.clearRect(0, 0, layer.getWidth(), layer.getHeight());
        g.save();
        g.scale(scale(), scale());
        try {
            painting.accept(g);
        } finally {
            g.restore();
        }
    }

    private void paintLines(GraphicsContext g) {
        double w = plotWidth();
        double h = plotHeight();
        if (w < 10 || h < 10) {
            return;
        }
        int columns = (int) Math.floor(w);
        if (decimated == null || decimatedColumns != columns) {
            decimate(columns);
        }
        g.setFill(Color.WHITE);
        g.fillRect(LEFT, TOP, w, h);
        drawStepAxis(g, w, h);
        if (!(dataMin <= dataMax)) {
            drawFrame(g, w, h);
            drawMessage(g, series.isEmpty() ? emptyText : Messages.get("charts.empty.scale"), w, h);
            return;
        }
        double[] range = paddedRange();
        drawValueAxis(g, range[0], range[1], h);
        for (int i = 0; i < bands.size(); i++) {
            drawBand(g, bands.get(i), decimatedBands.get(2 * i), decimatedBands.get(2 * i + 1), range[0], range[1]);
        }
        for (int i = 0; i < series.size(); i++) {
            drawSeries(g, series.get(i), decimated.get(i), range[0], range[1]);
        }
        drawFrame(g, w, h);
        drawnRange = range;
    }

    private void paintCursor(GraphicsContext g) {
        if (drawnRange != null) {
            drawCursor(g, drawnRange[0], drawnRange[1], plotHeight());
            drawHover(g, plotWidth());
        }
    }

    /** The transformed value range with a little air above and below. */
    private double[] paddedRange() {
        double lo = transform(dataMin);
        double hi = transform(dataMax);
        double limit = valueLimit.get();
        if (limit > 0 && lo < transform(limit)) {
            hi = Math.min(hi, transform(limit));
            if (!logScale.get()) {
                lo = Math.max(lo, -limit);
            }
        }
        if (hi - lo < 1e-12 * Math.max(1, Math.abs(hi))) {
            double spread = logScale.get() ? 0.5 : Math.max(Math.abs(hi) * 0.1, 1e-9);
            lo -= spread;
            hi += spread;
        }
        double pad = (hi - lo) * 0.05;
        if (logScale.get()) {
            // Losses that decay into subnormals (or grow towards overflow) would give an axis end
            // whose 10^end is 0 or infinite, which no log axis can label.
            return new double[] {Math.max(lo - pad, LOG_FLOOR), Math.min(hi + pad, LOG_CEILING)};
        }
        return new double[] {lo - pad, hi + pad};
    }

    private void drawStepAxis(GraphicsContext g, double w, double h) {
        int n = lastStep.get();
        Ticks ticks = AxisTicks.nice(0, Math.max(n, 1), (int) Math.max(2, w / 70));
        g.setFont(TICK_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setLineWidth(1);
        g.setLineDashes((double[]) null);
        for (int i = 0; i < ticks.count(); i++) {
            double v = ticks.value(i);
            if (v != Math.rint(v) || v > n) {
                continue; // steps are whole numbers
            }
            double x = Math.round(xOfStep((int) v)) + 0.5;
            g.setStroke(GRID);
            g.strokeLine(x, TOP, x, TOP + h);
            g.setFill(MUTED);
            // The last label, centred on the right edge, would stick out past the narrow margin:
            // it moves left just enough to be read whole.
            String label = ticks.label(i);
            double labelX = Math.min(x, drawingWidth() - 1 - textWidth(label, TICK_FONT) / 2);
            g.fillText(label, labelX, TOP + h + 4);
        }
    }

    private void drawValueAxis(GraphicsContext g, double lo, double hi, double h) {
        int maxTicks = (int) Math.max(2, h / 30);
        Ticks ticks = logScale.get()
                ? AxisTicks.logTicks(Math.pow(10, lo), Math.pow(10, hi), maxTicks)
                : AxisTicks.nice(lo, hi, maxTicks);
        g.setFont(TICK_FONT);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(1);
        for (int i = 0; i < ticks.count(); i++) {
            double y = Math.round(yOf(ticks.value(i), lo, hi)) + 0.5;
            if (y < TOP - 0.5 || y > TOP + h + 0.5) {
                continue;
            }
            g.setStroke(GRID);
            g.strokeLine(LEFT, y, LEFT + plotWidth(), y);
            g.setFill(MUTED);
            g.fillText(ticks.label(i), LEFT - 6, y);
        }
    }

    private void drawFrame(GraphicsContext g, double w, double h) {
        g.setStroke(FRAME);
        g.setLineWidth(1);
        g.setLineDashes((double[]) null);
        g.strokeRect(LEFT + 0.5, TOP + 0.5, w - 1, h - 1);
    }

    private void drawMessage(GraphicsContext g, String message, double w, double h) {
        g.setFill(MUTED);
        g.setFont(TICK_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(message, LEFT + w / 2, TOP + h / 2);
    }

    /**
     * One path through the columns: in each, a vertical stroke over its min–max extent, joined to
     * the next column from whichever end is nearer, so a flat stretch is a plain line and a spike
     * stays as tall as it was.
     */
    private void drawSeries(GraphicsContext g, Series s, ColumnDecimation d, double lo, double hi) {
        g.save();
        g.beginPath();
        g.rect(LEFT, TOP, plotWidth(), plotHeight());
        g.clip();
        g.setStroke(s.colour());
        g.setLineWidth(2);
        g.setLineDashes(s.style() == LineStyle.DASHED ? DASHES : null);
        g.beginPath();
        boolean drawing = false;
        double lastY = 0;
        for (int c = 0; c < d.columns(); c++) {
            if (d.isEmpty(c)) {
                continue;
            }
            if (d.isGap(c)) {
                drawing = false;
                continue;
            }
            double x = LEFT + c + 0.5;
            double yMin = yOf(d.min(c), lo, hi);
            double yMax = yOf(d.max(c), lo, hi);
            boolean minFirst = !drawing || Math.abs(lastY - yMin) <= Math.abs(lastY - yMax);
            double first = minFirst ? yMin : yMax;
            double second = minFirst ? yMax : yMin;
            if (drawing) {
                g.lineTo(x, first);
            } else {
                g.moveTo(x, first);
            }
            g.lineTo(x, second);
            drawing = true;
            lastY = second;
        }
        g.stroke();
        g.restore();
    }

    /**
     * A band as filled stretches: along the top the upper edge's largest value in each column, back
     * along the bottom the lower edge's smallest, so the band covers every step's range; it breaks
     * where a column has nothing drawable.
     */
    private void drawBand(GraphicsContext g, Band b, ColumnDecimation lower, ColumnDecimation upper,
                          double lo, double hi) {
        g.save();
        g.beginPath();
        g.rect(LEFT, TOP, plotWidth(), plotHeight());
        g.clip();
        g.setFill(b.colour().deriveColor(0, 1, 1, BAND_OPACITY));
        int c = 0;
        while (c < lower.columns()) {
            if (!drawableColumn(lower, upper, c)) {
                c++;
                continue;
            }
            int end = c;
            while (end + 1 < lower.columns() && (lower.isEmpty(end + 1) && upper.isEmpty(end + 1)
                    || drawableColumn(lower, upper, end + 1))) {
                end++;
            }
            g.beginPath();
            boolean started = false;
            for (int k = c; k <= end; k++) {
                if (!lower.isEmpty(k)) {
                    double y = yOf(upper.max(k), lo, hi);
                    if (started) {
                        g.lineTo(LEFT + k + 0.5, y);
                    } else {
                        g.moveTo(LEFT + k + 0.5, y);
                        started = true;
                    }
                }
            }
            for (int k = end; k >= c; k--) {
                if (!lower.isEmpty(k)) {
                    g.lineTo(LEFT + k + 0.5, yOf(lower.min(k), lo, hi));
                }
            }
            g.closePath();
            g.fill();
            c = end + 1;
        }
        g.restore();
    }

    private static boolean drawableColumn(ColumnDecimation lower, ColumnDecimation upper, int c) {
        return !lower.isEmpty(c) && !lower.isGap(c) && !upper.isGap(c);
    }

    private void drawCursor(GraphicsContext g, double lo, double hi, double h) {
        int step = Math.max(0, Math.min(cursorStep.get(), lastStep.get()));
        double x = Math.round(xOfStep(step)) + 0.5;
        g.setStroke(CURSOR);
        g.setLineWidth(1.5);
        g.setLineDashes((double[]) null);
        g.strokeLine(x, TOP, x, TOP + h);
        DoublePredicate ok = drawable();
        for (Series s : series) {
            double v = s.valueAt(step);
            if (!ok.test(v)) {
                continue;
            }
            double y = yOf(v, lo, hi);
            if (y < TOP || y > TOP + h) {
                continue;
            }
            g.setFill(s.colour());
            g.fillOval(x - 4.5, y - 4.5, 9, 9);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.5);
            g.strokeOval(x - 4.5, y - 4.5, 9, 9);
        }
    }

    /** A box beside the mouse: the hovered step, then each series' value there, colour-keyed. */
    private void drawHover(GraphicsContext g, double w) {
        int step = hoveredStep.get();
        if (step < 0) {
            return;
        }
        double x = Math.round(xOfStep(step)) + 0.5;
        g.setStroke(Color.web("#57606a", 0.5));
        g.setLineWidth(1);
        g.setLineDashes(3, 3);
        g.strokeLine(x, TOP, x, TOP + plotHeight());
        g.setLineDashes((double[]) null);

        int fitting = (int) Math.max(1, (plotHeight() - 8) / LINE_HEIGHT - 1);
        List<String> lines = new ArrayList<>();
        int shown = Math.min(series.size(), series.size() > fitting ? fitting - 1 : fitting);
        for (int i = 0; i < shown; i++) {
            Series s = series.get(i);
            lines.add(s.label() + "  " + (step < s.length() ? TickFormat.compact(s.valueAt(step)) : Messages.get("charts.hover.ended")));
        }
        String more = series.size() > shown ? Messages.get("charts.hover.more", series.size() - shown) : null;
        String header = Messages.get("charts.hover.step", step);

        double textWidth = textWidth(header, HOVER_BOLD);
        for (String line : lines) {
            textWidth = Math.max(textWidth, 26 + textWidth(line, HOVER_FONT));
        }
        double boxW = textWidth + 16;
        double boxH = (1 + lines.size() + (more == null ? 0 : 1)) * LINE_HEIGHT + 10;
        double boxX = x + 10 + boxW <= LEFT + w ? x + 10 : x - 10 - boxW;
        boxX = Math.max(LEFT, boxX);
        double boxY = TOP + 4;

        g.setFill(Color.web("#ffffff", 0.94));
        g.fillRoundRect(boxX, boxY, boxW, boxH, 8, 8);
        g.setStroke(FRAME);
        g.strokeRoundRect(boxX + 0.5, boxY + 0.5, boxW - 1, boxH - 1, 8, 8);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double y = boxY + 5 + LINE_HEIGHT / 2;
        g.setFill(TEXT);
        g.setFont(HOVER_BOLD);
        g.fillText(header, boxX + 8, y);
        g.setFont(HOVER_FONT);
        for (int i = 0; i < lines.size(); i++) {
            y += LINE_HEIGHT;
            Series s = series.get(i);
            g.setStroke(s.colour());
            g.setLineWidth(2.5);
            g.setLineDashes(s.style() == LineStyle.DASHED ? new double[] {4, 3} : null);
            g.strokeLine(boxX + 8, y, boxX + 28, y);
            g.setLineDashes((double[]) null);
            g.setFill(TEXT);
            g.fillText(lines.get(i), boxX + 34, y);
        }
        if (more != null) {
            y += LINE_HEIGHT;
            g.setFill(MUTED);
            g.fillText(more, boxX + 8, y);
        }
    }

    private static double textWidth(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }
}
