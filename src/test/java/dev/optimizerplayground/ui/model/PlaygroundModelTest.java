package dev.optimizerplayground.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.EpsilonPlacement;
import dev.optimizerplayground.core.optimizer.Hyperparameter;
import dev.optimizerplayground.core.optimizer.Switch;
import dev.optimizerplayground.core.run.StepLimits;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.session.RunSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The window's view model, run synchronously: no JavaFX toolkit needed. */
class PlaygroundModelTest {

    private final PlaygroundModel model = new PlaygroundModel(BackgroundWork.SAME_THREAD);

    @Test
    void firstRunRacesTheFourClassicOptimizersOnTheElongatedValley() {
        assertThat(model.presetProperty().get().id()).isEqualTo("elongated-valley");
        assertThat(model.formulaProperty().get()).isEqualTo("x^2 + 10*y^2");
        assertThat(lanes(model.runs())).containsExactly(
                OptimizerLane.RMSPROP, OptimizerLane.ADAGRAD, OptimizerLane.SGD, OptimizerLane.ADAM);
        assertThat(model.runs().runs()).allSatisfy(run ->
                assertThat(run.trajectory().length()).isEqualTo(StepLimits.DEFAULT_STEPS + 1));
    }

    @Test
    void aTypoKeepsTheLastGoodSurfaceAndSaysWhatAndWhere() {
        model.formulaProperty().set("x^2 + y^2");
        RunSet good = model.runs();

        model.formulaProperty().set("x^2 + z");

        assertThat(model.surface().formula()).isEqualTo("x^2 + y^2");
        assertThat(model.formulaErrorProperty().get()).contains("'z'");
        assertThat(model.formulaErrorPositionProperty().get()).isEqualTo(6);
        assertThat(model.runs()).isSameAs(good);

        model.formulaProperty().set("x^2 + 3*y^2");
        assertThat(model.formulaErrorProperty().get()).isEmpty();
        assertThat(model.runs()).isNotSameAs(good);
    }

    @Test
    void movingASliderRecomputesTheRun() {
        OptimizerSlot rms = model.slot(OptimizerLane.RMSPROP);
        Trajectory before = runOf(OptimizerLane.RMSPROP);

        rms.value(Hyperparameter.BETA).set(0.5);

        assertThat(rms.config().beta()).isEqualTo(0.5);
        Trajectory after = runOf(OptimizerLane.RMSPROP);
        assertThat(after.x(10)).isNotEqualTo(before.x(10));
    }

    @Test
    void anInvalidValueIsRefusedAndExplained() {
        OptimizerSlot rms = model.slot(OptimizerLane.RMSPROP);
        rms.value(Hyperparameter.LEARNING_RATE).set(-1);

        assertThat(rms.errorProperty().get()).contains("learning rate");
        assertThat(rms.value(Hyperparameter.LEARNING_RATE).get()).isEqualTo(0.1);
        assertThat(rms.config().learningRate()).isEqualTo(0.1);
    }

    @Test
    void switchesChangeTheFormula() {
        OptimizerSlot rms = model.slot(OptimizerLane.RMSPROP);
        assertThat(rms.config().epsilonPlacement()).isEqualTo(EpsilonPlacement.INSIDE);
        rms.switchValue(Switch.EPSILON_INSIDE).set(false);
        assertThat(rms.config().epsilonPlacement()).isEqualTo(EpsilonPlacement.OUTSIDE);
    }

    @Test
    void aConventionSetsFormsButKeepsTheLearningRate() {
        model.applyConvention(Convention.PYTORCH);
        OptimizerSlot rms = model.slot(OptimizerLane.RMSPROP);
        assertThat(rms.config().convention()).isEqualTo(Convention.PYTORCH);
        assertThat(rms.config().epsilonPlacement()).isEqualTo(EpsilonPlacement.OUTSIDE);
        assertThat(rms.config().beta()).isEqualTo(0.99);
        assertThat(rms.config().learningRate()).isEqualTo(0.1);
        assertThat(rms.value(Hyperparameter.BETA).get()).isEqualTo(0.99);
    }

    @Test
    void theSharedLearningRateOverridesEachLanes() {
        model.sharedLearningRateProperty().set(0.02);
        model.shareLearningRateProperty().set(true);
        assertThat(model.runs().runs()).allSatisfy(run ->
                assertThat(run.trajectory().spec().optimizer().learningRate()).isEqualTo(0.02));
    }

    @Test
    void movingTheStartRestartsEveryTrajectoryThere() {
        model.startProperty().set(new Point(3, -1));
        assertThat(model.runs().runs()).allSatisfy(run -> {
            assertThat(run.trajectory().x(0)).isEqualTo(3.0);
            assertThat(run.trajectory().y(0)).isEqualTo(-1.0);
        });
    }

