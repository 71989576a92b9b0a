package dev.optimizerplayground.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.training.GradientNoise;
import dev.optimizerplayground.core.training.Schedule;
import dev.optimizerplayground.session.NoiseSettings;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.session.RunSet;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The noise section and a lane's schedule row, driven as a person would. */
@ExtendWith(ApplicationExtension.class)
class TrainingConditionsControlsTest {

    private PlaygroundModel model;

    @Start
    void start(Stage stage) {
        model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        ScrollPane scroll = new ScrollPane(new VBox(new NoisePanel(model.noiseProperty()), new OptimizerPanel(model)));
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 360, 760));
        stage.show();
    }

    @Test
    void typingSigmaMakesEveryLaneACloudOfNoisyRuns(FxRobot robot) {
        robot.doubleClickOn("#" + NoisePanel.SIGMA_ID).write("0.5").type(KeyCode.ENTER);
        robot.doubleClickOn("#" + NoisePanel.RUNS_ID).eraseText(2).write("6").type(KeyCode.ENTER);

        assertThat(model.state().noise()).isEqualTo(new NoiseSettings(new GradientNoise(0.5, 0), 6));
        RunSet runs = model.runs();
        assertThat(runs.runs()).isNotEmpty().allMatch(run -> run.cloud() != null && run.cloud().runs().size() == 6);
    }

    @Test
    void aNewSeedGivesOtherNoiseAndAnOpenedStateShowsItsOwn(FxRobot robot) {
        robot.doubleClickOn("#" + NoisePanel.SIGMA_ID).write("1").type(KeyCode.ENTER);
        robot.clickOn("#" + NoisePanel.NEW_SEED_ID);
        long drawn = model.state().noise().gradient().seed();
        assertThat(robot.lookup("#" + NoisePanel.SEED_ID).queryAs(NumberField.class).getText())
                .isEqualTo(Long.toString(drawn));

        Platform.runLater(() -> model.update(s -> s.withNoise(NoiseSettings.NONE.withSigma(0.25).withSeed(42))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + NoisePanel.SIGMA_ID).queryAs(NumberField.class).getText()).isEqualTo("0.25");
        assertThat(robot.lookup("#" + NoisePanel.SEED_ID).queryAs(NumberField.class).getText()).isEqualTo("42");
    }

    @Test
    void choosingAStepScheduleDecaysTheLanesRate(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<ScheduleEditor.Form> form = robot.lookup("#rmsprop-schedule").queryAs(ComboBox.class);
        Platform.runLater(() -> form.setValue(ScheduleEditor.Form.STEP));
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn("#rmsprop-schedule-size").eraseText(2).write("10").type(KeyCode.ENTER);
        robot.doubleClickOn("#rmsprop-warmup").write("4").type(KeyCode.ENTER);

        Schedule expected = new Schedule.StepDecay(10, 0.5).withWarmup(4);
        assertThat(model.slot(OptimizerLane.RMSPROP).scheduleProperty().get()).isEqualTo(expected);
        var run = model.runs().runs().stream().filter(r -> r.lane() == OptimizerLane.RMSPROP).findFirst().orElseThrow();
        assertThat(run.trajectory().spec().schedule()).isEqualTo(expected);
        // Update 15 is the 11th after the warm-up: η·0.5.
        double eta = model.slot(OptimizerLane.RMSPROP).config().learningRate();
        assertThat(expected.rate(eta, 15)).isEqualTo(eta * 0.5);
    }

    @Test
    void aScheduleFromTheStateShowsInTheRow(FxRobot robot) {
        Schedule cosine = new Schedule.Cosine(120, 0.001).withWarmup(7);
        Platform.runLater(() -> model.update(s -> s.withLane(s.lane(OptimizerLane.RMSPROP).withSchedule(cosine))));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<ScheduleEditor.Form> form = robot.lookup("#rmsprop-schedule").queryAs(ComboBox.class);
        assertThat(form.getValue()).isEqualTo(ScheduleEditor.Form.COSINE);
        assertThat(robot.lookup("#rmsprop-schedule-period").queryAs(NumberField.class).getText()).isEqualTo("120");
        assertThat(robot.lookup("#rmsprop-warmup").queryAs(NumberField.class).getText()).isEqualTo("7");
        assertThat(model.slot(OptimizerLane.RMSPROP).scheduleProperty().get()).isEqualTo(cosine);
    }
}
