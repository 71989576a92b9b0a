package dev.optimizerplayground.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.run.RunOutcome;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Surface;
import org.junit.jupiter.api.Test;

class LearningRateTunerTest {

    private static RunSpec sgdOn(String formula, int steps) throws Exception {
        return new RunSpec(Surface.parse(formula), OptimizerConfig.defaults(OptimizerKind.SGD, Convention.TEXTBOOK),
                new Point(1, 1), steps);
    }

    @Test
    void onABowlTheTieOfConvergedRunsGoesToTheOneThatConvergedFirst() throws Exception {
        // SGD on x² + y²: θ ← (1 − 2η)θ. η = 0.5 jumps to the minimum in one step; every η near it
        // also reaches a loss of about 0 within 100 steps, so the first to converge must win.
        RunSpec base = sgdOn("x^2 + y^2", 100);
        LearningRateTuner.Tuned tuned = LearningRateTuner.tune(base, 1e-3, 4, 37, CancellationToken.none())
                .orElseThrow();
        assertThat(tuned.learningRate()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.12));
        assertThat(tuned.convergedStep()).isLessThanOrEqualTo(3);
        // And it is what a single run at that η gives.
        RunOutcome single = Runner.outcome(new RunSpec(base.surface(), base.optimizer().withLearningRate(tuned.learningRate()),
                base.start(), 100));
        assertThat(tuned.finalLoss()).isEqualTo(single.finalLoss());
        assertThat(tuned.convergedStep()).isEqualTo(single.convergedStep());
    }

    @Test
    void divergedRunsNeverWinAndAllDivergedGivesNothing() throws Exception {
        RunSpec base = sgdOn("x^2 + y^2", 2000);
        // η > 1 makes |1 − 2η| > 1: every run of this grid blows up.
        assertThat(LearningRateTuner.tune(base, 1.5, 100, 9, CancellationToken.none())).isEmpty();
        // Without convergence in a short budget, the lowest loss wins even next to diverging η.
        LearningRateTuner.Tuned tuned = LearningRateTuner.tune(sgdOn("x^2 + y^2", 3), 1e-3, 100, 21,
                CancellationToken.none()).orElseThrow();
        assertThat(tuned.learningRate()).isLessThan(1);
    }
}
