package dev.optimizerplayground.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.optimizerplayground.plot.landscape.Camera;
import dev.optimizerplayground.ui.MainWindow;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.session.LayoutMode;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.util.HashSet;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 3D layout in the assembled window: chosen with its button, turned by dragging, zoomed, reset. */
@ExtendWith(ApplicationExtension.class)
class LandscapeViewTest {

    private PlaygroundModel model;

    @Start
    void start(Stage stage) {
        model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        MainWindow window = new MainWindow(model, BackgroundWork.SAME_THREAD);
        Scene scene = new Scene(window, 1280, 720);
        MainWindow.installStylesheets(scene);
        stage.setScene(scene);
        stage.show();
    }

    private Node showLandscape(FxRobot robot) {
        robot.clickOn("#layout-3d");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.layoutProperty().get()).isEqualTo(LayoutMode.LANDSCAPE);
        Node view = robot.lookup("#" + LandscapeView.ID).query();
        assertThat(view.isVisible()).isTrue();
        return view;
    }

    @Test
    void draggingTurnsTheLandscapeAndTheResetButtonBringsItBack(FxRobot robot) {
        Node view = showLandscape(robot);
        Point2D centre = robot.point(view).query();
        Camera before = model.cameraProperty().get();
        assertThat(before).isEqualTo(Camera.DEFAULT);

        robot.drag(centre, MouseButton.PRIMARY).moveBy(100, 50).drop();
        WaitForAsyncUtils.waitForFxEvents();

        Camera after = model.cameraProperty().get();
        // Right turns the landscape to the right (the eye goes the other way), down looks more from above.
        assertThat(after.azimuth()).isCloseTo(before.azimuth() - 100 * LandscapeView.DEGREES_PER_PIXEL, within(1.0));
        assertThat(after.elevation()).isCloseTo(before.elevation() + 50 * LandscapeView.DEGREES_PER_PIXEL, within(1.0));
        assertThat(robot.lookup("#" + LandscapeView.ANGLES_ID).queryAs(Label.class).getText())
                .contains("azimuth " + Math.round(after.azimuth()) + "°");

        robot.moveTo(centre).scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.cameraProperty().get().zoom()).isNotEqualTo(1.0);

        robot.clickOn("#" + LandscapeView.RESET_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.cameraProperty().get()).isEqualTo(Camera.DEFAULT);
    }

    @Test
    void showsTheSurfaceAndChangesAsItTurns(FxRobot robot) throws Exception {
        Node view = showLandscape(robot);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage first = WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(colours(first)).isGreaterThan(30);

        robot.interact(() -> model.cameraProperty().set(Camera.DEFAULT.rotatedBy(90, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage turned = WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get();
        assertThat(differingPixels(first, turned)).isGreaterThan(1000);
    }

    private static int colours(WritableImage image) {
        Set<Integer> seen = new HashSet<>();
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(reader.getArgb(x, y));
            }
        }
        return seen.size();
    }

    private static int differingPixels(WritableImage a, WritableImage b) {
        int differing = 0;
        for (int y = 0; y < Math.min(a.getHeight(), b.getHeight()); y += 2) {
            for (int x = 0; x < Math.min(a.getWidth(), b.getWidth()); x += 2) {
                differing += a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y) ? 1 : 0;
            }
        }
        return differing;
    }
}
