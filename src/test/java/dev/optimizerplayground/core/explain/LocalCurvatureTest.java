package dev.optimizerplayground.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.optimizerplayground.core.surface.Surface;
import org.junit.jupiter.api.Test;

class LocalCurvatureTest {

    private static LocalCurvature at(String formula, double x, double y) throws Exception {
        return LocalCurvature.at(Surface.parse(formula).newHessianEvaluator(), x, y);
    }

    @Test
    void theElongatedValleysSgdLimitIsExactlyOneTenthEverywhere() throws Exception {
        for (double[] point : new double[][] {{-4, 2}, {0, 0}, {3.5, -1}}) {
            LocalCurvature c = at("x^2 + 10*y^2", point[0], point[1]);
            assertThat(c.lambdaMax()).isEqualTo(20.0);
            assertThat(c.lambdaMin()).isEqualTo(2.0);
            assertThat(c.conditionNumber()).isEqualTo(10.0);
            assertThat(c.sgdStabilityLimit()).isEqualTo(0.1);
            assertThat(c.lambdaMaxAngle()).isCloseTo(Math.PI / 2, within(1e-15));
        }
    }

    @Test
    void newtonsStepLandsOnAQuadraticsMinimum() throws Exception {
        LocalCurvature c = at("(x - 1)^2 + 3*(y + 2)^2 + x*y", -4, 2);
        double[] step = c.newtonStep();
        LocalCurvature there = at("(x - 1)^2 + 3*(y + 2)^2 + x*y", -4 + step[0], 2 + step[1]);
        assertThat(there.gradX()).isCloseTo(0, within(1e-12));
        assertThat(there.gradY()).isCloseTo(0, within(1e-12));
    }

    @Test
    void aRotatedValleyHasItsEigenvaluesAndDirection() throws Exception {
        // H = [[11, 9], [9, 11]]: eigenvalues 20 along (1, 1) and 2 along (1, −1)
        LocalCurvature c = at("5.5*x^2 + 9*x*y + 5.5*y^2", 0.3, 0.7);
        assertThat(c.lambdaMax()).isCloseTo(20, within(1e-12));
        assertThat(c.lambdaMin()).isCloseTo(2, within(1e-12));
        assertThat(c.lambdaMaxAngle()).isCloseTo(Math.PI / 4, within(1e-12));
    }

    @Test
    void aSaddleHasNoConditionNumberAndAConcaveRidgeNoSgdLimit() throws Exception {
        LocalCurvature saddle = at("x^2 - y^2", 1, 1);
        assertThat(saddle.lambdaMin()).isEqualTo(-2.0);
        assertThat(saddle.conditionNumber()).isNaN();
        assertThat(saddle.sgdStabilityLimit()).isEqualTo(1.0);
        assertThat(at("-(x^2) - y^2", 1, 1).sgdStabilityLimit()).isNaN();
        assertThat(at("x + y", 1, 1).newtonStep()).containsOnly(Double.NaN);
    }

    @Test
    void stepCurvatureIsTheRateTimesTheDiagonal() throws Exception {
        LocalCurvature c = at("x^2 + 10*y^2", 1, 1);
        assertThat(c.stepCurvature(0, 0.5)).isEqualTo(1.0);
        assertThat(c.stepCurvature(1, 0.5)).isEqualTo(10.0);
    }

    @Test
    void stepCurvatureAlongARunIsTheRateTimesTheDiagonalAtTheStepsStart() throws Exception {
        var config = dev.optimizerplayground.core.optimizer.OptimizerConfig.defaults(
                dev.optimizerplayground.core.optimizer.OptimizerKind.RMSPROP,
                dev.optimizerplayground.core.optimizer.Convention.TEXTBOOK).withLearningRate(0.1);
        var trajectory = dev.optimizerplayground.core.run.Runner.run(new dev.optimizerplayground.core.run.RunSpec(
                Surface.parse("x^2 + 10*y^2"), config, new dev.optimizerplayground.core.surface.Point(-4, 2), 10));
        double[][] columns = StepCurvature.of(trajectory);
        assertThat(columns[0][0]).isNaN();
        for (int t = 1; t <= 10; t++) {
            assertThat(columns[0][t]).isEqualTo(trajectory.lrX(t) * 2);
            assertThat(columns[1][t]).isEqualTo(trajectory.lrY(t) * 20);
        }
    }
}
