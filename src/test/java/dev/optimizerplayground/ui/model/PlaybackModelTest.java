package dev.optimizerplayground.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

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
}
