package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.plot.ContourResult;
import dev.optimizerplayground.plot.landscape.AxisLabel;
import dev.optimizerplayground.plot.landscape.Camera;
import dev.optimizerplayground.plot.landscape.LandscapeMesh;
import dev.optimizerplayground.plot.landscape.LandscapeRenderer;
import dev.optimizerplayground.plot.landscape.LandscapeScene;
import dev.optimizerplayground.plot.landscape.LandscapeTrail;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import dev.optimizerplayground.ui.model.PulseRedraw;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The 3D view: the surface as a landscape with every run on it, drawn in software
 * ({@link LandscapeRenderer}) so it works without a GPU. Drag to turn it (left–right: azimuth,
 * up–down: elevation), scroll to zoom, <i>Reset view</i> to go back to {@link Camera#DEFAULT}; the
 * camera lives in the model, so scenarios and exports see it too.
 *
 * <p>Frames are rendered on a background thread, latest only, as the contours are: any change marks
 * the view dirty, at most one request is made per pulse, one frame renders at a time, and changes
 * arriving meanwhile are folded into one more frame when it is done. The renderer and its mesh are
 * touched only by the one frame in flight; its pixels are copied to the screen before the next
 * frame starts, so they are never read while being written.
 */
public final class LandscapeView extends Region {

    public static final String ID = "landscape-view";
    public static final String RESET_ID = "landscape-reset";
    public static final String ANGLES_ID = "landscape-angles";
    /** Degrees the camera turns per pixel dragged: a drag across a typical view is about a half turn. */
    static final double DEGREES_PER_PIXEL = 0.4;
    /** Zoom factor per pixel of wheel delta, as the contour plot's: one notch is about 10 %. */
    private static final double ZOOM_PER_DELTA = 0.0025;
    private static final int PAGE = 0xFFFFFFFF;

    private final PlaygroundModel model;
    private final ContourModel contours;
    private final BackgroundWork background;
    private final LandscapePainter painter = new LandscapePainter();
    private final Canvas canvas = new Canvas();
    private final Button reset = new Button(Messages.get("landscape.reset"));
    private final Label angles = new Label();
    private final PulseRedraw pulse = new PulseRedraw(this::requestFrame);

    private boolean rendering;
    private boolean pending;
    // Owned by the frame in flight (see the class comment).
    private LandscapeRenderer renderer;
    private LandscapeMesh mesh;
    private ContourResult meshSource;

    private double pressX;
    private double pressY;
    private Camera pressCamera;

    /** What one frame shows, fixed on the JavaFX thread when it is requested. */
    private record Request(ContourResult contours, Camera camera, List<LandscapeTrail> trails, int step,
            List<Point> minima, int pixelWidth, int pixelHeight, double pixelScale) {
    }

    /** A finished frame: the renderer's pixels (valid until the next frame starts) and its labels. */
    private record Frame(int[] argb, int pixelWidth, int pixelHeight, List<AxisLabel> labels) {
    }

    public LandscapeView(PlaygroundModel model, ContourModel contours, BackgroundWork background) {
        this.model = model;
        this.contours = contours;
        this.background = background;
        setId(ID);
        getStyleClass().add("landscape-view");
        reset.setId(RESET_ID);
        reset.setFocusTraversable(false);
        reset.setOnAction(e -> model.cameraProperty().set(Camera.DEFAULT));
        angles.setId(ANGLES_ID);
        angles.getStyleClass().add("plot-readout");
        angles.setMouseTransparent(true);
        canvas.setMouseTransparent(true);
        getChildren().addAll(canvas, angles, reset);
        setMinSize(120, 100);
        setPrefSize(800, 600);

        listen(this::invalidate, contours.resultProperty(), model.runsProperty(), model.playback().stepProperty(),
                model.cameraProperty(), model.presetProperty(), model.surfaceProperty());
        model.cameraProperty().addListener((obs, old, now) -> showAngles());
        showAngles();
        sceneProperty().addListener((obs, old, now) -> invalidate());

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::mousePressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::mouseDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            pressCamera = null;
            setCursor(Cursor.OPEN_HAND);
        });
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        setCursor(Cursor.OPEN_HAND);
    }

    private static void listen(Runnable action, Observable... sources) {
        for (Observable source : sources) {
            source.addListener(o -> action.run());
        }
    }

    private void showAngles() {
        Camera c = model.cameraProperty().get();
        angles.setText(Messages.get("landscape.angles", String.format(Locale.ROOT, "%.0f", c.azimuth()),
                String.format(Locale.ROOT, "%.0f", c.elevation())));
    }

    // =============================================================== frames

    /** Asks for a frame at the next pulse; none while the view is not on screen (another layout is). */
    private void invalidate() {
        if (getScene() == null) {
            return; // joining a scene invalidates again
        }
        pulse.request();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            invalidate();
        }
        double scale = outputScale();
        contours.setPixelSize((int) Math.max(1, Math.round(w * scale)), (int) Math.max(1, Math.round(h * scale)));
        reset.resize(reset.prefWidth(-1), reset.prefHeight(-1));
        reset.relocate(w - reset.getWidth() - 8, 8);
        angles.resize(angles.prefWidth(-1), angles.prefHeight(-1));
        angles.relocate(8, h - angles.getHeight() - 8);
    }

    private double outputScale() {
        Window window = getScene() == null ? null : getScene().getWindow();
        return window == null ? 1 : Math.max(1, window.getOutputScaleX());
    }

    /** Starts a frame now if none is in flight, else asks for one more when it is done. */
    private void requestFrame() {
        if (rendering) {
            pending = true;
            return;
        }
        ContourResult result = contours.result();
        if (getScene() == null || result == null || getWidth() < 1 || getHeight() < 1
                || result.width() < 2 || result.height() < 2) {
            return;
        }
        double scale = outputScale();
        Request request = new Request(result, model.cameraProperty().get(),
                LandscapePainter.trails(model.runs().runs()), model.playback().step(), model.knownMinima(),
                (int) Math.round(getWidth() * scale), (int) Math.round(getHeight() * scale), scale);
        rendering = true;
        background.submit(() -> render(request), this::show, error -> finished());
    }

    /** Runs off the JavaFX thread. */
    private Frame render(Request request) {
        if (request.contours() != meshSource) {
            mesh = LandscapeMesh.of(request.contours());
            meshSource = request.contours();
        }
        if (renderer == null || renderer.width() != request.pixelWidth() || renderer.height() != request.pixelHeight()) {
            renderer = new LandscapeRenderer(request.pixelWidth(), request.pixelHeight());
        }
        renderer.render(new LandscapeScene(mesh, request.camera(), request.trails(), request.step(), request.minima(),
                request.pixelScale(), PAGE));
        return new Frame(renderer.pixels(), request.pixelWidth(), request.pixelHeight(), renderer.axisLabels());
    }

    private void show(Frame frame) {
        painter.paint(canvas.getGraphicsContext2D(), 0, 0, getWidth(), getHeight(), frame.argb(), frame.pixelWidth(),
                frame.pixelHeight(), frame.labels(), 1, null);
        finished();
    }

    private void finished() {
        rendering = false;
        if (pending) {
            pending = false;
            requestFrame();
        }
    }

    // =============================================================== mouse

    private void mousePressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = e.getX();
        pressY = e.getY();
        pressCamera = model.cameraProperty().get();
        setCursor(Cursor.CLOSED_HAND);
    }

    /** Dragging right turns the landscape to the right (the eye goes left), dragging down tips it towards you. */
    private void mouseDragged(MouseEvent e) {
        if (pressCamera == null) {
            return;
        }
        model.cameraProperty().set(pressCamera.rotatedBy(-(e.getX() - pressX) * DEGREES_PER_PIXEL,
                (e.getY() - pressY) * DEGREES_PER_PIXEL));
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        model.cameraProperty().set(model.cameraProperty().get().zoomedBy(Math.exp(e.getDeltaY() * ZOOM_PER_DELTA)));
        e.consume();
    }
}
