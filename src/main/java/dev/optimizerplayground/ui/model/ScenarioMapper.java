package dev.optimizerplayground.ui.model;

import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.scenario.Scenario;
import dev.optimizerplayground.core.scenario.ScenarioLane;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.surface.SurfaceParseException;
import dev.optimizerplayground.plot.LevelScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Moves a view between the window's model and a {@link Scenario}, through the model's public API
 * only. Capturing then applying to a fresh model gives the same runs, bit for bit.
 */
public final class ScenarioMapper {

    private ScenarioMapper() {
    }

    /** The view as it is now; the surface is the one the runs use (a half-typed formula is not saved). */
    public static Scenario capture(PlaygroundModel model) {
        return capture(model, "", "");
    }

    public static Scenario capture(PlaygroundModel model, String title, String description) {
        List<ScenarioLane> lanes = new ArrayList<>();
        for (OptimizerSlot slot : model.slots()) {
            lanes.add(new ScenarioLane(slot.lane().id(), slot.isEnabled(), slot.config()));
        }
        String presetId = model.presetProperty().get() == null ? "" : model.presetProperty().get().id();
        int steps = model.stepsProperty().get();
        // Captured from an invalidation listener on the steps (which JavaFX runs before the model's
        // change listener moves the playback back within them), the step on screen can still lie
        // beyond fewer steps just typed; the playback is about to clamp it to them, and so does this.
        int currentStep = Math.max(0, Math.min(model.playback().step(), steps));
        return new Scenario(title, description, model.surface().formula(), presetId, model.window(),
                model.start(), steps,
                model.levelScaleProperty().get().name().toLowerCase(Locale.ROOT),
                model.layoutProperty().get().id(), currentStep,
                model.shareLearningRateProperty().get(), model.sharedLearningRateProperty().get(), lanes);
    }

    /**
     * Puts the scenario on screen. Everything is checked before the model is touched, so a bad
     * scenario leaves the current view as it was.
     *
     * @throws IllegalArgumentException for an unknown lane id, or a lane whose configuration is for
     *     another optimizer ("lane 'sgd' runs SGD, but its config is for adam")
     */
    public static void apply(Scenario scenario, PlaygroundModel model) {
        List<OptimizerConfig> configs = new ArrayList<>();
        List<Boolean> enabled = new ArrayList<>();
        for (OptimizerLane lane : OptimizerLane.values()) {
            Optional<ScenarioLane> given = scenario.lane(lane.id());
            OptimizerConfig config = given.map(ScenarioLane::config).orElse(null);
            if (config != null && config.kind() != lane.kind()) {
                throw new IllegalArgumentException("lane '" + lane.id() + "' runs " + lane.kind().displayName()
                        + ", but its config is for " + config.kind().id());
            }
            configs.add(config != null ? config : lane.initialConfig());
            enabled.add(given.map(ScenarioLane::enabled).orElse(false));
        }
        for (ScenarioLane lane : scenario.lanes()) {
            OptimizerLane.fromId(lane.id()); // throws "unknown optimizer lane 'foo'"
        }
        LevelScale levelScale = LevelScale.valueOf(scenario.levelScale().toUpperCase(Locale.ROOT));
        LayoutMode layout = LayoutMode.fromId(scenario.layout());

        try {
            Surface.parse(scenario.formula());
        } catch (SurfaceParseException e) {
            throw new IllegalArgumentException("surface: " + e.getMessage(), e);
        }

        model.changeTogether(() -> {
            model.presetProperty().set(Presets.byId(scenario.presetId()).orElse(null));
            model.formulaProperty().set(scenario.formula());
            model.windowProperty().set(scenario.window());
            model.startProperty().set(scenario.start());
            model.stepsProperty().set(scenario.steps());
            model.sharedLearningRateProperty().set(scenario.sharedLearningRate());
            model.shareLearningRateProperty().set(scenario.shareLearningRate());
            for (OptimizerLane lane : OptimizerLane.values()) {
                OptimizerSlot slot = model.slot(lane);
                slot.setConfig(configs.get(lane.ordinal()));
                slot.enabledProperty().set(enabled.get(lane.ordinal()));
            }
            model.levelScaleProperty().set(levelScale);
            model.layoutProperty().set(layout);
            model.playback().pause();
            model.playback().stepProperty().set(scenario.currentStep());
        });
    }
}
