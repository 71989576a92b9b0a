package dev.optimizerplayground.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.training.GradientNoise;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RunCloudTest {

    private static final RunSpec SPEC = new RunSpec(surface("x^2 + 10*y^2"),
            OptimizerConfig.defaults(OptimizerKind.RMSPROP, Convention.TEXTBOOK).withLearningRate(0.05),
            new Point(-4, 2), 120).withNoise(new GradientNoise(2, 100));

    @Test
    void runKUsesSeedSPlusKAndRunZeroIsTheSpecsOwnRun() {
        RunCloud cloud = RunCloud.run(SPEC, 5, () -> false);
        assertThat(cloud.runs()).hasSize(5);
        Trajectory own = Runner.run(SPEC);
        Trajectory third = Runner.run(SPEC.withNoise(SPEC.noise().withSeed(102)));
        assertThat(cloud.runs().get(0).x(120)).isEqualTo(own.x(120));
        assertThat(cloud.runs().get(2).y(77)).isEqualTo(third.y(77));
        assertThat(cloud.runs().get(1).x(120)).isNotEqualTo(own.x(120));
    }

    @Test
    void meanPathAndBandsSummariseTheRunsStepByStep() {
        RunCloud cloud = RunCloud.run(SPEC, 7, () -> false);
        for (int t : new int[] {0, 1, 60, 120}) {
            double[] x = cloud.runs().stream().mapToDouble(r -> r.x(t)).toArray();
            double[] loss = cloud.runs().stream().mapToDouble(r -> r.loss(t)).sorted().toArray();
            assertThat(cloud.meanX(t)).isCloseTo(Arrays.stream(x).average().orElseThrow(),
                    org.assertj.core.data.Offset.offset(1e-12));
            // Seven values: the median is the fourth; the 10th percentile lies 0.6 of the way from the 1st to the 2nd.
            assertThat(cloud.loss().median()[t]).isEqualTo(loss[3]);
            assertThat(cloud.loss().lower()[t]).isCloseTo(loss[0] + 0.6 * (loss[1] - loss[0]),
                    org.assertj.core.data.Offset.offset(1e-12 * loss[6]));
            assertThat(cloud.loss().upper()[t]).isLessThanOrEqualTo(loss[6]).isGreaterThanOrEqualTo(loss[5]);
        }
        assertThat(cloud.rateX().median()[0]).isNaN();
        assertThat(cloud.rateY().median()[10]).isPositive();
    }

    @Test
    void aDivergedRunStopsCountingAfterItsLastRow() {
        RunSpec wild = new RunSpec(surface("x^2 + 10*y^2"),
                OptimizerConfig.defaults(OptimizerKind.SGD, Convention.TEXTBOOK).withLearningRate(0.15),
                new Point(-4, 2), 3000).withNoise(new GradientNoise(1e100, 1));
        // η = 0.15 doubles y every step: each run overflows, how soon depends on its noise.
        RunCloud cloud = RunCloud.run(wild, 6, () -> false);
        int[] lengths = cloud.runs().stream().mapToInt(Trajectory::length).sorted().toArray();
        assertThat(cloud.runs()).allMatch(Trajectory::diverged);
        assertThat(lengths[0]).isLessThan(lengths[5]);
        assertThat(cloud.length()).isEqualTo(lengths[5]);
        int t = lengths[0];
        double[] alive = cloud.runs().stream().filter(r -> r.length() > t).mapToDouble(r -> r.x(t)).toArray();
        assertThat(cloud.meanX(t)).isEqualTo(Arrays.stream(alive).average().orElseThrow());
    }

    @Test
    void quantilesInterpolateLikeNumpy() {
        double[] sorted = {1, 2, 3, 4, 10};
        assertThat(RunCloud.quantile(sorted, 5, 0.5)).isEqualTo(3);
        assertThat(RunCloud.quantile(sorted, 5, 0.9)).isCloseTo(4 + 0.6 * 6, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(RunCloud.quantile(sorted, 1, 0.1)).isEqualTo(1);
        assertThat(RunCloud.quantile(sorted, 0, 0.5)).isNaN();
    }

    @Test
    void aCancelledCloudIsNullAndASizeOutOfRangeIsRefused() {
        assertThat(RunCloud.run(SPEC, 8, () -> true)).isNull();
        assertThatThrownBy(() -> RunCloud.run(SPEC, 0, () -> false)).hasMessage("a cloud has 1 to 64 runs, got 0");
        assertThatThrownBy(() -> RunCloud.run(SPEC, 65, () -> false)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Surface surface(String formula) {
        try {
            return Surface.parse(formula);
        } catch (dev.optimizerplayground.core.surface.SurfaceParseException e) {
            throw new AssertionError(e);
        }
    }
}
