package dev.optimizerplayground.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.run.StepLimits;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.Preset;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.Surface;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PresetSettingsTest {

    static List<String> presets() {
        return Presets.all().stream().map(Preset::id).toList();
    }

    /** Every preset, so a new one with steep walls cannot leave a lane diverging at step 3. */
    @ParameterizedTest
    @MethodSource("presets")
    void everyLaneGoesDownhillWithoutDivergingWithThePresetsRates(String id) throws Exception {
        Preset preset = Presets.byId(id).orElseThrow();
        Surface surface = Surface.parse(preset.formula());
        for (OptimizerLane lane : OptimizerLane.values()) {
            double rate = PresetSettings.learningRate(preset, lane);
            Trajectory run = Runner.run(new RunSpec(surface, lane.initialConfig().withLearningRate(rate),
                    preset.start(), 200));

            assertThat(run.divergedAt()).as("%s on %s with η = %s", lane.id(), id, rate).isEmpty();
            assertThat(run.loss(run.length() - 1)).as("%s ends lower on %s", lane.id(), id)
                    .isLessThan(run.loss(0));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rosenbrock"})
    void pickingAPresetGivesTheLanesItsRatesAndTheOthersTheirDefaultsBack(String id) {
        Preset rosenbrock = Presets.byId(id).orElseThrow();
        PlaygroundState picked = PlaygroundState.initial().withPreset(rosenbrock).withSettingsFor(rosenbrock);
        assertThat(picked.lane(OptimizerLane.SGD).config().learningRate()).isEqualTo(0.001);
        Trajectory sgd = RunPlan.runs(picked).runs().stream().filter(r -> r.lane() == OptimizerLane.SGD)
                .findFirst().orElseThrow().trajectory();
        assertThat(sgd.divergedAt()).as("SGD on Rosenbrock no longer diverges at step 5").isEmpty();

        assertThat(picked.steps()).as("Rosenbrock's valley needs longer than the default").isEqualTo(1500);

        Preset bowl = Presets.byId("bowl").orElseThrow();
        PlaygroundState back = picked.withPreset(bowl).withSettingsFor(bowl);
        assertThat(back.lane(OptimizerLane.SGD).config().learningRate())
                .isEqualTo(OptimizerLane.SGD.initialConfig().learningRate());
        assertThat(back.steps()).isEqualTo(StepLimits.DEFAULT_STEPS);
    }
}
