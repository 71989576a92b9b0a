package dev.optimizerplayground.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.Surface;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RunnerTest {

    private static final Surface BOWL = parse("x^2 + y^2");

    @Test
    void recordsStartThenEveryStepOfSgdOnABowl() {
        OptimizerConfig sgd = OptimizerConfig.defaults(OptimizerKind.SGD, Convention.TEXTBOOK).withLearningRate(0.1);
        Trajectory t = Runner.run(new RunSpec(BOWL, sgd, new Point(1, -2), 3));

        assertThat(t.length()).isEqualTo(4);
        assertThat(t.status()).isEqualTo(RunStatus.FINISHED);
        // θ ← θ − 0.1·2θ = 0.8·θ each step
        assertThat(t.x(0)).isEqualTo(1.0);
        assertThat(t.x(1)).isEqualTo(1 - 0.1 * 2);
        assertThat(t.y(2)).isEqualTo(-1.6 - 0.1 * 2 * -1.6);
        assertThat(t.loss(1)).isEqualTo(0.8 * 0.8 + 1.6 * 1.6);
        assertThat(t.gradX(1)).isEqualTo(2 * 0.8);
        assertThat(t.gradY(1)).isEqualTo(2 * -1.6);
        assertThat(t.lrX(0)).isNaN();
        assertThat(t.lrX(1)).isEqualTo(0.1);
        assertThat(t.lrY(3)).isEqualTo(0.1);
    }

    @Test
    void sameSpecGivesTheSameTrajectoryBitForBit() {
        RunSpec spec = new RunSpec(parse("(1-x)^2 + 100*(y-x^2)^2"),
                OptimizerConfig.defaults(OptimizerKind.ADAM, Convention.PYTORCH).withLearningRate(0.01),
                new Point(-1.5, 2), 500);
        Trajectory a = Runner.run(spec);
        Trajectory b = Runner.run(spec);
        for (int t = 0; t < a.length(); t++) {
            assertThat(Double.doubleToRawLongBits(a.x(t))).isEqualTo(Double.doubleToRawLongBits(b.x(t)));
            assertThat(Double.doubleToRawLongBits(a.y(t))).isEqualTo(Double.doubleToRawLongBits(b.y(t)));
        }
    }

    @Test
    void divergingRunStopsAndKeepsWhatCameBefore() {
        // SGD with η = 10 on x²: x ← x − 20x = −19x, overflowing to infinity after about 240 steps.
        OptimizerConfig sgd = OptimizerConfig.defaults(OptimizerKind.SGD, Convention.TEXTBOOK).withLearningRate(10);
        Trajectory t = Runner.run(new RunSpec(BOWL, sgd, new Point(1, 1), 1000));

        assertThat(t.status()).isEqualTo(RunStatus.DIVERGED);
        int divergedAt = t.divergedAt().orElseThrow();
        assertThat(divergedAt).isBetween(100, 300);
        assertThat(t.length()).isEqualTo(divergedAt);
        for (int s = 0; s < t.length(); s++) {
            assertThat(t.loss(s)).isFinite();
            assertThat(t.x(s)).isFinite();
        }
        assertThat(Math.abs(t.x(t.lastStep()))).isGreaterThan(1e100);
    }

    @Test
    void startWhereTheSurfaceIsUndefinedDivergesAtStepZero() {
        Trajectory t = Runner.run(new RunSpec(parse("log(x) + y^2"),
                OptimizerConfig.defaults(OptimizerKind.RMSPROP, Convention.TEXTBOOK), new Point(-1, 0), 10));
        assertThat(t.diverged()).isTrue();
        assertThat(t.divergedAt()).hasValue(0);
        assertThat(t.length()).isZero();
    }

    @Test
    void convergenceIsRecordedButTheRunGoesOn() {
        OptimizerConfig sgd = OptimizerConfig.defaults(OptimizerKind.SGD, Convention.TEXTBOOK).withLearningRate(0.25);
        Trajectory t = Runner.run(new RunSpec(BOWL, sgd, new Point(1, 1), 200, 1e-3));
        // x ← 0.5·x, |∇f| = 2√2·0.5ᵗ < 1e-3 first at t = 12
        assertThat(t.convergedAt()).hasValue(12);
        assertThat(t.length()).isEqualTo(201);
        assertThat(t.status()).isEqualTo(RunStatus.FINISHED);
    }

    @Test
    void zeroStepsRecordsOnlyTheStart() {
        Trajectory t = Runner.run(new RunSpec(BOWL,
                OptimizerConfig.defaults(OptimizerKind.ADAGRAD, Convention.PYTORCH), new Point(3, 4), 0));
        assertThat(t.length()).isEqualTo(1);
        assertThat(t.loss(0)).isEqualTo(25.0);
        assertThat(t.state(0, 0, 0)).isEqualTo(0.0);
    }

    @Test
    void stateOfRmsPropIsTheRunningAverageOfSquaredGradients() {
        OptimizerConfig rms = OptimizerConfig.defaults(OptimizerKind.RMSPROP, Convention.TEXTBOOK)
                .withBeta(0.9).withLearningRate(0.01);
        Trajectory t = Runner.run(new RunSpec(BOWL, rms, new Point(1, 2), 1));
        assertThat(t.stateNames().get(0)).isEqualTo("square_avg");
        // E[g²]₁ = 0.1·g₀², with g₀ = ∇f(1, 2) = (2, 4)
        assertThat(t.state(0, 0, 1)).isCloseTo(0.1 * 4, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(t.state(0, 1, 1)).isCloseTo(0.1 * 16, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void aLongRosenbrockRunCompletes() {
        Trajectory t = Runner.run(new RunSpec(Presets.byId("rosenbrock").map(p -> parse(p.formula())).orElseThrow(),
                OptimizerConfig.defaults(OptimizerKind.RMSPROP, Convention.TEXTBOOK).withLearningRate(1e-3),
                new Point(-1.5, 2), 100_000));
        assertThat(t.length()).isEqualTo(100_001);
        assertThat(t.loss(t.lastStep())).isLessThan(t.loss(0));
    }

    /**
     * With the smallest ε an accumulator of 0 makes η/ε overflow to ∞; a zero gradient must still
     * be a zero step (0·∞ is NaN), so a run started at the minimum stays there.
     */
    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void aZeroGradientIsAZeroStepEvenWhenTheRateOverflows(OptimizerKind kind) {
        for (Convention convention : Convention.values()) {
            OptimizerConfig config = OptimizerConfig.defaults(kind, convention).withEpsilon(Double.MIN_VALUE);
            for (OptimizerConfig variant : java.util.List.of(config, config.withEpsilonHat(true),
                    config.withAmsgrad(true), config.withMomentum(0.9))) {
                Trajectory atMinimum = Runner.run(new RunSpec(BOWL, variant, new Point(0, 0), 5));
                assertThat(atMinimum.status()).as("%s", variant).isNotEqualTo(RunStatus.DIVERGED);
                assertThat(atMinimum.length()).isEqualTo(6);
                for (int t = 0; t < atMinimum.length(); t++) {
                    assertThat(atMinimum.x(t)).as("%s x at %d", variant, t).isZero();
                    assertThat(atMinimum.y(t)).as("%s y at %d", variant, t).isZero();
                }
                Trajectory onAnAxis = Runner.run(new RunSpec(BOWL, variant, new Point(0, 0.5), 1));
                assertThat(onAnAxis.x(1)).as("%s x stays on its axis", variant).isZero();
            }
        }
    }

    @Test
    void outcomeEqualsTheLastRowOfTheFullRunBitForBit() {
        Surface rosenbrock = parse("(1-x)^2 + 100*(y-x^2)^2");
        RunSpec[] specs = {
            new RunSpec(rosenbrock, OptimizerConfig.defaults(OptimizerKind.ADAM, Convention.KERAS).withLearningRate(0.05),
                    new Point(-1.5, 2), 700),
            new RunSpec(BOWL, OptimizerConfig.defaults(OptimizerKind.SGD, Convention.TEXTBOOK).withLearningRate(0.25),
                    new Point(1, 1), 200, 1e-3),
            new RunSpec(BOWL, OptimizerConfig.defaults(OptimizerKind.SGD, Convention.TEXTBOOK).withLearningRate(10),
                    new Point(1, 1), 1000),
            new RunSpec(parse("log(x) + y^2"), OptimizerConfig.defaults(OptimizerKind.RMSPROP, Convention.TEXTBOOK),
                    new Point(-1, 0), 10)};
        for (RunSpec spec : specs) {
            Trajectory full = Runner.run(spec);
            RunOutcome outcome = Runner.outcome(spec);
            assertThat(outcome.status()).isEqualTo(full.status());
            assertThat(outcome.length()).isEqualTo(full.length());
            assertThat(outcome.convergedStep()).isEqualTo(full.convergedAt().orElse(-1));
            assertThat(outcome.divergedStep()).isEqualTo(full.divergedAt().orElse(-1));
            if (full.length() == 0) {
                assertThat(outcome.finalLoss()).isNaN();
            } else {
                int last = full.lastStep();
                assertThat(Double.doubleToRawLongBits(outcome.endX())).isEqualTo(Double.doubleToRawLongBits(full.x(last)));
                assertThat(Double.doubleToRawLongBits(outcome.endY())).isEqualTo(Double.doubleToRawLongBits(full.y(last)));
                assertThat(Double.doubleToRawLongBits(outcome.finalLoss()))
                        .isEqualTo(Double.doubleToRawLongBits(full.loss(last)));
            }
        }
    }

    @Test
    void badSpecsAreRejectedWithAClearMessage() {
        OptimizerConfig sgd = OptimizerConfig.defaults(OptimizerKind.SGD, Convention.TEXTBOOK);
        assertThatThrownBy(() -> new RunSpec(BOWL, sgd, new Point(0, 0), -1))
                .hasMessage("steps must be between 0 and 1000000, got -1");
        assertThatThrownBy(() -> new RunSpec(BOWL, sgd, new Point(Double.NaN, 0), 5))
                .hasMessageContaining("start point must be two finite numbers");
        assertThatThrownBy(() -> new RunSpec(BOWL, sgd.withLearningRate(-1), new Point(0, 0), 5))
                .hasMessageContaining("learning rate");
    }

    private static Surface parse(String formula) {
        try {
            return Surface.parse(formula);
        } catch (dev.optimizerplayground.core.surface.SurfaceParseException e) {
            throw new AssertionError(e);
        }
    }
}
