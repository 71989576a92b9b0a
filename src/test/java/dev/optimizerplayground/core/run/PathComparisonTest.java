package dev.optimizerplayground.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Surface;
import org.junit.jupiter.api.Test;

class PathComparisonTest {

    private static Trajectory run(OptimizerConfig config, int steps) throws Exception {
        return Runner.run(new RunSpec(Surface.parse("x^2 + 10*y^2"), config, new Point(-4, 2), steps));
    }

    @Test
    void rmsPropTextbookAndPyTorchPartAtTheFirstStep() throws Exception {
        OptimizerConfig textbook = OptimizerConfig.defaults(OptimizerKind.RMSPROP, Convention.TEXTBOOK).withLearningRate(0.1);
        OptimizerConfig pytorch = OptimizerConfig.defaults(OptimizerKind.RMSPROP, Convention.PYTORCH).withLearningRate(0.1);
        // β 0.9 vs α 0.99: the very first step differs (η/√0.1 vs η/√0.01 per unit gradient).
        assertThat(PathComparison.firstParting(run(textbook, 50), run(pytorch, 50), 1e-9)).hasValue(1);
    }

    @Test
    void sgdInEveryConventionTakesTheSameSteps() throws Exception {
        OptimizerConfig pytorch = OptimizerConfig.defaults(OptimizerKind.SGD, Convention.PYTORCH).withLearningRate(0.02)
                .withMomentum(0.9);
        OptimizerConfig keras = OptimizerConfig.defaults(OptimizerKind.SGD, Convention.KERAS).withLearningRate(0.02)
                .withMomentum(0.9);
        assertThat(PathComparison.firstParting(run(pytorch, 100), run(keras, 100), 1e-9)).isEmpty();
    }

    @Test
    void aRunThatEndsEarlierPartsWhereItEnds() throws Exception {
        OptimizerConfig sgd = OptimizerConfig.defaults(OptimizerKind.SGD, Convention.PYTORCH).withLearningRate(0.01);
        Trajectory tiny = Runner.run(new RunSpec(Surface.parse("x^2"), sgd, new Point(1, 0), 20));
        Trajectory wild = Runner.run(new RunSpec(Surface.parse("x^2"), sgd.withLearningRate(1e150), new Point(1, 0), 20));
        assertThat(PathComparison.firstParting(tiny, tiny, 1e-9)).isEmpty();
        assertThat(wild.length()).isLessThan(tiny.length());
        assertThat(PathComparison.firstParting(tiny, wild, 1e-9)).hasValue(1);
    }
}
