package dev.optimizerplayground.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.session.PlaygroundState;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaybackModel;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PlaybackBarTest {

    private PlaybackModel playback;

    @Start
    void start(Stage stage) {
        playback = new PlaygroundModel(BackgroundWork.SAME_THREAD).playback();
        stage.setScene(new Scene(new PlaybackBar(playback), 900, 60));
        stage.show();
    }

    @Test
    void thePlayButtonTogglesPlaying(FxRobot robot) {
        robot.clickOn("#play");
        assertThat(playback.isPlaying()).isTrue();
        robot.clickOn("#play");
        assertThat(playback.isPlaying()).isFalse();
    }

    @Test
    void draggingTheTimelineScrubsTheAnimation(FxRobot robot) {
        Slider timeline = robot.lookup("#timeline").queryAs(Slider.class);
        robot.drag(timeline.lookup(".thumb")).moveBy(timeline.getWidth() / 2, 0).release(MouseButton.PRIMARY);

        assertThat(playback.step()).isBetween(80, 120);
        assertThat(timeline.getValue()).isEqualTo(playback.step());
        assertThat(robot.lookup("#step-counter").queryAs(Label.class).getText())
                .isEqualTo("step " + playback.step() + " / 200");
    }

    @Test
    void stepButtonsAndResetMoveTheStep(FxRobot robot) {
        robot.clickOn("#step-forward").clickOn("#step-forward");
        assertThat(playback.step()).isEqualTo(2);
        robot.clickOn("#step-back");
        assertThat(playback.step()).isEqualTo(1);
        assertThat(robot.lookup("#timeline").queryAs(Slider.class).getValue()).isEqualTo(1);
        robot.clickOn("#reset");
        assertThat(playback.step()).isZero();
    }

    @Test
    void theSpeedSliderIsLogarithmicFromOneToFiveThousand(FxRobot robot) {
        Slider speed = robot.lookup("#speed").queryAs(Slider.class);
        assertThat(speed.getValue()).isEqualTo(Math.log10(PlaygroundState.DEFAULT_SPEED));

        robot.drag(speed.lookup(".thumb")).moveBy(speed.getWidth(), 0).release(MouseButton.PRIMARY);
        assertThat(playback.stepsPerSecondProperty().get()).isEqualTo(PlaygroundState.MAX_SPEED);

        robot.interact(() -> playback.stepsPerSecondProperty().set(1));
        assertThat(speed.getValue()).isZero();
    }
}
