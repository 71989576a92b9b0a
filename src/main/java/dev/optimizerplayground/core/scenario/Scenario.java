package dev.optimizerplayground.core.scenario;

import dev.optimizerplayground.core.run.RunCloud;
import dev.optimizerplayground.core.run.StepLimits;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.QuotedText;
import dev.optimizerplayground.core.training.GradientNoise;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything needed to bring back a view of the playground: the surface and its window, where and
 * how long the optimizers run, how each lane is configured, and what the view shows. Runs are not
 * stored: they are recomputed, and bit for bit the same, from these inputs.
 *
 * <p>The level scale and layout are kept as their file ids ({@link #LEVEL_SCALES},
 * {@link #LAYOUTS}) because their enums live above the core.
 *
 * @param lesson its title, text and cues, with their translations ({@link Lesson#NONE} when none)
 * @param formula the surface f(x, y), as typed
 * @param presetId the preset the surface came from, "" when none
 * @param currentStep the step on screen, 0 … steps
 * @param playbackSpeed steps per second the animation plays at, positive; NaN when the file did not
 *                      say (version 1), so the window keeps its own
 * @param sharedLearningRate used by every lane instead of its own when {@code shareLearningRate}
 * @param lanes the lanes the scenario mentions; a lane not listed is switched off
 * @param noise the gradient noise every lane sees ({@link GradientNoise#NONE}: exact gradients)
 * @param cloudRuns runs drawn per lane under noise, 1 … {@value RunCloud#MAX_RUNS}
 * @param view where the 3D view looks from, or null for the window's first view
 * @param selectedLane the id of the lane the step inspector and the curvature lens follow, "" for
 *                     the first lane on (a view setting, like the layout: a teacher can open a
 *                     scenario on the lane the lesson is about)
 * @param curvatureLens whether the curvature lens is on
 */
public record Scenario(
        Lesson lesson,
        String formula,
        String presetId,
        ViewWindow window,
        Point start,
        int steps,
        String levelScale,
        String layout,
        int currentStep,
        double playbackSpeed,
        boolean shareLearningRate,
        double sharedLearningRate,
        List<ScenarioLane> lanes,
        GradientNoise noise,
        int cloudRuns,
        ViewAngles view,
        String selectedLane,
        boolean curvatureLens) {

    /**
     * The version this code writes and the newest it reads. Version 2 added gradient noise,
     * per-lane learning-rate schedules and the playback speed; a version 1 file reads as exact
     * gradients and constant rates, and keeps the window's speed. Version 3 added the lesson's cues
     * and translations; older files read as lessons without them.
     */
    public static final int VERSION = 3;

    public static final Set<String> LEVEL_SCALES = Set.of("auto", "linear", "log");
    public static final Set<String> LAYOUTS = Set.of("overlay", "side-by-side", "3d");

    /**
     * @throws IllegalArgumentException naming the first bad component
     */
    public Scenario {
        lesson = Objects.requireNonNullElse(lesson, Lesson.NONE);
        presetId = Objects.requireNonNullElse(presetId, "");
        selectedLane = Objects.requireNonNullElse(selectedLane, "");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(levelScale, "levelScale");
        Objects.requireNonNull(layout, "layout");
        if (!Double.isFinite(start.x()) || !Double.isFinite(start.y())) {
            throw new IllegalArgumentException(Messages.get("error.start", start.x(), start.y()));
        }
        if (steps < 0 || steps > StepLimits.MAX_PLAYGROUND_STEPS) {
            throw new IllegalArgumentException(Messages.get("error.steps.range", StepLimits.MAX_PLAYGROUND_STEPS, steps));
        }
        if (!Double.isNaN(playbackSpeed) && !(playbackSpeed > 0 && Double.isFinite(playbackSpeed))) {
            throw new IllegalArgumentException(Messages.get("error.scenario.playback-speed", playbackSpeed));
        }
        if (currentStep < 0 || currentStep > steps) {
            throw new IllegalArgumentException(Messages.get("error.scenario.current-step", steps, currentStep));
        }
        if (!LEVEL_SCALES.contains(levelScale)) {
            throw new IllegalArgumentException(Messages.get("error.scenario.level-scale", QuotedText.quote(levelScale)));
        }
        if (!LAYOUTS.contains(layout)) {
            throw new IllegalArgumentException(Messages.get("error.layout", QuotedText.quote(layout)));
        }
        if (!(Double.isFinite(sharedLearningRate) && sharedLearningRate > 0)) {
            throw new IllegalArgumentException(Messages.get("error.value.positive",
                    Messages.get("session.shared-learning-rate"), sharedLearningRate));
        }
        Objects.requireNonNull(noise, "noise");
        if (cloudRuns < 1 || cloudRuns > RunCloud.MAX_RUNS) {
            throw new IllegalArgumentException(Messages.get("error.scenario.noise-runs", RunCloud.MAX_RUNS, cloudRuns));
        }
        lanes = List.copyOf(lanes);
        long distinct = lanes.stream().map(ScenarioLane::id).distinct().count();
        if (distinct != lanes.size()) {
            throw new IllegalArgumentException(Messages.get("error.scenario.lane-twice"));
        }
    }

    /** A scenario with exact gradients and no playback speed, as every version 1 file has, and the first 3D view. */
    public Scenario(String title, String description, String formula, String presetId, ViewWindow window,
                    Point start, int steps, String levelScale, String layout, int currentStep,
                    boolean shareLearningRate, double sharedLearningRate, List<ScenarioLane> lanes) {
        this(new Lesson(title, description), formula, presetId, window, start, steps, levelScale, layout, currentStep,
                Double.NaN, shareLearningRate, sharedLearningRate, lanes, GradientNoise.NONE, RunCloud.DEFAULT_RUNS, null);
    }

    /** A scenario with no lane selected and the curvature lens off, as files before them read. */
    public Scenario(Lesson lesson, String formula, String presetId, ViewWindow window,
                    Point start, int steps, String levelScale, String layout, int currentStep, double playbackSpeed,
                    boolean shareLearningRate, double sharedLearningRate, List<ScenarioLane> lanes,
                    GradientNoise noise, int cloudRuns, ViewAngles view) {
        this(lesson, formula, presetId, window, start, steps, levelScale, layout, currentStep,
                playbackSpeed, shareLearningRate, sharedLearningRate, lanes, noise, cloudRuns, view, "", false);
    }

    /** The lesson's title in the language it was written in. */
    public String title() {
        return lesson.title();
    }

    /** The lesson's text in the language it was written in. */
    public String description() {
        return lesson.description();
    }

    /** The lane with this id, if the scenario lists it. */
    public Optional<ScenarioLane> lane(String id) {
        return lanes.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
