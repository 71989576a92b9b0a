package dev.optimizerplayground.session;

import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.scenario.Scenario;
import dev.optimizerplayground.core.scenario.ScenarioLane;
import dev.optimizerplayground.core.scenario.ViewAngles;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.surface.SurfaceParseException;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.training.Schedule;
import dev.optimizerplayground.plot.LevelScale;
import dev.optimizerplayground.plot.landscape.Camera;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@link Scenario} is the written form of a {@link PlaygroundState}; this is the one place that
 * maps between them. Writing then reading gives an equal state, so the same runs bit for bit.
 */
public final class ScenarioForm {

    private ScenarioForm() {
    }

    /** The state as a file stores it. */
    public static Scenario toScenario(PlaygroundState state) {
        List<ScenarioLane> lanes = new ArrayList<>();
        for (LaneState lane : state.lanes()) {
            lanes.add(new ScenarioLane(lane.lane().id(), lane.enabled(), lane.config(), lane.schedule(), lane.twin()));
        }
        String presetId = state.preset() == null ? "" : state.preset().id();
        return new Scenario(state.lesson(), state.surface().formula(), presetId,
                state.window(), state.start(), state.steps(), state.levelScale().name().toLowerCase(Locale.ROOT),
                state.layout().id(), state.currentStep(), state.playbackSpeed(), state.shareLearningRate(),
                state.sharedLearningRate(), lanes, state.noise().gradient(), state.noise().cloudRuns(),
                new ViewAngles(state.camera().azimuth(), state.camera().elevation()),
                state.inspection().selectedLane() == null ? "" : state.inspection().selectedLane().id(),
                state.inspection().curvatureLens());
    }

    /**
     * The state a scenario describes. A version 1 file stores no playback speed: then
     * {@code base}'s is kept; a scenario without 3D angles shows the first view. A lane the scenario
     * does not list is off, with its starting configuration.
     *
     * @throws IllegalArgumentException naming what the playground cannot show: an unknown lane
     *     id, a lane whose configuration is for another optimizer, a formula that does not parse
     */
    public static PlaygroundState toState(Scenario scenario, PlaygroundState base) {
        for (ScenarioLane lane : scenario.lanes()) {
            OptimizerLane.fromId(lane.id()); // throws "unknown optimizer lane 'foo'"
        }
        OptimizerLane selected = scenario.selectedLane().isEmpty() ? null : OptimizerLane.fromId(scenario.selectedLane());
        List<LaneState> lanes = new ArrayList<>();
        for (OptimizerLane lane : OptimizerLane.values()) {
            Optional<ScenarioLane> given = scenario.lane(lane.id());
            OptimizerConfig config = given.map(ScenarioLane::config).orElse(null);
            lanes.add(new LaneState(lane, given.map(ScenarioLane::enabled).orElse(false),
                    config != null ? config : lane.initialConfig(),
                    given.map(ScenarioLane::schedule).orElse(Schedule.CONSTANT),
                    given.map(ScenarioLane::twin).orElse(null)));
        }
        Surface surface;
        try {
            surface = Surface.parse(scenario.formula());
        } catch (SurfaceParseException e) {
            throw new IllegalArgumentException(Messages.get("error.session.surface", e.getMessage()), e);
        }
        return new PlaygroundState(scenario.lesson(), surface,
                Presets.byId(scenario.presetId()).orElse(null), scenario.window(), scenario.start(),
                scenario.steps(), lanes, scenario.shareLearningRate(), scenario.sharedLearningRate(),
                LevelScale.valueOf(scenario.levelScale().toUpperCase(Locale.ROOT)),
                LayoutMode.fromId(scenario.layout()),
                Double.isNaN(scenario.playbackSpeed()) ? base.playbackSpeed() : scenario.playbackSpeed(),
                scenario.currentStep(), new NoiseSettings(scenario.noise(), scenario.cloudRuns()),
                scenario.view() == null ? Camera.DEFAULT
                        : Camera.DEFAULT.withAngles(scenario.view().azimuth(), scenario.view().elevation()),
                new Inspection(selected, scenario.curvatureLens()));
    }
}