    @Test
    void enablingALaneAddsItsRun() {
        model.slot(OptimizerLane.NADAM).enabledProperty().set(true);
        model.slot(OptimizerLane.SGD).enabledProperty().set(false);
        assertThat(lanes(model.runs())).containsExactly(
                OptimizerLane.RMSPROP, OptimizerLane.ADAGRAD, OptimizerLane.ADAM, OptimizerLane.NADAM);
    }

    @Test
    void choosingAPresetMovesFormulaWindowAndStart() {
        var rosenbrock = Presets.byId("rosenbrock").orElseThrow();
        model.windowProperty().set(new dev.optimizerplayground.core.surface.ViewWindow(-1, 1, -1, 1));
        model.selectPreset(rosenbrock);
        assertThat(model.formulaProperty().get()).isEqualTo(rosenbrock.formula());
        assertThat(model.window()).isEqualTo(rosenbrock.window());
        assertThat(model.start()).isEqualTo(rosenbrock.start());

        model.windowProperty().set(new dev.optimizerplayground.core.surface.ViewWindow(-1, 1, -1, 1));
        model.fit();
        assertThat(model.window()).isEqualTo(rosenbrock.window());
    }

    @Test
    void changesMadeTogetherComputeTheRunsOnceAfterAllOfThem() {
        int[] computations = {0};
        BackgroundWork counting = new BackgroundWork() {
            @Override
            public <T> void submit(java.util.function.Supplier<T> work, java.util.function.Consumer<T> onDone,
                                   java.util.function.Consumer<Throwable> onError) {
                computations[0]++;
                BackgroundWork.SAME_THREAD.submit(work, onDone, onError);
            }
        };
        PlaygroundModel counted = new PlaygroundModel(counting);
        computations[0] = 0;

        counted.update(s -> s.withStart(new Point(1, 1))
                .withSteps(50)
                .withLaneEnabled(OptimizerLane.NADAM, true)
                .withLaneConfig(OptimizerLane.RMSPROP, Hyperparameter.BETA.with(
                        s.lane(OptimizerLane.RMSPROP).config(), 0.5)));

        assertThat(computations[0]).isEqualTo(1);
        Trajectory rms = counted.runs().runs().get(0).trajectory();
        assertThat(rms.length()).isEqualTo(51);
        assertThat(rms.x(0)).isEqualTo(1.0);
        assertThat(rms.spec().optimizer().beta()).isEqualTo(0.5);
        assertThat(counted.runs().runs()).hasSize(5);
    }

    @Test
    void choosingAPresetRestartsTheRaceFromStepZero() {
        model.playback().stepProperty().set(120);
        model.selectPreset(Presets.byId("himmelblau").orElseThrow());
        assertThat(model.playback().step()).isZero();
        assertThat(model.playback().isPlaying()).isTrue();
    }

    @Test
    void playbackStaysOnTheSameStepWhenRunsChangeAndClampsToTheBudget() {
        PlaybackModel playback = model.playback();
        playback.stepProperty().set(150);
        model.slot(OptimizerLane.ADAM).value(Hyperparameter.BETA1).set(0.5);
        assertThat(playback.step()).isEqualTo(150);
        model.stepsProperty().set(100);
        assertThat(playback.step()).isEqualTo(100);
    }

    @Test
    void playbackAdvancesWithTimeAndStopsAtTheEnd() {
        PlaybackModel playback = model.playback();
        playback.stepsPerSecondProperty().set(60);
        playback.togglePlay();
        playback.advance(0.5);
        assertThat(playback.step()).isEqualTo(30);
        // fractions accumulate: 60 frames of 1/120 s make 30 more steps
        for (int i = 0; i < 60; i++) {
            playback.advance(1.0 / 120);
        }
        assertThat(playback.step()).isEqualTo(60);
        playback.advance(100);
        assertThat(playback.step()).isEqualTo(StepLimits.DEFAULT_STEPS);
        assertThat(playback.isPlaying()).isFalse();

        playback.togglePlay();
        assertThat(playback.step()).isZero();
        playback.stepForward();
        assertThat(playback.isPlaying()).isFalse();
        assertThat(playback.step()).isEqualTo(1);
        playback.stepBack();
        playback.stepBack();
        assertThat(playback.step()).isZero();
    }

    private Trajectory runOf(OptimizerLane lane) {
        return model.runs().runs().stream().filter(r -> r.lane() == lane).findFirst().orElseThrow().trajectory();
    }

    private static List<OptimizerLane> lanes(RunSet runs) {
        return runs.runs().stream().map(RunSet.LaneRun::lane).toList();
    }
}
