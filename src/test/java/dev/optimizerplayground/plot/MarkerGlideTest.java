package dev.optimizerplayground.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Surface;
import org.junit.jupiter.api.Test;

/** The marker between two steps of a slow animation: on the segment between them, never off the run. */
class MarkerGlideTest {

    private static Trajectory sgd(String formula, double learningRate, Point start, int steps) throws Exception {
        OptimizerConfig sgd = OptimizerConfig.defaults(OptimizerKind.SGD, Convention.TEXTBOOK)
                .withLearningRate(learningRate);
        return Runner.run(new RunSpec(Surface.parse(formula), sgd, start, steps));
    }

    @Test
    void theMarkerMovesAlongTheSegmentToTheNextStepByTheFractionElapsed() throws Exception {
        Trajectory run = sgd("x^2 + 10*y^2", 0.05, new Point(-4, 2), 50);
        for (int step : new int[] {0, 1, 7, 49}) {
            assertThat(MarkerGlide.at(run, step, 0)).isEqualTo(new Point(run.x(step), run.y(step)));
            for (double fraction : new double[] {0.1, 0.25, 0.5, 0.9}) {
                Point p = MarkerGlide.at(run, step, fraction);
                assertThat(p.x()).isCloseTo(run.x(step) + fraction * (run.x(step + 1) - run.x(step)), within(1e-12));
                assertThat(p.y()).isCloseTo(run.y(step) + fraction * (run.y(step + 1) - run.y(step)), within(1e-12));
            }
            // Nearly a whole step on, it has nearly reached the next step's point: no jump there.
            Point almost = MarkerGlide.at(run, step, 0.999999);
            assertThat(Math.hypot(almost.x() - run.x(step + 1), almost.y() - run.y(step + 1)))
                    .isLessThan(1e-5 * (1 + Math.hypot(run.x(step + 1) - run.x(step), run.y(step + 1) - run.y(step))));
        }
    }

    @Test
    void atTheLastStepOrWhereTheRunEndedTheMarkerStaysPut() throws Exception {
        Trajectory run = sgd("x^2 + y^2", 0.1, new Point(1, 1), 20);
        int last = run.length() - 1;
        assertThat(MarkerGlide.at(run, last, 0.5)).isEqualTo(new Point(run.x(last), run.y(last)));
        // An animation longer than the run: every later step shows the run's last row.
        assertThat(MarkerGlide.at(run, last + 5, 0.5)).isEqualTo(new Point(run.x(last), run.y(last)));
    }

    @Test
    void aRunThrownToInfinityStaysWhereItWasLastFinite() throws Exception {
        // η·∇f overflows: the first step would land at x = +∞, so the run stops as diverged there.
        Trajectory thrown = sgd("x^2 + y^2", 1e308, new Point(-4, 2), 10);
        assertThat(thrown.diverged()).isTrue();
        for (int step = 0; step <= 10; step++) {
            assertThat(MarkerGlide.at(thrown, step, 0.5)).as("step %d", step).isEqualTo(new Point(-4, 2));
        }
    }

    @Test
    void aFractionOutsideZeroToOneMeansNoGlide() throws Exception {
        Trajectory run = sgd("x^2 + 10*y^2", 0.05, new Point(-4, 2), 10);
        Point onStep = new Point(run.x(3), run.y(3));
        for (double fraction : new double[] {-0.5, 1, 1.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThat(MarkerGlide.at(run, 3, fraction)).as("fraction %s", fraction).isEqualTo(onStep);
        }
    }
}
