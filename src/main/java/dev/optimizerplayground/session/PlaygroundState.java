package dev.optimizerplayground.session;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.run.StepLimits;
import dev.optimizerplayground.core.scenario.Lesson;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Preset;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.surface.SurfaceParseException;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.NumberText;
import dev.optimizerplayground.plot.LevelScale;
import dev.optimizerplayground.plot.landscape.Camera;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The whole playground as one immutable value: the surface and its window, where and how long the
 * optimizers run, every lane, what the view shows and where the animation is. The window's model
 * holds one of these; an edit replaces it with {@code state.withX(…)}; the runs are a pure function
 * of it ({@link RunPlan}); a scenario file is its written form ({@link ScenarioForm}).
 *
 * <p>Every constructor call validates, so no code ever holds an invalid state: a refused value
 * throws {@link IllegalArgumentException} naming it and leaves the previous state as it was. The
 * animation's two numbers are pulled into range instead of refused: {@code currentStep} into
 * 0 … steps, so that lowering the budget below the step on screen (typing fewer steps, opening a
 * shorter scenario) shows the last step instead of failing, and {@code playbackSpeed} into
 * {@link #MIN_SPEED} … {@link #MAX_SPEED}, so a slider's rounding at its ends is no error.
 *
 * <p>To add a piece of state (noise, a schedule, lesson cues, 3D view angles): add a component
 * holding an immutable value (a record of its own when it has several parts), validate it here,
 * give it a {@code withX} method and a default in {@link #initial()}, map it in
 * {@link ScenarioForm}, and, if it changes the runs, read it in {@link RunPlan#of}.
 *
 * @param lesson what the scenario teaches: title, text, cues ({@link Lesson#NONE} when none)
 * @param surface the surface the runs use (the last formula that parsed)
 * @param preset the preset the surface came from, or null; it stays while its formula is edited
 * @param lanes every lane, in {@link OptimizerLane} order
 * @param sharedLearningRate used by every lane instead of its own when {@code shareLearningRate}
 * @param playbackSpeed steps per second while playing, {@link #MIN_SPEED} … {@link #MAX_SPEED}
 * @param currentStep the step on screen, 0 … steps
 * @param noise the gradient noise every lane sees, and the size of each lane's cloud of runs
 * @param camera where the 3D view looks from (its angles are stored in a scenario, its zoom is not)
 * @param inspection the lane the step inspector and the curvature lens follow, and whether the lens is on
 */
public record PlaygroundState(
        Lesson lesson,
        Surface surface,
        Preset preset,
        ViewWindow window,
        Point start,
        int steps,
        List<LaneState> lanes,
        boolean shareLearningRate,
        double sharedLearningRate,
        LevelScale levelScale,
        LayoutMode layout,
        double playbackSpeed,
        int currentStep,
        NoiseSettings noise,
        Camera camera,
        Inspection inspection) {

    public static final double MIN_SPEED = 1;
    public static final double MAX_SPEED = 5000;
    /** Slow enough that a class can follow the first, decisive steps of a race. */
    public static final double DEFAULT_SPEED = 15;
    /** The shared η of a new playground. */
    public static final double DEFAULT_SHARED_LEARNING_RATE = 0.1;

    public PlaygroundState {
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(levelScale, "levelScale");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(noise, "noise");
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(inspection, "inspection");
        if (!Double.isFinite(start.x()) || !Double.isFinite(start.y())) {
            throw new IllegalArgumentException(
                    Messages.get("error.start", NumberText.exact(start.x()), NumberText.exact(start.y())));
        }
        if (steps < 0 || steps > StepLimits.MAX_PLAYGROUND_STEPS) {
            throw new IllegalArgumentException(Messages.get("error.steps.range", StepLimits.MAX_PLAYGROUND_STEPS, steps));
        }
        lanes = List.copyOf(lanes);
        OptimizerLane[] all = OptimizerLane.values();
        if (lanes.size() != all.length) {
            throw new IllegalArgumentException("a state has all " + all.length + " lanes, got " + lanes.size());
        }
        for (int i = 0; i < all.length; i++) {
            if (lanes.get(i).lane() != all[i]) {
                throw new IllegalArgumentException("lane " + i + " must be " + all[i].id() + ", got "
                        + lanes.get(i).lane().id());
            }
        }
        if (!(Double.isFinite(sharedLearningRate) && sharedLearningRate > 0)) {
            throw new IllegalArgumentException(Messages.get("error.value.positive",
                    Messages.get("session.shared-learning-rate"), NumberText.exact(sharedLearningRate)));
        }
        if (Double.isNaN(playbackSpeed)) {
            throw new IllegalArgumentException(Messages.get("error.session.playback-speed"));
        }
        playbackSpeed = Math.max(MIN_SPEED, Math.min(playbackSpeed, MAX_SPEED));
        currentStep = Math.max(0, Math.min(currentStep, steps));
    }

    /** A new playground: the default preset, its window and start, the default lanes, step 0. */
    public static PlaygroundState initial() {
        Preset preset = Presets.defaultPreset();
        List<LaneState> lanes = new ArrayList<>();
        for (OptimizerLane lane : OptimizerLane.values()) {
            lanes.add(LaneState.initial(lane));
        }
        return new PlaygroundState(Lesson.NONE, surfaceOf(preset), preset, preset.window(), preset.start(),
                StepLimits.DEFAULT_STEPS, lanes, false, DEFAULT_SHARED_LEARNING_RATE, LevelScale.AUTO,
                LayoutMode.OVERLAY, DEFAULT_SPEED, 0, NoiseSettings.NONE, Camera.DEFAULT, Inspection.NONE);
    }

    // =============================================================== queries

    /** The lesson's title as written (its translations aside), "" when none. */
    public String title() {
        return lesson.title();
    }

    /** The lesson's text as written (its translations aside), "" when none. */
    public String description() {
        return lesson.description();
    }

    public LaneState lane(OptimizerLane lane) {
        return lanes.get(lane.ordinal());
    }

    /** The configuration a lane actually runs with, after the shared learning rate is applied. */
    public OptimizerConfig effectiveConfig(OptimizerLane lane) {
        OptimizerConfig own = lane(lane).config();
        return shareLearningRate ? own.withLearningRate(sharedLearningRate) : own;
    }

    /** The preset's known minima, as long as its formula is the one shown (not after an edit). */
    public List<Point> knownMinima() {
        return preset != null && preset.formula().equals(surface.formula()) ? preset.minima() : List.of();
    }

    /**
     * What a file stores as "the document": this state with the animation's step and speed at
     * their defaults and no lane selected, so that playing, or clicking a lane to inspect it, does
     * not count as an unsaved change (the lens is a switch someone turns on: that one counts).
     */
    public PlaygroundState withoutPlayback() {
        return withPlaybackSpeed(DEFAULT_SPEED).withCurrentStep(0).withSelectedLane(null);
    }

    // =============================================================== edits

    /** Another lesson: title, text, cues and their translations. */
    public PlaygroundState withLesson(Lesson next) {
        return new PlaygroundState(next, surface, preset, window, start, steps, lanes,
                shareLearningRate, sharedLearningRate, levelScale, layout, playbackSpeed, currentStep, noise, camera, inspection);
    }

    /** Another surface; the preset stays (its minima are shown again if the formula comes back to it). */
    public PlaygroundState withSurface(Surface next) {
        return new PlaygroundState(lesson, next, preset, window, start, steps, lanes,
                shareLearningRate, sharedLearningRate, levelScale, layout, playbackSpeed, currentStep, noise, camera, inspection);
    }

    /** The preset the surface is said to come from, without changing anything else; null for none. */
    public PlaygroundState withPresetOnly(Preset next) {
        return new PlaygroundState(lesson, surface, next, window, start, steps, lanes,
                shareLearningRate, sharedLearningRate, levelScale, layout, playbackSpeed, currentStep, noise, camera, inspection);
    }

    /** A preset's surface, window and start point. */
    public PlaygroundState withPreset(Preset next) {
        return new PlaygroundState(lesson, surfaceOf(next), next, next.window(), next.start(), steps,
                lanes, shareLearningRate, sharedLearningRate, levelScale, layout, playbackSpeed, currentStep, noise, camera, inspection);
    }

    /**
     * Each lane's learning rate and the step budget as {@link PresetSettings} gives them for the
     * preset (what the window does when a preset is picked), everything else as it is.
     */
    public PlaygroundState withSettingsFor(Preset chosen) {
        return withEachLane(lane -> lane.withConfig(
                lane.config().withLearningRate(PresetSettings.learningRate(chosen, lane.lane()))))
                .withSteps(PresetSettings.steps(chosen));
    }

    public PlaygroundState withWindow(ViewWindow next) {
        return new PlaygroundState(lesson, surface, preset, next, start, steps, lanes,
                shareLearningRate, sharedLearningRate, levelScale, layout, playbackSpeed, currentStep, noise, camera, inspection);
    }

    public PlaygroundState withStart(Point next) {
        return new PlaygroundState(lesson, surface, preset, window, next, steps, lanes,
                shareLearningRate, sharedLearningRate, levelScale, layout, playbackSpeed, currentStep, noise, camera, inspection);
    }

    /** Another step budget; the step on screen moves back to the last one if it was beyond it. */
    public PlaygroundState withSteps(int next) {
        return new PlaygroundState(lesson, surface, preset, window, start, next, lanes,
                shareLearningRate, sharedLearningRate, levelScale, layout, playbackSpeed, currentStep, noise, camera, inspection);
    }

    public PlaygroundState withLane(LaneState next) {
        List<LaneState> changed = new ArrayList<>(lanes);
        changed.set(next.lane().ordinal(), next);
        return new PlaygroundState(lesson, surface, preset, window, start, steps, changed,
                shareLearningRate, sharedLearningRate, levelScale, layout, playbackSpeed, currentStep, noise, camera, inspection);
    }

    /** Every lane changed the same way (switched off, given a convention, ...). */
    public PlaygroundState withEachLane(UnaryOperator<LaneState> change) {
        List<LaneState> changed = new ArrayList<>();
        for (LaneState lane : lanes) {
            changed.add(change.apply(lane));
        }
        return new PlaygroundState(lesson, surface, preset, window, start, steps, changed,
                shareLearningRate, sharedLearningRate, levelScale, layout, playbackSpeed, currentStep, noise, camera, inspection);
    }

    public PlaygroundState withLaneEnabled(OptimizerLane lane, boolean on) {
        return withLane(lane(lane).withEnabled(on));
    }

    public PlaygroundState withLaneConfig(OptimizerLane lane, OptimizerConfig config) {
        return withLane(lane(lane).withConfig(config));
    }

    /** Every lane switched to a framework's forms and defaults, each keeping its learning rate. */
    public PlaygroundState withConvention(Convention convention) {
        return withEachLane(l -> l.withConfig(l.lane().configFor(convention, l.config().learningRate())));
    }

    public PlaygroundState withShareLearningRate(boolean on) {
        return new PlaygroundState(lesson, surface, preset, window, start, steps, lanes,
                on, sharedLearningRate, levelScale, layout, playbackSpeed, currentStep, noise, camera, inspection);
    }

    public PlaygroundState withSharedLearningRate(double next) {
        return new PlaygroundState(lesson, surface, preset, window, start, steps, lanes,
                shareLearningRate, next, levelScale, layout, playbackSpeed, currentStep, noise, camera, inspection);
    }

    public PlaygroundState withLevelScale(LevelScale next) {
        return new PlaygroundState(lesson, surface, preset, window, start, steps, lanes,
                shareLearningRate, sharedLearningRate, next, layout, playbackSpeed, currentStep, noise, camera, inspection);
    }

    public PlaygroundState withLayout(LayoutMode next) {
        return new PlaygroundState(lesson, surface, preset, window, start, steps, lanes,
                shareLearningRate, sharedLearningRate, levelScale, next, playbackSpeed, currentStep, noise, camera, inspection);
    }

    public PlaygroundState withPlaybackSpeed(double next) {
        return new PlaygroundState(lesson, surface, preset, window, start, steps, lanes,
                shareLearningRate, sharedLearningRate, levelScale, layout, next, currentStep, noise, camera, inspection);
    }

    /** Another gradient noise (σ, seed) or cloud size, for every lane. */
    public PlaygroundState withNoise(NoiseSettings next) {
        return new PlaygroundState(lesson, surface, preset, window, start, steps, lanes,
                shareLearningRate, sharedLearningRate, levelScale, layout, playbackSpeed, currentStep, next, camera, inspection);
    }

    /** The step on screen, pulled into 0 … steps. */
    public PlaygroundState withCurrentStep(int next) {
        return new PlaygroundState(lesson, surface, preset, window, start, steps, lanes,
                shareLearningRate, sharedLearningRate, levelScale, layout, playbackSpeed, next, noise, camera, inspection);
    }

    public PlaygroundState withCamera(Camera next) {
        return new PlaygroundState(lesson, surface, preset, window, start, steps, lanes,
                shareLearningRate, sharedLearningRate, levelScale, layout, playbackSpeed, currentStep, noise, next, inspection);
    }

    public PlaygroundState withInspection(Inspection next) {
        return new PlaygroundState(lesson, surface, preset, window, start, steps, lanes,
                shareLearningRate, sharedLearningRate, levelScale, layout, playbackSpeed, currentStep, noise, camera, next);
    }

    /** The lane the inspector and the lens follow; null for the first lane that runs. */
    public PlaygroundState withSelectedLane(OptimizerLane lane) {
        return withInspection(inspection.withSelectedLane(lane));
    }

    public PlaygroundState withCurvatureLens(boolean on) {
        return withInspection(inspection.withCurvatureLens(on));
    }

    private static Surface surfaceOf(Preset preset) {
        try {
            return Surface.parse(preset.formula());
        } catch (SurfaceParseException e) {
            throw new IllegalStateException("preset " + preset.id() + " does not parse: " + e.getMessage(), e);
        }
    }
}
