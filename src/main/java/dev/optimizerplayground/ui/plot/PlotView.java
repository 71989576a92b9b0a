package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.core.surface.Evaluator;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.plot.PlotTransform;
import dev.optimizerplayground.plot.TickFormat;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.session.RunSet;
import dev.optimizerplayground.session.RunSet.LaneRun;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import dev.optimizerplayground.ui.model.PulseRedraw;
import java.util.List;
import java.util.stream.Stream;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The contour plot on screen: a background canvas (contours, axes, colour bar), redrawn only when
 * the contours, the window or the size change; a trail canvas, extended by the new steps each
 * animation frame ({@link TrailLayer}); and a marker canvas (current points, ✕ and rings, start
 * handle), redrawn when the runs, the step or the start change. Each at most once per pulse.
 *
 * <p>Mouse: the wheel zooms about the point under the cursor, dragging the plot pans, a click puts
 * the start point there, dragging the start handle moves it (the model reruns the optimizers from
 * it). A corner readout shows (x, y) and f(x, y) under the cursor.
 */
public final class PlotView extends Region {

    public static final String BACKGROUND_ID = "plot-background";
    public static final String TRAILS_ID = "plot-trails";
    public static final String OVERLAY_ID = "plot-overlay";
    public static final String READOUT_ID = "plot-readout";
    public static final String COMPUTING_ID = "plot-computing";
    public static final String STYLE_CLASS = "plot-view";

    /** Movement (pixels) below which a press and release count as a click. */
    private static final double CLICK_SLOP = 3;
    /** Zoom factor per pixel of wheel delta: one notch (40) zooms by about 10 %. */
    private static final double ZOOM_PER_DELTA = 0.0025;
    private static final Duration COMPUTING_HINT_DELAY = Duration.millis(150);
    /** How long the window must stay still before moved trails are drawn afresh. */
    static final Duration WINDOW_SETTLE_TIME = Duration.millis(150);

    private final PlaygroundModel model;
    private final ContourModel contours;
    private final OptimizerLane lane;
    private PlotOptions options;
    private final PlotPainter painter = new PlotPainter();
    private final TrailLayer trailLayer = new TrailLayer();
    private final Canvas background = new Canvas();
    /** The basins of attraction, over the contours and under the trails; empty while the layer is off. */
    private final Canvas basinCanvas = new Canvas();
    private BasinLayer basins;
    private final Canvas trailHalos = new Canvas();
    private final Canvas trails = new Canvas();
    /** The two trail canvases, clipped to the plot so that, moved while the window moves, they stay inside it. */
    private final Group trailGroup = new Group(trailHalos, trails);
    private final Rectangle trailClip = new Rectangle();
    /** Restarted by every window change; when it runs out the window has stopped moving. */
    private final PauseTransition windowSettling = new PauseTransition(WINDOW_SETTLE_TIME);
    private boolean windowMoving;
    private final Canvas overlay = new Canvas();
    private final Label readout = new Label();
    private final Label computingHint = new Label(Messages.get("plot.computing"));
    /** Why the contours could not be drawn; the plot keeps the last ones it had. */
    private final Label contourError = new Label();
    private final PauseTransition computingDelay = new PauseTransition(COMPUTING_HINT_DELAY);
    private final PulseRedraw redraw = new PulseRedraw(this::paintDirtyLayers);

    private boolean backgroundDirty = true;
    private boolean basinsDirty;
    private boolean overlayDirty = true;
    /** Only the markers moved (gliding between two steps): the trails stay as they are. */
    private boolean markersDirty;
    private Evaluator evaluator;

    private double pressX;
    private double pressY;
    private ViewWindow pressWindow;
    private boolean pressedInPlot;
    private boolean draggingHandle;
    private boolean panning;

