package dev.optimizerplayground.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.optimizerplayground.core.explain.StepExplanation.Line;
import dev.optimizerplayground.core.explain.StepExplanation.Parameter;
import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.EpsilonPlacement;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Surface;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StepExplanationTest {

    static Stream<OptimizerConfig> variants() {
        OptimizerConfig rms = OptimizerConfig.defaults(OptimizerKind.RMSPROP, Convention.PYTORCH).withLearningRate(0.01);
        OptimizerConfig adam = OptimizerConfig.defaults(OptimizerKind.ADAM, Convention.PYTORCH).withLearningRate(0.1);
        return Stream.of(
                OptimizerConfig.defaults(OptimizerKind.SGD, Convention.PYTORCH).withLearningRate(0.01),
                OptimizerConfig.defaults(OptimizerKind.SGD, Convention.PYTORCH).withLearningRate(0.01).withMomentum(0.9),
                OptimizerConfig.defaults(OptimizerKind.SGD, Convention.PYTORCH).withLearningRate(0.01).withMomentum(0.9)
                        .withNesterov(true),
                rms, rms.withEpsilonPlacement(EpsilonPlacement.INSIDE), rms.withCentered(true).withMomentum(0.5),
                rms.withBiasCorrection(true),
                OptimizerConfig.defaults(OptimizerKind.ADAGRAD, Convention.KERAS).withLearningRate(0.5),
                adam, adam.withAmsgrad(true), OptimizerConfig.defaults(OptimizerKind.ADAM, Convention.KERAS),
                OptimizerConfig.defaults(OptimizerKind.NADAM, Convention.PYTORCH),
                OptimizerConfig.defaults(OptimizerKind.NADAM, Convention.KERAS).withEpsilonHat(true),
                OptimizerConfig.defaults(OptimizerKind.ADADELTA, Convention.PYTORCH));
    }

    private static Trajectory run(OptimizerConfig config) throws Exception {
        return Runner.run(new RunSpec(Surface.parse("x^2 + 10*y^2"), config, new Point(-4, 2), 5));
    }

    @ParameterizedTest
    @MethodSource("variants")
    void stateLinesAreTheTrajectoryColumnsAndTheStepIsTheTrajectorysStep(OptimizerConfig config) throws Exception {
        Trajectory trajectory = run(config);
        for (int t = 1; t <= trajectory.lastStep(); t++) {
            StepExplanation explanation = StepExplanation.of(trajectory, t);
            for (int p = 0; p < 2; p++) {
                Parameter parameter = explanation.parameter(p);
                for (int k = 0; k < trajectory.stateNames().size(); k++) {
                    String name = trajectory.stateNames().get(k);
                    assertThat(parameter.line(name).value()).as("%s %s", config, name)
                            .isEqualTo(trajectory.state(k, p, t));
                }
                double before = p == 0 ? trajectory.x(t - 1) : trajectory.y(t - 1);
                double after = p == 0 ? trajectory.x(t) : trajectory.y(t);
                assertThat(parameter.line("Δθ").value()).isEqualTo(after - before);
                assertThat(parameter.line("θ").value()).isEqualTo(after);
                assertThat(parameter.line("η_eff").value()).isEqualTo(p == 0 ? trajectory.lrX(t) : trajectory.lrY(t));
                assertThat(parameter.line("g").value())
                        .isEqualTo(p == 0 ? trajectory.gradX(t - 1) : trajectory.gradY(t - 1));
            }
            assertThat(explanation.latex()).contains("\\begin{align*}").doesNotContain("β", "η", "√", "·", "ε", "−");
        }
    }

    @ParameterizedTest
    @MethodSource("variants")
    void theDenominatorShownGivesTheEffectiveRate(OptimizerConfig config) throws Exception {
        Trajectory trajectory = run(config);
        Parameter x = StepExplanation.of(trajectory, 3).parameter(0);
        if (x.lines().stream().anyMatch(l -> l.name().equals("denominator"))) {
            double denominator = x.line("denominator").value();
            double rate = x.line("η_eff").value();
            double expected = config.kind() == OptimizerKind.ADAM && config.epsilonHat()
                    ? config.learningRate() * Math.sqrt(1 - Math.pow(config.beta2(), 3)) / denominator
                    : config.learningRate() / denominator;
            assertThat(rate).isCloseTo(expected, within(1e-15 * expected));
        }
    }

    @Test
    void rmsPropsFirstStepWorkedByHand() throws Exception {
        OptimizerConfig config = OptimizerConfig.defaults(OptimizerKind.RMSPROP, Convention.TEXTBOOK).withLearningRate(0.1);
        Parameter x = StepExplanation.of(run(config), 1).parameter(0);
        // g = 2·(−4) = −8; square_avg = 0.9·0 + 0.1·64; ε inside: √(6.4 + 1e-8)
        assertThat(x.line("g").value()).isEqualTo(-8.0);
        assertThat(x.line("square_avg").text()).isEqualTo("square_avg = β·square_avg + (1 − β)·g² = 0.9·0.0 + "
                + (1 - 0.9) + "·(-8.0)² = " + ((1 - 0.9) * 64));
        assertThat(x.line("denominator").value()).isEqualTo(Math.sqrt((1 - 0.9) * 64 + 1e-8));
        assertThat(x.line("η_eff").text()).startsWith("η_eff = η/denominator = 0.1/" + Math.sqrt((1 - 0.9) * 64 + 1e-8));
        assertThat(x.line("square_avg").latex()).isEqualTo("\\mathrm{square\\_avg} = \\beta \\cdot \\mathrm{square\\_avg}"
                + " + (1 - \\beta )\\cdot g^{2} = 0.9\\cdot 0.0 + " + (1 - 0.9) + "\\cdot (-8.0)^{2} = " + ((1 - 0.9) * 64));
    }

    @Test
    void theStartHasNoUpdateToExplain() throws Exception {
        Trajectory trajectory = run(OptimizerConfig.defaults(OptimizerKind.SGD, Convention.PYTORCH));
        assertThatThrownBy(() -> StepExplanation.of(trajectory, 0)).hasMessageContaining("no update produced step 0");
        assertThatThrownBy(() -> StepExplanation.of(trajectory, 6)).hasMessageContaining("steps 1..5");
    }

    @Test
    void plainTextListsEveryLineOfBothParameters() throws Exception {
        StepExplanation explanation = StepExplanation.of(run(OptimizerConfig.defaults(OptimizerKind.ADAM,
                Convention.KERAS)), 2);
        String text = explanation.text();
        assertThat(text).startsWith("adam (keras) step 2\n").contains("parameter x\n", "parameter y\n");
        for (Parameter parameter : explanation.parameters()) {
            for (Line line : parameter.lines()) {
                assertThat(text).contains("  " + line.text() + "\n");
            }
        }
        assertThat(text).contains("αₜ = η·√(1 − β₂ᵗ)/(1 − β₁ᵗ)", "ε̂");
    }
}
