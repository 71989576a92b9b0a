package dev.optimizerplayground.session;

import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.run.StepLimits;
import dev.optimizerplayground.core.scenario.Scenario;
import dev.optimizerplayground.plot.landscape.Camera;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Preset;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.surface.SurfaceParseException;
import dev.optimizerplayground.core.training.GradientNoise;
import dev.optimizerplayground.core.training.Schedule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The state a headless picture shows ({@code render}): a scenario put into a playground state the
 * way the window opens it, then the command line's choices on top. A picture so shows exactly what
 * the app would for the same settings, with no toolkit involved until the pixels.
 */
public final class RenderedState {

    private PlaygroundState state;
    private boolean hasStart;

    /**
     * A state from a scenario (its surface, start, lanes, layout, ...); without one, the app's first
     * view with no optimizer on, so that only the ones asked for are drawn.
     *
     * @throws IllegalArgumentException when the playground cannot show the scenario
     */
    public RenderedState(Scenario scenario) {
        PlaygroundState initial = PlaygroundState.initial();
        if (scenario != null) {
            state = ScenarioForm.toState(scenario, initial);
            hasStart = true;
        } else {
            state = initial.withEachLane(lane -> lane.withEnabled(false));
        }
    }

    /**
     * A preset (named, or its formula typed exactly) brings its window, start and minima; any other
     * formula keeps the view's window and start.
     *
     * @param startGiven whether a start point follows; a formula that is not a preset needs one
     *                   unless a scenario gave it
     */
    public void surface(String text, boolean startGiven) throws SurfaceParseException {
        Optional<Preset> preset = Presets.byId(text).or(() ->
                Presets.all().stream().filter(p -> p.formula().equals(text.strip())).findFirst());
        if (preset.isPresent()) {
            state = state.withPreset(preset.get());
            hasStart = true;
            return;
        }
        Surface surface = Surface.parse(text); // its message, before anything changes
        if (!startGiven && !hasStart) {
            throw new IllegalArgumentException("give --start X,Y for a surface that is not a preset");
        }
        state = state.withPresetOnly(null).withSurface(surface);
    }

    public void start(Point start) {
        state = state.withStart(start);
        hasStart = true;
    }

    public void steps(int steps) {
        if (steps < 0 || steps > StepLimits.MAX_PLAYGROUND_STEPS) {
            throw new IllegalArgumentException(
                    "--steps must be between 0 and " + StepLimits.MAX_PLAYGROUND_STEPS + ", got " + steps);
        }
        state = state.withSteps(steps);
    }

    /** One optimizer asked for on the command line, with its learning-rate schedule. */
    public record Requested(OptimizerConfig config, Schedule schedule) {
    }

    /** These optimizers replace the view's lanes, each drawn in the lane made for it. */
    public void optimizers(List<Requested> requested) {
        // Each optimizer's learning rate is meant as given, so the shared one is off.
        PlaygroundState next = state.withEachLane(lane -> lane.withEnabled(false)).withShareLearningRate(false);
        Set<OptimizerLane> used = EnumSet.noneOf(OptimizerLane.class);
        for (Requested run : requested) {
            OptimizerLane lane = freeLane(run.config(), used);
            used.add(lane);
            next = next.withLane(new LaneState(lane, true, run.config(), run.schedule(), null));
        }
        state = next;
    }

    /** Gradient noise for every lane, drawn as clouds of {@code cloudRuns} runs. */
    public void noise(GradientNoise noise, int cloudRuns) {
        state = state.withNoise(new NoiseSettings(noise, cloudRuns));
    }

    public void layout(LayoutMode layout) {
        state = state.withLayout(layout);
    }

    /** Where the 3D view looks from; null keeps the scenario's (or the first view's) angle. */
    public void angles(Double azimuth, Double elevation) {
        Camera camera = state.camera();
        state = state.withCamera(camera.withAngles(azimuth != null ? azimuth : camera.azimuth(),
                elevation != null ? elevation : camera.elevation()));
    }

    public LayoutMode layout() {
        return state.layout();
    }

    public PlaygroundState state() {
        return state;
    }

    /**
     * The lane (and so the colour and name) a run is drawn with: the lane made for its settings
     * (SGD with momentum → "SGD + momentum"), else any free lane of its kind.
     */
    private static OptimizerLane freeLane(OptimizerConfig config, Set<OptimizerLane> used) {
        List<OptimizerLane> candidates = new ArrayList<>();
        if (config.kind() == OptimizerKind.SGD) {
            candidates.add(config.nesterov() ? OptimizerLane.SGD_NESTEROV
                    : config.momentum() > 0 ? OptimizerLane.SGD_MOMENTUM : OptimizerLane.SGD);
        }
        for (OptimizerLane lane : OptimizerLane.values()) {
            if (lane.kind() == config.kind()) {
                candidates.add(lane);
            }
        }
        return candidates.stream().filter(l -> !used.contains(l)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("too many --optimizer " + config.kind().id() + ": it can be drawn "
                        + (candidates.size() - (config.kind() == OptimizerKind.SGD ? 1 : 0)) + " time(s)"));
    }
}
