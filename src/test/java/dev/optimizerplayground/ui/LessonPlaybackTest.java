package dev.optimizerplayground.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.scenario.Cue;
import dev.optimizerplayground.core.scenario.Lesson;
import dev.optimizerplayground.session.PlaygroundState;
import dev.optimizerplayground.ui.lesson.LessonCard;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaybackModel;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A lesson with cues in the assembled window, played with the real animation clock and the keys. */
@ExtendWith(ApplicationExtension.class)
class LessonPlaybackTest {

    private static final Lesson LESSON = new Lesson("Cues", "Press Space to start.",
            List.of(new Cue(40, "First: the valley's wall."), new Cue(120, "Second: the floor.")), Map.of());

    private PlaygroundModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        model.setState(model.state().withSteps(300).withLesson(LESSON)
                .withPlaybackSpeed(PlaygroundState.MAX_SPEED).withCurrentStep(0));
        window = new MainWindow(model, BackgroundWork.SAME_THREAD);
        Scene scene = new Scene(window, 1280, 720);
        MainWindow.installStylesheets(scene);
        window.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
        window.start(false);
    }

    private String cardText(FxRobot robot) {
        return robot.lookup("#" + LessonCard.TEXT_ID).queryAs(Label.class).getText();
    }

    private static void waitUntilHeld(PlaybackModel playback) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, playback::isHeld);
    }

    @Test
    void playingAtTopSpeedStopsAtEachCueShowsItAndSpaceOrContinueGoOn(FxRobot robot) throws TimeoutException {
        PlaybackModel playback = model.playback();
        assertThat(cardText(robot)).isEqualTo("Press Space to start.");

        robot.type(KeyCode.SPACE);
        waitUntilHeld(playback);
        assertThat(playback.step()).isEqualTo(40);
        assertThat(cardText(robot)).isEqualTo("First: the valley's wall.");
        assertThat(robot.lookup("#" + LessonCard.CONTINUE_ID).query().isVisible()).isTrue();

        robot.type(KeyCode.SPACE);
        waitUntilHeld(playback);
        assertThat(playback.step()).isEqualTo(120);
        assertThat(cardText(robot)).isEqualTo("Second: the floor.");

        robot.clickOn("#" + LessonCard.CONTINUE_ID);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> playback.step() == 300 && !playback.isPlaying());
        assertThat(playback.isHeld()).isFalse();
        assertThat(cardText(robot)).isEqualTo("Second: the floor.");
    }

    @Test
    void pageKeysJumpBetweenPagesInTheWindowAndInPresentationMode(FxRobot robot) throws TimeoutException {
        PlaybackModel playback = model.playback();
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(playback.step()).isEqualTo(40);
        assertThat(cardText(robot)).isEqualTo("First: the valley's wall.");
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(playback.step()).isEqualTo(120);

        robot.interact(() -> window.presentingProperty().set(true)); // F5 is the View menu's, not in this bare window
        robot.type(KeyCode.PAGE_UP);
        assertThat(playback.step()).isEqualTo(40);
        robot.type(KeyCode.PAGE_UP);
        assertThat(playback.step()).as("from the first cue back to the lesson's text").isZero();
        assertThat(cardText(robot)).isEqualTo("Press Space to start.");
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(cardText(robot)).isEqualTo("First: the valley's wall.");

        // Right after a page key, → goes on from the cue rather than one step.
        robot.type(KeyCode.RIGHT);
        waitUntilHeld(playback);
        assertThat(playback.step()).isEqualTo(120);
    }

    @Test
    void helpListsThePageKeys() {
        assertThat(window.playbackActions()).anySatisfy(a -> {
            assertThat(a.id()).isEqualTo(MainWindow.PREVIOUS_PAGE_ACTION);
            assertThat(a.keysText()).isNotEmpty();
        }).anySatisfy(a -> assertThat(a.id()).isEqualTo(MainWindow.NEXT_PAGE_ACTION));
    }
}
