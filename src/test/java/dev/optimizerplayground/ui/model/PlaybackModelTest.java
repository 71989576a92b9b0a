package dev.optimizerplayground.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.optimizerplayground.core.scenario.Cue;
import dev.optimizerplayground.core.scenario.Lesson;
import dev.optimizerplayground.session.PlaygroundState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaybackModelTest {

    private final PlaygroundModel model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
    private final PlaybackModel playback = model.playback();

    private void teach(int steps, int... cueSteps) {
        List<Cue> cues = new ArrayList<>();
        for (int step : cueSteps) {
            cues.add(new Cue(step, "page at " + step));
        }
        model.setState(model.state().withSteps(steps).withCurrentStep(0)
                .withLesson(new Lesson("A lesson", "Read me first", cues, Map.of())));
    }

    @Test
    void fasterAndSlowerStepThroughTheLadderToTheSlidersEnds() {
        playback.stepsPerSecondProperty().set(PlaygroundState.MIN_SPEED);
        List<Double> up = new ArrayList<>();
        for (int i = 0; i < PlaybackModel.SPEED_STEPS.length + 2; i++) {
            playback.faster();
            up.add(playback.stepsPerSecondProperty().get());
        }
        assertThat(up).startsWith(2.0, 5.0, 10.0).endsWith(PlaygroundState.MAX_SPEED, PlaygroundState.MAX_SPEED);
        assertThat(up).isSorted();

        playback.stepsPerSecondProperty().set(17); // dragged between two steps
        playback.slower();
        assertThat(playback.stepsPerSecondProperty().get()).isEqualTo(15);
        playback.stepsPerSecondProperty().set(1.5);
        playback.slower();
        playback.slower();
        assertThat(playback.stepsPerSecondProperty().get()).isEqualTo(PlaygroundState.MIN_SPEED);
    }

    @Test
    void endJumpsToTheLastStepAndPauses() {
        playback.restart();

        playback.jumpToEnd();

        assertThat(playback.step()).isEqualTo(playback.lastStepProperty().get()).isPositive();
        assertThat(playback.isPlaying()).isFalse();
    }

    @Test
    void playingAtTopSpeedIsHeldExactlyAtEachCueAndGoesOnFromIt() {
        teach(300, 40, 120);
        playback.stepsPerSecondProperty().set(PlaygroundState.MAX_SPEED);
        playback.togglePlay();

        playback.advance(0.1); // 500 steps' worth in one frame
        assertThat(playback.step()).isEqualTo(40);
        assertThat(playback.isPlaying()).isFalse();
        assertThat(playback.isHeld()).isTrue();
        assertThat(playback.glideProperty().get()).as("the markers stand on the cue's step").isZero();
        playback.advance(0.1);
        assertThat(playback.step()).as("held: time passing does nothing").isEqualTo(40);

        playback.togglePlay(); // Space goes on
        assertThat(playback.isHeld()).isFalse();
        assertThat(playback.isPlaying()).isTrue();
        playback.advance(0.001); // 5 steps
        assertThat(playback.step()).as("not stopped again at the same cue").isEqualTo(45);
        playback.advance(0.1);
        assertThat(playback.step()).isEqualTo(120);
        assertThat(playback.isHeld()).isTrue();

        playback.stepForward(); // → goes on too, rather than one step
        assertThat(playback.isPlaying()).isTrue();
        playback.advance(0.1);
        assertThat(playback.step()).isEqualTo(300);
        assertThat(playback.isPlaying()).isFalse();
        assertThat(playback.isHeld()).isFalse();
    }

    @Test
    void aCueAtTheLastStepHoldsThereAndGoingOnDoesNotRestartTheRace() {
        teach(200, 200);
        playback.stepsPerSecondProperty().set(PlaygroundState.MAX_SPEED);
        playback.togglePlay();
        playback.advance(0.1);
        assertThat(playback.step()).isEqualTo(200);
        assertThat(playback.isHeld()).isTrue();

        playback.goOn();
        assertThat(playback.isHeld()).isFalse();
        assertThat(playback.isPlaying()).isFalse();
        assertThat(playback.step()).isEqualTo(200);
    }

    @Test
    void scrubbingOrJumpingOntoACueNeverPausesAndLetsGoOfAHeldCue() {
        teach(300, 40, 120);
        playback.togglePlay();
        playback.stepProperty().set(120); // the timeline, while playing
        assertThat(playback.isPlaying()).isTrue();
        assertThat(playback.isHeld()).isFalse();

        playback.pause();
        playback.stepProperty().set(10);
        playback.togglePlay();
        playback.stepsPerSecondProperty().set(PlaygroundState.MAX_SPEED);
        playback.advance(0.1);
        assertThat(playback.isHeld()).isTrue();
        playback.stepProperty().set(70);
        assertThat(playback.isHeld()).as("another step lets go").isFalse();

        playback.jumpToEnd();
        assertThat(playback.step()).isEqualTo(300);
    }

    @Test
    void stepsLoweredBelowACueMeanItIsNeverWaitedFor() {
        teach(300, 40, 250);
        model.setState(model.state().withSteps(100));
        playback.stepsPerSecondProperty().set(PlaygroundState.MAX_SPEED);
        playback.stepProperty().set(41);
        playback.togglePlay();
        playback.advance(0.1);
        assertThat(playback.step()).isEqualTo(100);
        assertThat(playback.isHeld()).isFalse();
        playback.nextPage();
        assertThat(playback.step()).as("no page beyond the run").isEqualTo(100);
    }

    @Test
    void pageKeysJumpFromCueToCueAndBackToTheIntroAtStepZero() {
        teach(300, 40, 120);
        playback.nextPage();
        assertThat(playback.step()).isEqualTo(40);
        assertThat(playback.isHeld()).as("paused on a page, waiting to go on").isTrue();
        playback.nextPage();
        assertThat(playback.step()).isEqualTo(120);
        playback.nextPage();
        assertThat(playback.step()).as("the last page stays").isEqualTo(120);
        playback.previousPage();
        assertThat(playback.step()).isEqualTo(40);
        playback.previousPage();
        assertThat(playback.step()).isZero();
        assertThat(playback.isHeld()).isFalse();

        playback.togglePlay();
        playback.nextPage();
        assertThat(playback.step()).isEqualTo(40);
        assertThat(playback.isPlaying()).as("a jump never pauses").isTrue();
    }

    @Test
    void atSlowSpeedsTheMarkersGlideBetweenWholeStepsAndAtFullSpeedTheyDoNot() {
        playback.stepsPerSecondProperty().set(10); // a step lasts six frames at 60 per second
        playback.restart();
        List<Double> glides = new ArrayList<>();
        for (int frame = 0; frame < 5; frame++) {
            playback.advance(1 / 60.0);
            glides.add(playback.glideProperty().get());
        }
        assertThat(playback.step()).isZero(); // the step stays a whole number
        assertThat(glides).isSorted().allSatisfy(g -> assertThat(g).isStrictlyBetween(0.0, 1.0));
        assertThat(glides.get(0)).isCloseTo(1 / 6.0, within(1e-9));
        playback.advance(1 / 30.0);
        assertThat(playback.step()).isEqualTo(1);
        assertThat(playback.glideProperty().get()).isCloseTo(1 / 6.0, within(1e-9));

        playback.pause();
        assertThat(playback.glideProperty().get()).as("paused: on a whole step").isZero();

        playback.stepsPerSecondProperty().set(5000);
        playback.restart();
        playback.advance(1 / 60.0);
        assertThat(playback.step()).isEqualTo(83);
        assertThat(playback.glideProperty().get()).as("several steps a frame: no glide").isZero();
    }

    @Test
    void theLastStepChangesOnlyWithTheNumberOfSteps() {
        List<Integer> seen = new ArrayList<>();
        playback.lastStepProperty().addListener(o -> seen.add(playback.lastStepProperty().get()));
        playback.restart();
        for (int frame = 0; frame < 10; frame++) {
            playback.advance(1 / 60.0);
        }
        assertThat(seen).as("no invalidation while only the step moves").isEmpty();
    }
}
