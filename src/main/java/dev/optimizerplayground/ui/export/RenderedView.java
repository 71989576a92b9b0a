package dev.optimizerplayground.ui.export;

import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.scenario.Scenario;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Preset;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.surface.SurfaceParseException;
import dev.optimizerplayground.plot.landscape.Camera;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.LayoutMode;
import dev.optimizerplayground.ui.model.OptimizerLane;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import dev.optimizerplayground.ui.model.ScenarioMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The view a headless picture shows, built the way the window builds its own: a
 * {@link PlaygroundModel} (runs computed at once, on this thread), a scenario put on it by
 * {@link ScenarioMapper}, then the command line's choices on top. A picture so shows exactly what
 * the app would for the same settings.
 */
public final class RenderedView {

    private final PlaygroundModel model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
    private boolean hasStart;

    /**
     * A view from a scenario (its surface, start, lanes, layout, ...); without one, the app's first
     * view with no optimizer on, so that only the ones asked for are drawn.
     */
    public RenderedView(Scenario scenario) {
        if (scenario != null) {
            ScenarioMapper.apply(scenario, model);
            hasStart = true;
        } else {
            model.changeTogether(() -> model.slots().forEach(slot -> slot.enabledProperty().set(false)));
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
            model.selectPreset(preset.get());
            hasStart = true;
            return;
        }
        Surface.parse(text); // its message, before anything changes
        if (!startGiven && !hasStart) {
            throw new IllegalArgumentException("give --start X,Y for a surface that is not a preset");
        }
        model.presetProperty().set(null);
        model.formulaProperty().set(text);
    }

    public void start(Point start) {
        model.startProperty().set(start);
        hasStart = true;
    }

    public void steps(int steps) {
        if (steps < 0 || steps > Scenario.MAX_STEPS) {
            throw new IllegalArgumentException("--steps must be between 0 and " + Scenario.MAX_STEPS + ", got " + steps);
        }
        model.stepsProperty().set(steps);
    }

    public int steps() {
        return model.stepsProperty().get();
    }

    /** These optimizers replace the view's lanes, each drawn in the lane made for it. */
    public void optimizers(List<OptimizerConfig> configs) {
        model.changeTogether(() -> {
            model.slots().forEach(slot -> slot.enabledProperty().set(false));
            model.shareLearningRateProperty().set(false); // each optimizer's learning rate is meant as given
            Set<OptimizerLane> used = EnumSet.noneOf(OptimizerLane.class);
            for (OptimizerConfig config : configs) {
                OptimizerLane lane = freeLane(config, used);
                used.add(lane);
                model.slot(lane).setConfig(config);
                model.slot(lane).enabledProperty().set(true);
            }
        });
    }

    public void layout(LayoutMode layout) {
        model.layoutProperty().set(layout);
    }

    /** Where the 3D view looks from; null keeps the scenario's (or the default) angle. */
    public void angles(Double azimuth, Double elevation) {
        Camera camera = model.cameraProperty().get();
        model.cameraProperty().set(camera.withAngles(azimuth != null ? azimuth : camera.azimuth(),
                elevation != null ? elevation : camera.elevation()));
    }

    public LayoutMode layout() {
        return model.layoutProperty().get();
    }

    public boolean hasRuns() {
        return !model.runs().isEmpty();
    }

    public PlotContent content() {
        return PlotContent.of(model);
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
