package dev.optimizerplayground.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.Hyperparameter;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.run.StepLimits;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Presets;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** The playground as a plain value: no toolkit, no model. */
class PlaygroundStateTest {

    private final PlaygroundState initial = PlaygroundState.initial();

    @Test
    void fewerStepsThanTheStepOnScreenShowTheLastStepInsteadOfFailing() {
        PlaygroundState long500 = initial.withSteps(500).withCurrentStep(300);
        PlaygroundState short200 = long500.withSteps(200);
        assertThat(short200.currentStep()).isEqualTo(200);
        assertThat(ScenarioForm.toScenario(short200).currentStep()).isEqualTo(200);
        assertThat(initial.withCurrentStep(-5).currentStep()).isZero();
    }

    @Test
    void aRefusedValueNamesItselfAndLeavesTheStateAsItWas() {
        assertThatThrownBy(() -> initial.withSteps(StepLimits.MAX_PLAYGROUND_STEPS + 1))
                .hasMessage("steps must be between 0 and 100000, got 100001");
        assertThatThrownBy(() -> initial.withSharedLearningRate(0))
                .hasMessage("shared learning rate must be a finite number > 0, got 0");
        assertThatThrownBy(() -> initial.withStart(new Point(Double.NaN, 0)))
                .hasMessageStartingWith("start must be two finite numbers");
        OptimizerConfig adam = OptimizerConfig.defaults(OptimizerKind.ADAM, Convention.TEXTBOOK);
        assertThatThrownBy(() -> initial.withLaneConfig(OptimizerLane.SGD, adam))
                .hasMessage("lane 'sgd' runs SGD, but its config is for adam");
        assertThatThrownBy(() -> initial.withLaneConfig(OptimizerLane.SGD,
                Hyperparameter.LEARNING_RATE.with(initial.lane(OptimizerLane.SGD).config(), -1)))
                .hasMessageContaining("learning rate");
        assertThat(initial).isEqualTo(PlaygroundState.initial());
    }

    @Test
    void editsReturnNewStatesAndEqualStatesAreEqual() {
        PlaygroundState edited = initial.withLaneEnabled(OptimizerLane.NADAM, true).withStart(new Point(1, 2));
        assertThat(edited).isNotEqualTo(initial);
        assertThat(edited.withLaneEnabled(OptimizerLane.NADAM, false).withStart(initial.start())).isEqualTo(initial);
        assertThat(initial.withCurrentStep(50).withPlaybackSpeed(400).withoutPlayback())
                .as("playing is not an edit").isEqualTo(initial.withoutPlayback());
    }

    @Test
    void aPresetBringsItsSurfaceWindowStartAndMinimaUntilItsFormulaIsEdited() throws Exception {
        var rosenbrock = Presets.byId("rosenbrock").orElseThrow();
        PlaygroundState state = initial.withPreset(rosenbrock);
        assertThat(state.surface().formula()).isEqualTo(rosenbrock.formula());
        assertThat(state.window()).isEqualTo(rosenbrock.window());
        assertThat(state.start()).isEqualTo(rosenbrock.start());
        assertThat(state.knownMinima()).isEqualTo(rosenbrock.minima());
        PlaygroundState edited = state.withSurface(dev.optimizerplayground.core.surface.Surface.parse("x^2"));
        assertThat(edited.knownMinima()).isEmpty();
        assertThat(edited.preset()).isEqualTo(rosenbrock);
    }

    @Test
    void theRunsArePureDeterministicAndFollowTheSharedLearningRate() {
        PlaygroundState shared = initial.withSharedLearningRate(0.02).withShareLearningRate(true);
        RunSet first = RunPlan.runs(shared);
        RunSet second = RunPlan.runs(shared);
        assertThat(first.runs()).extracting(RunSet.LaneRun::lane).containsExactly(
                OptimizerLane.RMSPROP, OptimizerLane.ADAGRAD, OptimizerLane.SGD, OptimizerLane.ADAM);
        for (int i = 0; i < first.runs().size(); i++) {
            var a = first.runs().get(i).trajectory();
            var b = second.runs().get(i).trajectory();
            assertThat(a.spec().optimizer().learningRate()).isEqualTo(0.02);
            assertThat(a.x(a.length() - 1)).isEqualTo(b.x(b.length() - 1));
        }
        assertThat(RunPlan.of(shared.withCurrentStep(100).withLayout(LayoutMode.SIDE_BY_SIDE)))
                .as("the view and the animation do not change the runs").isEqualTo(RunPlan.of(shared));
    }

    @Test
    void cancelledRunsStop() {
        assertThatThrownBy(() -> RunPlan.of(initial).run(() -> true)).isInstanceOf(CancellationException.class);
    }

    @Test
    void aConventionKeepsEachLanesLearningRate() {
        PlaygroundState pytorch = initial.withConvention(Convention.PYTORCH);
        OptimizerConfig rms = pytorch.lane(OptimizerLane.RMSPROP).config();
        assertThat(rms.convention()).isEqualTo(Convention.PYTORCH);
        assertThat(rms.beta()).isEqualTo(0.99);
        assertThat(rms.learningRate()).isEqualTo(initial.lane(OptimizerLane.RMSPROP).config().learningRate());
    }
}
