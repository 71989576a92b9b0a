package dev.optimizerplayground.ui.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.sweep.LearningRateTuner;
import dev.optimizerplayground.ui.files.RecordingErrorReporter;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.core.optimizer.Hyperparameter;
import dev.optimizerplayground.ui.model.OptimizerSlot;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import org.junit.jupiter.api.Test;

class LearningRateTuningTest {

    @Test
    void everyEnabledLaneGetsItsOwnBestEtaAndTheSharedEtaIsSwitchedOff() {
        PlaygroundModel playground = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        playground.shareLearningRateProperty().set(true);
        RecordingErrorReporter errors = new RecordingErrorReporter();
        new LearningRateTuning(playground, BackgroundWork.SAME_THREAD, errors).tune();

        assertThat(playground.shareLearningRateProperty().get()).isFalse();
        assertThat(errors.reports).isEmpty();
        Hyperparameter eta = Hyperparameter.LEARNING_RATE;
        for (OptimizerSlot slot : playground.slots()) {
            if (!slot.isEnabled()) {
                continue;
            }
            RunSpec run = new RunSpec(playground.surface(), slot.config(), playground.start(),
                    playground.stepsProperty().get());
            double expected = LearningRateTuner.tune(run, eta.min(), eta.max(), LearningRateTuning.COUNT,
                    CancellationToken.none()).orElseThrow().learningRate();
            assertThat(slot.config().learningRate()).as(slot.lane().displayName()).isEqualTo(expected);
        }
        // The runs on show are the tuned ones.
        playground.runs().runs().forEach(r -> assertThat(r.trajectory().spec().optimizer().learningRate())
                .isEqualTo(playground.slot(r.lane()).config().learningRate()));
    }
}
