package dev.optimizerplayground.ui.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.ui.MainWindow;
import dev.optimizerplayground.ui.files.RecordingErrorReporter;
import dev.optimizerplayground.ui.files.ScriptedFilePicker;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The sweep view driven with the mouse, headless. */
@ExtendWith(ApplicationExtension.class)
class SweepViewTest {

    @TempDir
    Path dir;

    private final ScriptedFilePicker picker = new ScriptedFilePicker();
    private final RecordingErrorReporter errors = new RecordingErrorReporter();
    private PlaygroundModel playground;
    private SweepModel model;
    private SweepView view;

    @Start
    void start(Stage stage) {
        playground = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        model = new SweepModel(playground, BackgroundWork.SAME_THREAD, Runnable::run);
        model.resolutionProperty().set(24);
        view = new SweepView(model, picker, errors);
        Scene scene = new Scene(view, 900, 640);
        MainWindow.installStylesheets(scene);
        stage.setScene(scene);
        stage.show();
        model.activeProperty().set(true);
    }

    @Test
    void clickingACellSetsTheLanesLearningRateToIt(FxRobot robot) {
        SweepModel.SweepMap map = model.mapProperty().get();
        assertThat(map.cells().complete()).isTrue();
        Canvas canvas = robot.lookup("#" + SweepView.MAP_ID).queryAs(Canvas.class);
        double[] centre = view.cellCentre(17, 6);
        Point2D onScreen = canvas.localToScreen(centre[0], centre[1]);

        robot.moveTo(onScreen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sweep-hover").queryAs(Label.class).getText()).startsWith("η = ");
        robot.clickOn(onScreen);
        WaitForAsyncUtils.waitForFxEvents();

        double eta = map.sweep().x().value(17);
        assertThat(playground.slot(OptimizerLane.RMSPROP).config().learningRate()).isEqualTo(eta);
        assertThat(playground.slot(OptimizerLane.RMSPROP).config().beta())
                .isEqualTo(map.sweep().y().orElseThrow().value(map.sweep().yIndex(6)));
        assertThat(model.currentCell()).containsExactly(17, 6);
    }

    @Test
    void exportsTheMapAsCsvAndPng(FxRobot robot) throws IOException {
        picker.answers.add(dir.resolve("map.csv"));
        robot.clickOn("Export CSV…");
        picker.answers.add(dir.resolve("map.png"));
        robot.clickOn("Export PNG…");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(errors.reports).isEmpty();
        java.util.List<String> csv = Files.readAllLines(dir.resolve("map.csv"));
        assertThat(csv.get(0)).isEqualTo("η,β,final_loss,converged_step,diverged_step");
        assertThat(csv).hasSize(1 + 24 * 24);
        assertThat(javax.imageio.ImageIO.read(dir.resolve("map.png").toFile()).getWidth()).isEqualTo(24 * 21);
    }
}
