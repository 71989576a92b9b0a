package dev.optimizerplayground.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.optimizerplayground.session.PlaygroundState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaybackModelTest {

    private final PlaybackModel playback = new PlaygroundModel(BackgroundWork.SAME_THREAD).playback();

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
