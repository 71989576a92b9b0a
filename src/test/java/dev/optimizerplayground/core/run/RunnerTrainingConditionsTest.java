package dev.optimizerplayground.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.surface.SurfaceParseException;
import dev.optimizerplayground.core.training.GradientNoise;
import dev.optimizerplayground.core.training.Schedule;
import org.junit.jupiter.api.Test;

/** Runs under noisy gradients and learning-rate schedules. */
class RunnerTrainingConditionsTest {

    private static final Surface VALLEY = parse("x^2 + 10*y^2");
    private static final Point START = new Point(-4, 2);
    private static final GradientNoise NOISE = new GradientNoise(0.5, 11);

    @Test
    void sgdStepsAlongTheSampleGradient() {
        double eta = 0.02;
        Trajectory t = Runner.run(spec(OptimizerKind.SGD, eta, 50).withNoise(NOISE));
        assertThat(t.noisy()).isTrue();
        for (int k = 1; k < t.length(); k++) {
            assertThat(t.x(k)).isEqualTo(t.x(k - 1) - eta * t.sampleGradX(k - 1));
            assertThat(t.y(k)).isEqualTo(t.y(k - 1) - eta * t.sampleGradY(k - 1));
        }
        // The exact gradient is kept beside the sample one.
        assertThat(t.gradX(3)).isEqualTo(2 * t.x(3));
        assertThat(t.sampleGradX(3)).isNotEqualTo(t.gradX(3));
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnotherSeedAnother() {
        RunSpec spec = spec(OptimizerKind.RMSPROP, 0.05, 200).withNoise(NOISE);
        Trajectory a = Runner.run(spec);
        Trajectory b = Runner.run(spec);
        Trajectory other = Runner.run(spec.withNoise(NOISE.withSeed(12)));
        for (int k = 0; k < a.length(); k++) {
            assertThat(a.x(k)).isEqualTo(b.x(k));
            assertThat(a.sampleGradY(k)).isEqualTo(b.sampleGradY(k));
        }
        assertThat(other.x(200)).isNotEqualTo(a.x(200));
    }

    @Test
    void everyOptimizerSeesTheSameNoiseForTheSameSeed() {
        Trajectory sgd = Runner.run(spec(OptimizerKind.SGD, 0.02, 100).withNoise(NOISE));
        Trajectory adam = Runner.run(spec(OptimizerKind.ADAM, 0.1, 100).withNoise(NOISE));
        for (int k = 0; k < 100; k++) {
            // Common random numbers: the noise itself (sample − exact) is identical, step by step.
            assertThat(adam.sampleGradX(k) - adam.gradX(k)).isCloseTo(sgd.sampleGradX(k) - sgd.gradX(k),
                    org.assertj.core.data.Offset.offset(1e-12));
            assertThat(adam.sampleGradY(k) - adam.gradY(k)).isCloseTo(sgd.sampleGradY(k) - sgd.gradY(k),
                    org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void exactGradientsAndAConstantScheduleChangeNothing() {
        RunSpec plain = spec(OptimizerKind.ADAM, 0.1, 300);
        Trajectory a = Runner.run(plain);
        Trajectory b = Runner.run(plain.withNoise(new GradientNoise(0, 99)).withSchedule(Schedule.parse("constant")));
        assertThat(b.noisy()).isFalse();
        for (int k = 0; k < a.length(); k++) {
            assertThat(b.x(k)).isEqualTo(a.x(k));
            assertThat(Double.doubleToRawLongBits(b.lrY(k))).isEqualTo(Double.doubleToRawLongBits(a.lrY(k)));
            assertThat(b.sampleGradX(k)).isEqualTo(a.gradX(k));
        }
    }

    @Test
    void updateTUsesTheScheduledRateAndRowTShowsIt() {
        double eta = 0.04;
        Schedule schedule = new Schedule.StepDecay(5, 0.5).withWarmup(3);
        Trajectory t = Runner.run(spec(OptimizerKind.SGD, eta, 20).withSchedule(schedule));
        for (int k = 1; k <= 20; k++) {
            double rate = schedule.rate(eta, k);
            assertThat(t.lrX(k)).isEqualTo(rate);
            assertThat(t.x(k)).isEqualTo(t.x(k - 1) - rate * t.gradX(k - 1));
        }
        assertThat(t.lrX(1)).isEqualTo(eta / 3);
        assertThat(t.lrX(9)).isEqualTo(eta / 2);
    }

    @Test
    void aScheduleScalesTheAdaptiveRateToo() {
        double eta = 0.1;
        Schedule exp = new Schedule.Exponential(0.9);
        Trajectory plain = Runner.run(spec(OptimizerKind.RMSPROP, eta, 1));
        Trajectory scheduled = Runner.run(spec(OptimizerKind.RMSPROP, eta, 2).withSchedule(exp));
        // Update 1 is the same (γ⁰ = 1); update 2's η_eff carries the factor 0.9.
        assertThat(scheduled.x(1)).isEqualTo(plain.x(1));
        RunSpec second = spec(OptimizerKind.RMSPROP, eta, 2);
        Trajectory unscheduled = Runner.run(second);
        assertThat(scheduled.lrX(2)).isCloseTo(0.9 * unscheduled.lrX(2), org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void convergenceIsJudgedOnTheExactGradient() {
        Trajectory t = Runner.run(spec(OptimizerKind.SGD, 0.05, 2000).withNoise(new GradientNoise(1e-3, 3)));
        // With noise the run never reaches |∇f| < 1e-6 exactly at rest, but it must not be fooled
        // into convergence by a small sample gradient either: whatever it reports, the exact gradient agrees.
        t.convergedAt().ifPresent(k -> assertThat(Math.hypot(t.gradX(k), t.gradY(k))).isLessThan(1e-6));
        assertThat(t.status()).isEqualTo(RunStatus.FINISHED);
    }

    private static RunSpec spec(OptimizerKind kind, double eta, int steps) {
        OptimizerConfig config = OptimizerConfig.defaults(kind, Convention.TEXTBOOK).withLearningRate(eta);
        return new RunSpec(VALLEY, config, START, steps);
    }

    private static Surface parse(String formula) {
        try {
            return Surface.parse(formula);
        } catch (SurfaceParseException e) {
            throw new AssertionError(e);
        }
    }
}