    /**
     * @param contours where the contours come from; cells of one grid share one
     * @param lane the only lane whose trail is shown (a cell of the side-by-side grid, titled with
     *             its name), or null for every lane with the colour bar
     */
    public PlotView(PlaygroundModel model, ContourModel contours, OptimizerLane lane) {
        this.model = model;
        this.contours = contours;
        this.lane = lane;
        this.options = lane == null
                ? PlotOptions.overlay()
                : PlotOptions.laneCell(lane);
        options = options.withEqualScale(model.equalScaleProperty().get())
                .withScale(model.drawingScaleProperty().get());
        model.drawingScaleProperty().addListener((obs, was, now) -> {
            options = options.withScale(now.doubleValue());
            invalidate(true, true);
        });
        model.equalScaleProperty().addListener((obs, was, on) -> {
            options = options.withEqualScale(on);
            invalidate(true, true);
        });
        getStyleClass().add(STYLE_CLASS);
        if (lane == null) {
            background.setId(BACKGROUND_ID);
            trails.setId(TRAILS_ID);
            overlay.setId(OVERLAY_ID);
            readout.setId(READOUT_ID);
            computingHint.setId(COMPUTING_ID);
        }
        readout.getStyleClass().add("plot-readout");
        computingHint.getStyleClass().add("plot-computing");
        contourError.getStyleClass().addAll("plot-computing", "plot-error");
        contourError.setWrapText(true);
        for (Label label : List.of(readout, computingHint, contourError)) {
            label.setVisible(false);
            label.setMouseTransparent(true);
            label.setManaged(false);
        }
        for (Canvas canvas : List.of(background, basinCanvas, trailHalos, trails, overlay)) {
            canvas.setMouseTransparent(true);
        }
        trailGroup.setClip(trailClip);
        trailGroup.setMouseTransparent(true);
        getChildren().addAll(background, basinCanvas, trailGroup, overlay, readout, computingHint, contourError);
        setMinSize(120, 100);
        setPrefSize(800, 600);

        listen(() -> invalidate(true, true), model.windowProperty());
        model.windowProperty().addListener(o -> {
            windowMoving = true;
            windowSettling.playFromStart();
        });
        windowSettling.setOnFinished(e -> {
            windowMoving = false;
            invalidate(false, true);
        });
        listen(() -> invalidate(true, false), contours.resultProperty(), model.presetProperty());
        listen(() -> invalidate(false, true), model.runsProperty(), model.playback().stepProperty(),
                model.startProperty());
        model.playback().glideProperty().addListener(o -> {
            markersDirty = true;
            redraw.request();
        });
        // Clouds of noisy runs are drawn whole on the background, so new runs repaint it too.
        model.runsProperty().addListener((obs, old, now) -> {
            if (hasCloud(old) || hasCloud(now)) {
                invalidate(true, false);
            }
        });
        model.surfaceProperty().addListener((obs, old, now) -> evaluator = now == null ? null : now.newEvaluator());
        evaluator = model.surface() == null ? null : model.surface().newEvaluator();

        contourError.textProperty().bind(contours.errorProperty());
        contourError.visibleProperty().bind(contours.errorProperty().isNotEmpty());
        computingDelay.setOnFinished(e -> computingHint.setVisible(contours.computingProperty().get()));
        contours.computingProperty().addListener((obs, was, now) -> {
            if (now) {
                computingDelay.playFromStart();
            } else {
                computingDelay.stop();
                computingHint.setVisible(false);
            }
        });
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                requestLayout();
                invalidate(true, true);
            }
        });

        addEventHandler(MouseEvent.MOUSE_MOVED, this::mouseMoved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> readout.setVisible(false));
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::mousePressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::mouseDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::mouseReleased);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    private static void listen(Runnable action, Observable... sources) {
        for (Observable source : sources) {
            source.addListener(o -> action.run());
        }
    }

    /**
     * Shows a basin layer's map: this view's lane's, or in the overlay the first enabled lane's.
     */
    public void showBasins(BasinLayer layer) {
        this.basins = layer;
        listen(() -> {
            basinsDirty = true;
            invalidate(false, false);
        }, layer.mapsProperty(), layer.colouringProperty(), model.runsProperty(), model.windowProperty());
        basinsDirty = true;
        invalidate(false, false);
    }

    /** The lane whose basins this view shows, or null when there is none. */
    OptimizerLane basinLane() {
        if (lane != null) {
            return lane;
        }
        return model.runs().runs().stream().map(LaneRun::lane).findFirst().orElse(null);
    }

    /** The lane this view is limited to, or null for all. */
    public OptimizerLane lane() {
        return lane;
    }

    /** Where the data rectangle lies in this view at its current size. */
    public PlotTransform plotTransform() {
        return PlotPainter.plotTransform(Math.max(1, getWidth()), Math.max(1, getHeight()), model.window(), options);
    }

    /** What the view shows now: the lanes' runs, then their twins (drawn paler). */
    PlotFrame frame() {
        List<LaneRun> runs = Stream.concat(model.runs().runs().stream(), model.runs().twins().stream())
                .filter(run -> lane == null || run.lane() == lane)
                .toList();
        return new PlotFrame(contours.result(), model.window(), runs, model.playback().step(), model.start(),
                model.knownMinima(), options);
    }

    // =============================================================== drawing

    private static boolean hasCloud(RunSet runs) {
        return runs != null && runs.runs().stream().anyMatch(run -> run.cloud() != null);
    }

    private void invalidate(boolean backgroundLayer, boolean overlayLayer) {
        backgroundDirty |= backgroundLayer;
        overlayDirty |= overlayLayer;
        redraw.request();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (background.getWidth() != w || background.getHeight() != h) {
            for (Canvas canvas : List.of(background, basinCanvas, trailHalos, trails, overlay)) {
                canvas.setWidth(w);
                canvas.setHeight(h);
            }
            backgroundDirty = true;
            overlayDirty = true;
        }
        if (w <= 0 || h <= 0 || model.window() == null) {
            return;
        }
        PlotTransform t = plotTransform();
        trailClip.setX(t.left());
        trailClip.setY(t.top());
        trailClip.setWidth(t.width());
        trailClip.setHeight(t.height());
        double outputScale = outputScale();
        contours.setPixelSize((int) Math.round(t.width() * outputScale), (int) Math.round(t.height() * outputScale));
        readout.resize(readout.prefWidth(-1), readout.prefHeight(-1));
        readout.relocate(t.left() + 6, t.top() + t.height() - readout.getHeight() - 6);
        double errorWidth = Math.min(contourError.prefWidth(-1), Math.max(40, t.width() - 12));
        contourError.resize(errorWidth, contourError.prefHeight(errorWidth));
        contourError.relocate(t.left() + 6, t.top() + 6);
        computingHint.resize(computingHint.prefWidth(-1), computingHint.prefHeight(-1));
        computingHint.relocate(t.left() + t.width() - computingHint.getWidth() - 6, t.top() + 6);
        paintDirtyLayers();
    }

    private double outputScale() {
        Window window = getScene() == null ? null : getScene().getWindow();
        return window == null ? 1 : Math.max(1, window.getOutputScaleX());
    }

    /**
     * Repaints the layers whose inputs changed now instead of at the next pulse (tests,
     * benchmarks); nothing while the view is in no scene.
     */
    public void paintDirtyLayers() {
        if (getScene() == null || getWidth() <= 0 || getHeight() <= 0 || model.window() == null) {
            return;
        }
        if (!backgroundDirty && !overlayDirty && !basinsDirty && !markersDirty) {
            return;
        }
        PlotFrame frame = frame();
        if (backgroundDirty) {
            backgroundDirty = false;
            painter.paintBackground(background.getGraphicsContext2D(), getWidth(), getHeight(), frame);
            basinsDirty = basins != null;
        }
        if (basinsDirty && basins != null) {
            basinsDirty = false;
            OptimizerLane shownLane = basinLane();
            BasinPainter.paint(basinCanvas.getGraphicsContext2D(), getWidth(), getHeight(), plotTransform(),
                    shownLane == null ? null : basins.mapsProperty().get().get(shownLane),
                    basins.colouringProperty().get());
        }
        if (overlayDirty) {
            overlayDirty = false;
            paintTrails(frame);
            markersDirty = true;
        }
        if (markersDirty) {
            markersDirty = false;
            PlotPainter.paintMarkers(overlay.getGraphicsContext2D(), getWidth(), getHeight(), frame, trailLayer,
                    model.playback().glideProperty().get());
        }
    }

    /**
     * Draws the trails, except while the window is moving (a drag, a scroll, typed bounds): then the
     * picture already drawn is moved and scaled to the new window, and drawn afresh once the window
     * has been still for {@link #WINDOW_SETTLE_TIME}. Redrawing every trail costs little for a few
     * hundred steps but far more than a frame for ten thousand steps scribbled over a bumpy
     * surface, and the window must not stutter while it is dragged.
     */
    private void paintTrails(PlotFrame frame) {
        PlotTransform now = plotTransform();
        PlotTransform drawn = trailLayer.drawnTransform();
        if (windowMoving && drawn != null && samePlotRectangle(drawn, now)) {
            Affine moved = new Affine(
                    now.width() / drawn.width() * drawn.bounds().width() / now.bounds().width(), 0,
                    now.toPixelX(drawn.toDataX(0)),
                    0, now.height() / drawn.height() * drawn.bounds().height() / now.bounds().height(),
                    now.toPixelY(drawn.toDataY(0)));
            trailHalos.getTransforms().setAll(moved);
            trails.getTransforms().setAll(moved);
            return;
        }
        trailHalos.getTransforms().clear();
        trails.getTransforms().clear();
        if (!trailLayer.paint(trailHalos.getGraphicsContext2D(), trails.getGraphicsContext2D(), getWidth(),
                getHeight(), frame)) {
            invalidate(false, true); // the rest of a long trail next frame
        }
    }

    private static boolean samePlotRectangle(PlotTransform a, PlotTransform b) {
        return a.left() == b.left() && a.top() == b.top() && a.width() == b.width() && a.height() == b.height();
    }

    // =============================================================== mouse

    private boolean overHandle(double px, double py) {
        Point start = model.start();
        if (start == null) {
            return false;
        }
        PlotTransform t = plotTransform();
        double dx = px - t.toPixelX(start.x());
        double dy = py - t.toPixelY(start.y());
        double reach = PlotPainter.HANDLE_RADIUS + 4;
        return dx * dx + dy * dy <= reach * reach;
    }

    private void mouseMoved(MouseEvent e) {
        boolean inPlot = PlotPainter.insidePlot(plotTransform(), e.getX(), e.getY());
        boolean pickable = overHandle(e.getX(), e.getY())
                || inPlot && TrailHit.laneAt(model, plotTransform(), lane, e.getX(), e.getY()) != null;
        setCursor(pickable ? Cursor.HAND : inPlot ? Cursor.CROSSHAIR : Cursor.DEFAULT);
        showReadout(e.getX(), e.getY());
    }

    private void mousePressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = e.getX();
        pressY = e.getY();
        pressWindow = model.window();
        pressedInPlot = PlotPainter.insidePlot(plotTransform(), pressX, pressY);
        draggingHandle = overHandle(pressX, pressY);
        panning = false;
    }

    private void mouseDragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || pressWindow == null) {
            return;
        }
        if (draggingHandle) {
            model.startProperty().set(dataPoint(e.getX(), e.getY()));
        } else if (pressedInPlot) {
            double dx = e.getX() - pressX;
            double dy = e.getY() - pressY;
            if (!panning && Math.hypot(dx, dy) >= CLICK_SLOP) {
                panning = true;
                setCursor(Cursor.MOVE);
            }
            if (panning) {
                pan(dx, dy);
            }
        }
        showReadout(e.getX(), e.getY());
    }

    private void mouseReleased(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || pressWindow == null) {
            return;
        }
        if (!draggingHandle && !panning && pressedInPlot) {
            // A click on a trail picks its lane for the inspector and the lens; elsewhere it moves the start.
            OptimizerLane trail = TrailHit.laneAt(model, plotTransform(), lane, e.getX(), e.getY());
            if (trail != null) {
                model.selectedLaneProperty().set(trail);
            } else {
                model.startProperty().set(dataPoint(e.getX(), e.getY()));
            }
        }
        draggingHandle = false;
        panning = false;
        pressWindow = null;
        setCursor(overHandle(e.getX(), e.getY()) ? Cursor.HAND : Cursor.CROSSHAIR);
    }

    /** Moves the window that was shown at the press, so the grabbed point follows the mouse. */
    private void pan(double dxPixels, double dyPixels) {
        PlotTransform t = plotTransform();
        // Data per pixel of the drawn window, which equal scale may have widened beyond the model's.
        double dx = dxPixels / t.width() * t.bounds().width();
        double dy = dyPixels / t.height() * t.bounds().height();
        setWindow(pressWindow.xMin() - dx, pressWindow.xMax() - dx, pressWindow.yMin() + dy, pressWindow.yMax() + dy);
    }

    private void scrolled(ScrollEvent e) {
        ViewWindow w = model.window();
        if (e.getDeltaY() == 0 || w == null) {
            return;
        }
        double factor = Math.exp(-e.getDeltaY() * ZOOM_PER_DELTA);
        Point c = dataPoint(e.getX(), e.getY());
        setWindow(c.x() - (c.x() - w.xMin()) * factor, c.x() + (w.xMax() - c.x()) * factor,
                c.y() - (c.y() - w.yMin()) * factor, c.y() + (w.yMax() - c.y()) * factor);
        showReadout(e.getX(), e.getY());
        e.consume();
    }

    /** Sets the window unless it became degenerate (zoomed past double precision, or absurdly far out). */
    private void setWindow(double xMin, double xMax, double yMin, double yMax) {
        double scaleOfValues = Math.max(1, Math.max(Math.max(Math.abs(xMin), Math.abs(xMax)),
                Math.max(Math.abs(yMin), Math.abs(yMax))));
        boolean usable = xMax - xMin > 1e-9 * scaleOfValues && yMax - yMin > 1e-9 * scaleOfValues
                && xMax - xMin < 1e9 && yMax - yMin < 1e9;
        if (!usable) {
            return;
        }
        try {
            model.windowProperty().set(new ViewWindow(xMin, xMax, yMin, yMax));
        } catch (IllegalArgumentException ignored) {
            // Not finite or empty: the view simply stays where it is.
        }
    }

    private Point dataPoint(double px, double py) {
        PlotTransform t = plotTransform();
        return new Point(t.toDataX(px), t.toDataY(py));
    }

    private void showReadout(double px, double py) {
        PlotTransform t = plotTransform();
        if (!PlotPainter.insidePlot(t, px, py)) {
            readout.setVisible(false);
            return;
        }
        Point p = dataPoint(px, py);
        // Coordinates to the precision of one pixel.
        int xDigits = (int) Math.floor(Math.log10(t.bounds().width() / t.width()));
        int yDigits = (int) Math.floor(Math.log10(t.bounds().height() / t.height()));
        double f = evaluator == null ? Double.NaN : evaluator.value(p.x(), p.y());
        readout.setText("(" + TickFormat.format(p.x(), xDigits) + ", " + TickFormat.format(p.y(), yDigits) + ")   f = "
                + (f != f ? Messages.get("plot.readout.undefined") : TickFormat.compact(f)));
        readout.setVisible(true);
        readout.resize(readout.prefWidth(-1), readout.prefHeight(-1));
        readout.relocate(t.left() + 6, t.top() + t.height() - readout.getHeight() - 6);
    }
}
