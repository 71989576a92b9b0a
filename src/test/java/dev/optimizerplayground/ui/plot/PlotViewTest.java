package dev.optimizerplayground.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.optimizerplayground.core.optimizer.Hyperparameter;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.plot.ColorBands;
import dev.optimizerplayground.plot.PlotTransform;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.session.RunSet;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.OptimizerSlot;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The overlay plot and its legend on the headless platform, driven with the mouse. */
@ExtendWith(ApplicationExtension.class)
class PlotViewTest {

    private PlaygroundModel model;
    private PlotArea area;
    private PlotView view;

    @Start
    void start(Stage stage) {
        model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        area = new PlotArea(model, BackgroundWork.SAME_THREAD);
        view = area.overlayView();
        stage.setScene(new Scene(area, 900, 700));
        stage.show();
    }

    // =============================================================== mouse

    @Test
    void aContourFailureIsShownOnThePlot(FxRobot robot) {
        robot.interact(() -> area.contours().setPixelSize(100_000, 100_000)); // more pixels than allowed
        javafx.scene.control.Label error = robot.lookup(".plot-error").queryAs(javafx.scene.control.Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("could not draw the contours");
    }

    @Test
    void aClickPutsTheStartPointUnderTheMouse(FxRobot robot) {
        PlotTransform t = view.plotTransform();
        double px = t.left() + t.width() * 0.7;
        double py = t.top() + t.height() * 0.3;

        robot.clickOn(screen(px, py));
        WaitForAsyncUtils.waitForFxEvents();

        assertNear(model.start(), new Point(t.toDataX(px), t.toDataY(py)), t);
    }

    @Test
    void draggingTheHandleMovesTheStartPointAndTheRunsFollow(FxRobot robot) {
        PlotTransform t = view.plotTransform();
        Point before = model.start();
        RunSet runsBefore = model.runs();
        double tx = t.left() + t.width() * 0.6;
        double ty = t.top() + t.height() * 0.8;

        robot.drag(screen(t.toPixelX(before.x()), t.toPixelY(before.y())), MouseButton.PRIMARY)
                .moveTo(screen(tx, ty)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertNear(model.start(), new Point(t.toDataX(tx), t.toDataY(ty)), t);
        assertThat(model.window()).as("dragging the handle must not pan").isEqualTo(
                new ViewWindow(t.bounds().xMin(), t.bounds().xMax(), t.bounds().yMin(), t.bounds().yMax()));
        assertThat(model.runs()).isNotSameAs(runsBefore);
        assertThat(model.runs().runs().get(0).trajectory().x(0)).isEqualTo(model.start().x());
    }

    @Test
    void scrollingZoomsAboutThePointUnderTheMouse(FxRobot robot) {
        PlotTransform before = view.plotTransform();
        double px = before.left() + before.width() * 0.25;
        double py = before.top() + before.height() * 0.6;
        Point under = new Point(before.toDataX(px), before.toDataY(py));
        ViewWindow old = model.window();

        robot.interact(() -> view.fireEvent(scroll(px, py, 120)));

        ViewWindow zoomed = model.window();
        assertThat(zoomed.width()).isLessThan(old.width() * 0.8);
        assertThat(zoomed.height() / zoomed.width()).isCloseTo(old.height() / old.width(), within(1e-9));
        PlotTransform after = view.plotTransform();
        assertThat(after.toDataX(px)).isCloseTo(under.x(), within(1e-9));
        assertThat(after.toDataY(py)).isCloseTo(under.y(), within(1e-9));

        robot.interact(() -> view.fireEvent(scroll(px, py, -120)));
        assertThat(model.window().width()).isCloseTo(old.width(), within(1e-9));
    }

    @Test
    void whileTheWindowMovesTheTrailsAreMovedWithItThenRedrawnOnceItIsStill(FxRobot robot) throws Exception {
        PlotTransform before = view.plotTransform();
        Trajectory adam = model.runs().runs().stream().filter(r -> r.lane() == OptimizerLane.ADAM)
                .findFirst().orElseThrow().trajectory();
        double x = adam.x(20);
        double y = adam.y(20);
        double px = before.left() + before.width() * 0.4;
        double py = before.top() + before.height() * 0.5;

        Canvas trails = robot.lookup("#" + PlotView.TRAILS_ID).queryAs(Canvas.class);
        List<Transform> whileMoving = new ArrayList<>();
        // Scroll, paint and look in one FX event: on a busy machine the settle timer could
        // otherwise run out between the scroll and the look, and the picture would already be redrawn.
        robot.interact(() -> {
            view.fireEvent(scroll(px, py, 120));
            view.paintDirtyLayers();
            whileMoving.addAll(trails.getTransforms());
        });

        assertThat(whileMoving).as("moved, not redrawn, while zooming").hasSize(1);
        Point2D moved = whileMoving.get(0).transform(before.toPixelX(x), before.toPixelY(y));
        PlotTransform after = view.plotTransform();
        assertThat(moved.getX()).isCloseTo(after.toPixelX(x), within(1e-6));
        assertThat(moved.getY()).isCloseTo(after.toPixelY(y), within(1e-6));

        // Drawn afresh once the window has been still for the settle time (waited for generously:
        // a loaded machine runs the timer late, never early).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> trails.getTransforms().isEmpty());
        assertThat(trails.getTransforms()).as("drawn afresh once the window is still").isEmpty();
    }

    @Test
    void draggingThePlotPansWithTheMouse(FxRobot robot) {
        PlotTransform t = view.plotTransform();
        ViewWindow old = model.window();
        double fromX = t.left() + t.width() * 0.5;
        double fromY = t.top() + t.height() * 0.5;
        Point startBefore = model.start();

        robot.drag(screen(fromX, fromY), MouseButton.PRIMARY).moveTo(screen(fromX + 100, fromY - 50))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        double dataPerPixelX = old.width() / t.width();
        double dataPerPixelY = old.height() / t.height();
        ViewWindow panned = model.window();
        assertThat(panned.xMin()).isCloseTo(old.xMin() - 100 * dataPerPixelX, within(1.5 * dataPerPixelX));
        assertThat(panned.yMin()).isCloseTo(old.yMin() - 50 * dataPerPixelY, within(1.5 * dataPerPixelY));
        assertThat(panned.width()).isCloseTo(old.width(), within(1e-9));
        assertThat(model.start()).as("a pan is not a click").isEqualTo(startBefore);
    }

    @Test
    void theReadoutShowsTheValueUnderTheMouseAndUndefinedWhereThereIsNone(FxRobot robot) {
        robot.interact(() -> model.formulaProperty().set("log(x)"));
        PlotTransform t = view.plotTransform();
        Label readout = robot.lookup("#" + PlotView.READOUT_ID).queryAs(Label.class);

        robot.moveTo(screen(t.toPixelX(-2), t.toPixelY(1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(readout.isVisible()).isTrue();
        assertThat(readout.getText()).endsWith("f = undefined");

        robot.moveTo(screen(t.toPixelX(Math.E), t.toPixelY(1)));
        WaitForAsyncUtils.waitForFxEvents();
        String text = readout.getText();
        assertThat(text).startsWith("(2.7");
        assertThat(Double.parseDouble(text.substring(text.indexOf("f = ") + 4))).isCloseTo(1, within(0.01));
    }

    // =============================================================== pixels

    @Test
    void whereTheSurfaceIsUndefinedThePlotIsBlank(FxRobot robot) {
        robot.interact(() -> model.formulaProperty().set("log(x) + y^2"));
        PlotTransform t = view.plotTransform();

        Color undefined = pixel(robot, t.toPixelX(-2.5), t.toPixelY(-1.5));
        Color defined = pixel(robot, t.toPixelX(2.5), t.toPixelY(-1.5));

        assertThat(Math.min(undefined.getRed(), Math.min(undefined.getGreen(), undefined.getBlue())))
                .as("page or hatch, not a colour of the map: %s", undefined).isGreaterThan(0.8);
        assertThat(undefined.getSaturation()).isLessThan(0.05);
        assertThat(defined.getSaturation()).as("viridis: %s", defined).isGreaterThan(0.3);
    }

    @Test
    void theMinimumIsInTheDarkestBandOfViridis(FxRobot robot) {
        robot.interact(() -> {
            model.slots().forEach(slot -> slot.enabledProperty().set(false));
            model.formulaProperty().set("(x-1)^2 + 10*(y+0.5)^2"); // not a preset: no star on the minimum
        });
        PlotTransform t = view.plotTransform();
        ColorBands bands = area.contours().result().colorBands();

        Color atMinimum = pixel(robot, t.toPixelX(1), t.toPixelY(-0.5));

        assertThat(argbOf(atMinimum)).isEqualTo(bands.argb(0) & 0xFFFFFF);
        for (int band = 1; band < bands.count(); band++) {
            assertThat(brightness(bands.argb(band))).isGreaterThan(brightness(bands.argb(0)));
        }
        assertThat(atMinimum.getBlue()).as("viridis starts dark purple").isGreaterThan(atMinimum.getGreen());
    }

    @Test
    void aLanesTrailIsDrawnInItsColourAlongItsTrajectory(FxRobot robot) {
        robot.interact(() -> {
            model.slots().forEach(slot -> slot.enabledProperty().set(slot.lane() == OptimizerLane.ADAM));
            model.playback().stepProperty().set(60);
        });
        Trajectory adam = model.runs().runs().get(0).trajectory();
        PlotTransform t = view.plotTransform();
        int row = 20;
        double px = t.toPixelX(adam.x(row));
        double py = t.toPixelY(adam.y(row));
        assertThat(Math.hypot(px - t.toPixelX(adam.x(0)), py - t.toPixelY(adam.y(0)))).isGreaterThan(15);

        WritableImage image = snapshot(robot);

        assertThat(findColour(image.getPixelReader(), px, py, 2, Color.web(OptimizerLane.ADAM.colour())))
                .as("Adam's pink near row %d at (%.0f, %.0f)", row, px, py).isTrue();
    }

    @Test
    void thePlotKeepsItsSizeWhileTheLegendsTextChangesDuringPlayback(FxRobot robot) {
        robot.interact(() -> model.slots().forEach(slot -> slot.enabledProperty().set(true)));
        int last = model.playback().lastStepProperty().get();
        java.util.Set<Double> heights = new java.util.HashSet<>();
        java.util.Set<Integer> lengths = new java.util.HashSet<>();
        for (int step : new int[] {0, 1, 9, 42, last / 2, last}) {
            robot.interact(() -> model.playback().stepProperty().set(step));
            WaitForAsyncUtils.waitForFxEvents();
            heights.add(view.getHeight());
            lengths.add(robot.lookup(".legend-status").queryAllAs(Label.class).stream()
                    .mapToInt(label -> label.getText().length()).sum());
        }
        assertThat(lengths).as("the statuses' text changed").hasSizeGreaterThan(3);
        assertThat(heights).as("the plot's height").hasSize(1);
    }

    @Test
    void aDivergedLaneGetsACrossAndTheLegendSaysSo(FxRobot robot) {
        OptimizerSlot sgd = model.slot(OptimizerLane.SGD);
        robot.interact(() -> {
            model.slots().forEach(slot -> slot.enabledProperty().set(slot == sgd));
            sgd.value(Hyperparameter.LEARNING_RATE).set(1.5);
        });
        Trajectory run = model.runs().runs().get(0).trajectory();
        assertThat(run.divergedAt()).isPresent();
        int divergedAt = run.divergedAt().getAsInt();

        robot.interact(() -> model.playback().stepProperty().set(divergedAt - 1));
        WritableImage before = snapshot(robot);
        Label status = robot.lookup("#" + PlotLegend.statusId(OptimizerLane.SGD)).queryAs(Label.class);
        assertThat(status.getText()).startsWith("loss ");

        robot.interact(() -> model.playback().stepProperty().set(divergedAt));
        WritableImage after = snapshot(robot);

        assertThat(status.getText()).isEqualTo("✕ diverged at step " + divergedAt);
        Color yellow = Color.web(OptimizerLane.SGD.colour());
        int newYellow = 0;
        PlotTransform t = view.plotTransform();
        for (int y = (int) t.top(); y < t.top() + t.height(); y++) {
            for (int x = (int) t.left(); x < t.left() + t.width(); x++) {
                Color now = after.getPixelReader().getColor(x, y);
                if (close(now, yellow) && !close(before.getPixelReader().getColor(x, y), yellow)) {
                    newYellow++;
                }
            }
        }
        assertThat(newYellow).as("pixels of the ✕ in SGD's yellow").isBetween(20, 400);
    }

    @Test
    void trailsDrawnFrameByFrameLookLikeTrailsDrawnAtOnce(FxRobot robot) {
        robot.interact(() -> model.stepsProperty().set(400));
        int[] differing = new int[2];
        robot.interact(() -> {
            // One step a frame, as a slow animation draws them: every joint between pieces shows.
            TrailLayer byFrames = new TrailLayer();
            Group frames = layers();
            for (int step = 0; step <= 400; step++) {
                byFrames.paint(gc(frames, 0), gc(frames, 1), 900, 600, frameAt(step));
            }
            Group once = layers();
            new TrailLayer().paint(gc(once, 0), gc(once, 1), 900, 600, frameAt(400));
            PixelReader a = frames.snapshot(null, null).getPixelReader();
            PixelReader b = once.snapshot(null, null).getPixelReader();
            for (int y = 0; y < 600; y++) {
                for (int x = 0; x < 900; x++) {
                    Color ca = a.getColor(x, y);
                    if (ca.getOpacity() > 0) {
                        differing[1]++;
                    }
                    if (!close(ca, b.getColor(x, y)) || Math.abs(ca.getOpacity() - b.getColor(x, y).getOpacity()) > 0.06) {
                        differing[0]++;
                    }
                }
            }
        });
        assertThat(differing[1]).as("trail pixels").isGreaterThan(2000);
        assertThat(differing[0]).as("pixels that differ").isLessThan(differing[1] / 500);
    }

    /** A halo canvas under a colour canvas, as in the live plot. */
    private static Group layers() {
        return new Group(new Canvas(900, 600), new Canvas(900, 600));
    }

    private static javafx.scene.canvas.GraphicsContext gc(Group layers, int index) {
        return ((Canvas) layers.getChildren().get(index)).getGraphicsContext2D();
    }

    private PlotFrame frameAt(int step) {
        return new PlotFrame(null, model.window(), model.runs().runs(), step, null, java.util.List.of(),
                PlotOptions.overlay());
    }

    // =============================================================== helpers

    private Point2D screen(double localX, double localY) {
        return view.localToScreen(localX, localY);
    }

    private static ScrollEvent scroll(double x, double y, double deltaY) {
        return new ScrollEvent(ScrollEvent.SCROLL, x, y, x, y, false, false, false, false, false, false,
                0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    private static void assertNear(Point actual, Point expected, PlotTransform t) {
        double pixelX = t.bounds().width() / t.width();
        double pixelY = t.bounds().height() / t.height();
        assertThat(actual.x()).isCloseTo(expected.x(), within(pixelX));
        assertThat(actual.y()).isCloseTo(expected.y(), within(pixelY));
    }

    private WritableImage snapshot(FxRobot robot) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            view.paintDirtyLayers();
            image[0] = view.snapshot(null, null);
        });
        return image[0];
    }

    private Color pixel(FxRobot robot, double x, double y) {
        return snapshot(robot).getPixelReader().getColor((int) x, (int) y);
    }

    private static boolean findColour(PixelReader reader, double cx, double cy, int radius, Color wanted) {
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                if (close(reader.getColor((int) cx + dx, (int) cy + dy), wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.06 && Math.abs(a.getGreen() - b.getGreen()) < 0.06
                && Math.abs(a.getBlue() - b.getBlue()) < 0.06;
    }

    private static int argbOf(Color c) {
        return (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    private static double brightness(int argb) {
        return ((argb >> 16) & 0xFF) * 0.2126 + ((argb >> 8) & 0xFF) * 0.7152 + (argb & 0xFF) * 0.0722;
    }
}
