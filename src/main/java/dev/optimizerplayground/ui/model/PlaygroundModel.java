package dev.optimizerplayground.ui.model;

import dev.optimizerplayground.core.explain.LocalCurvature;
import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Preset;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.surface.SurfaceParseException;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.plot.LevelScale;
import dev.optimizerplayground.plot.landscape.Camera;
import dev.optimizerplayground.session.LaneState;
import dev.optimizerplayground.session.LayoutMode;
import dev.optimizerplayground.session.NoiseSettings;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.session.PlaygroundState;
import dev.optimizerplayground.session.RunPlan;
import dev.optimizerplayground.session.RunSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The window's view model: an observable shell over one {@link PlaygroundState}. Every edit
 * replaces the state ({@link #update}); the properties below are views of it for controls to bind
 * to (setting one is an edit), plus what is derived from it: the parsed formula's errors, the runs
 * and whether the state differs from the one last saved. Runs are recomputed in the background
 * when the state's {@link RunPlan} changes, and only the newest result is shown.
 */
public final class PlaygroundModel {

    private final ReadOnlyObjectWrapper<PlaygroundState> state =
            new ReadOnlyObjectWrapper<>(this, "state", PlaygroundState.initial());
    private final StateLens lens = new StateLens(state);

    // ---- the typed formula, which may not parse (the state holds the last one that did)
    private final StringProperty formula = new SimpleStringProperty(this, "formula", "");
    private final ReadOnlyStringWrapper formulaError = new ReadOnlyStringWrapper(this, "formulaError", "");
    private final ReadOnlyIntegerWrapper formulaErrorPosition =
            new ReadOnlyIntegerWrapper(this, "formulaErrorPosition", -1);

    // ---- views of the state
    private final ReadOnlyObjectWrapper<Surface> surface = new ReadOnlyObjectWrapper<>(this, "surface");
    private final ObjectProperty<Preset> preset;
    private final ObjectProperty<ViewWindow> window;
    private final ObjectProperty<Point> start;
    private final IntegerProperty steps;
    private final List<OptimizerSlot> slots = new ArrayList<>();
    private final BooleanProperty shareLearningRate;
    private final DoubleProperty sharedLearningRate;
    private final ObjectProperty<LevelScale> levelScale;
    private final ObjectProperty<LayoutMode> layout;
    private final ObjectProperty<NoiseSettings> noise;
    private final ObjectProperty<Camera> camera;
    private final PlaybackModel playback;

    // ---- derived
    private final ReadOnlyObjectWrapper<RunSet> runs = new ReadOnlyObjectWrapper<>(this, "runs", RunSet.EMPTY);
    private final ReadOnlyStringWrapper runError = new ReadOnlyStringWrapper(this, "runError", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final BooleanProperty curvatureLens;
    /** The trail point under the mouse, which the step inspector explains instead; null when none. */
    private final ObjectProperty<TrailPoint> hoveredPoint = new SimpleObjectProperty<>(this, "hoveredPoint");
    private final ObjectProperty<OptimizerLane> selectedLane;
    /** A view preference, not part of a scenario: each screen and export widens its own window. */
    private final BooleanProperty equalScale = new SimpleBooleanProperty(this, "equalScale", true);
    /** Also a view preference: how large the plots draw their lines and type (presentation mode enlarges them). */
    private final DoubleProperty drawingScale = new SimpleDoubleProperty(this, "drawingScale", 1);
    private final LatestOnly runWork;
    private RunPlan plan;
    private PlaygroundState savedState;

    public PlaygroundModel(BackgroundWork background) {
        this(background, PlaygroundState.initial(), RunSet.EMPTY);
    }

    /** Shows {@code initial} and, until its own runs arrive, {@code shownRuns}. */
    private PlaygroundModel(BackgroundWork background, PlaygroundState initial, RunSet shownRuns) {
        this.runWork = new LatestOnly(background);
        state.set(initial);
        savedState = initial;
        runs.set(shownRuns);
        preset = lens.object(this, "preset", PlaygroundState::preset, PlaygroundState::withPresetOnly, runError::set);
        window = lens.object(this, "window", PlaygroundState::window, PlaygroundState::withWindow, runError::set);
        start = lens.object(this, "start", PlaygroundState::start, PlaygroundState::withStart, runError::set);
        steps = lens.integer(this, "steps", PlaygroundState::steps, PlaygroundState::withSteps, runError::set);
        shareLearningRate = lens.bool(this, "shareLearningRate", PlaygroundState::shareLearningRate,
                PlaygroundState::withShareLearningRate, runError::set);
        sharedLearningRate = lens.number(this, "sharedLearningRate", PlaygroundState::sharedLearningRate,
                PlaygroundState::withSharedLearningRate, runError::set);
        levelScale = lens.object(this, "levelScale", PlaygroundState::levelScale, PlaygroundState::withLevelScale,
                runError::set);
        layout = lens.object(this, "layout", PlaygroundState::layout, PlaygroundState::withLayout, runError::set);
        noise = lens.object(this, "noise", PlaygroundState::noise, PlaygroundState::withNoise, runError::set);
        camera = lens.object(this, "camera", PlaygroundState::camera, PlaygroundState::withCamera, runError::set);
        selectedLane = lens.object(this, "selectedLane", s -> s.inspection().selectedLane(),
                PlaygroundState::withSelectedLane, runError::set);
        curvatureLens = lens.bool(this, "curvatureLens", s -> s.inspection().curvatureLens(),
                PlaygroundState::withCurvatureLens, runError::set);
        for (OptimizerLane lane : OptimizerLane.values()) {
            slots.add(new OptimizerSlot(lane, lens));
        }
        playback = new PlaybackModel(lens, state.getReadOnlyProperty());

        formula.addListener((obs, old, text) -> parseFormula(text));
        state.addListener((obs, old, now) -> stateChanged(old, now));
        stateChanged(null, state.get());
    }

    /**
     * A model for a window rebuilt in place of this one's (after a change of language): the same
     * playground, saved state, view preferences and playback, so nothing on screen changes but the
     * words. The old window's views stay attached to this model, which nothing edits any more, and
     * go with it; the runs shown meanwhile are this model's until the successor's own arrive.
     */
    public PlaygroundModel successor(BackgroundWork background) {
        PlaygroundModel next = new PlaygroundModel(background, state.get(), runs.get());
        next.savedState = savedState;
        next.updateDirty();
        next.formula.set(formula.get()); // a typo being typed stays, with its message
        next.curvatureLens.set(curvatureLens.get());
        next.selectedLane.set(selectedLane.get());
        next.equalScale.set(equalScale.get());
        next.drawingScale.set(drawingScale.get());
        next.playback.playingProperty().set(playback.isPlaying());
        return next;
    }

    // =============================================================== the state

    /** The whole playground; every property of this model is a view of it. */
    public ReadOnlyObjectProperty<PlaygroundState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public PlaygroundState state() {
        return state.get();
    }

    /**
     * One edit, however many parts it changes: the runs are computed once, after it.
     *
     * @throws IllegalArgumentException when the new state is refused; the state is then unchanged
     */
    public void update(UnaryOperator<PlaygroundState> edit) {
        lens.edit(edit);
    }

    /** Puts a whole state on screen (opening a scenario, restoring the session). */
    public void setState(PlaygroundState next) {
        update(old -> next);
    }

    /** True when the state differs from the one last saved, the animation's step and speed aside. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The state on screen is the saved one now (it was just opened or saved). */
    public void markSaved() {
        savedState = state.get();
        updateDirty();
    }

    private void stateChanged(PlaygroundState old, PlaygroundState now) {
        if (old == null || !old.surface().equals(now.surface())) {
            surface.set(now.surface());
            if (!now.surface().formula().equals(formula.get())) {
                formula.set(now.surface().formula());
            }
        }
        updateDirty();
        RunPlan next = RunPlan.of(now);
        if (!next.equals(plan)) {
            plan = next;
            runWork.submit(next::run, result -> {
                runError.set("");
                runs.set(result);
            }, error -> runError.set(Messages.get("model.runs.failed", error.getMessage())));
        }
    }

    private void updateDirty() {
        dirty.set(!state.get().withoutPlayback().equals(savedState.withoutPlayback()));
    }

    // =============================================================== surface

    /** The formula as typed; every edit is parsed, and a good one becomes the state's surface. */
    public StringProperty formulaProperty() {
        return formula;
    }

    /** The last formula that parsed: a typo leaves the plot and runs on this one. */
    public ReadOnlyObjectProperty<Surface> surfaceProperty() {
        return surface.getReadOnlyProperty();
    }

    public Surface surface() {
        return surface.get();
    }

    /** What is wrong with the typed formula and where, or "" when it parsed. */
    public ReadOnlyStringProperty formulaErrorProperty() {
        return formulaError.getReadOnlyProperty();
    }

    /** 0-based position of the formula error, -1 when none or unknown. */
    public ReadOnlyIntegerProperty formulaErrorPositionProperty() {
        return formulaErrorPosition.getReadOnlyProperty();
    }

    /** The preset the surface came from; it stays selected while its formula is edited. */
    public ObjectProperty<Preset> presetProperty() {
        return preset;
    }

    /**
     * Puts a preset's formula in the field, moves the view and start point to its own, gives each
     * lane a learning rate that works on it and the race the steps it needs
     * ({@link dev.optimizerplayground.session.PresetSettings}), and starts the race again from step 0 so the class sees it unfold.
     */
    public void selectPreset(Preset chosen) {
        update(s -> s.withPreset(chosen).withSettingsFor(chosen));
        playback.restart();
    }

    public ObjectProperty<ViewWindow> windowProperty() {
        return window;
    }

    public ViewWindow window() {
        return state.get().window();
    }

    /** The preset's known minima, as long as its formula is the one shown (not after an edit). */
    public List<Point> knownMinima() {
        return state.get().knownMinima();
    }

    /** Back to the current preset's view window (or the default one for a formula typed from scratch). */
    public void fit() {
        Preset current = state.get().preset();
        update(s -> s.withWindow(current != null ? current.window() : Presets.defaultPreset().window()));
    }

    private void parseFormula(String text) {
        try {
            Surface parsed = Surface.parse(text);
            formulaError.set("");
            formulaErrorPosition.set(-1);
            update(s -> s.withSurface(parsed));
        } catch (SurfaceParseException e) {
            formulaError.set(e.getMessage());
            formulaErrorPosition.set(e.position());
        }
    }

    // =============================================================== optimizers

    public ObjectProperty<Point> startProperty() {
        return start;
    }

    public Point start() {
        return state.get().start();
    }

    public IntegerProperty stepsProperty() {
        return steps;
    }

    /** Every lane, enabled or not, in a fixed order. */
    public List<OptimizerSlot> slots() {
        return List.copyOf(slots);
    }

    public OptimizerSlot slot(OptimizerLane lane) {
        return slots.get(lane.ordinal());
    }

    /** When on, every optimizer uses {@link #sharedLearningRateProperty()} instead of its own η. */
    public BooleanProperty shareLearningRateProperty() {
        return shareLearningRate;
    }

    public DoubleProperty sharedLearningRateProperty() {
        return sharedLearningRate;
    }

    /** Switches every lane to a framework's forms and defaults (each keeps its learning rate). */
    public void applyConvention(Convention convention) {
        update(s -> s.withConvention(convention));
    }

    /**
     * Races a twin of {@code lane} in another convention beside it: that convention's forms and
     * defaults with the lane's learning rate, so the two paths show what the convention changes
     * (see {@link dev.optimizerplayground.session.LaneState#twin()}). The lane is switched on; null
     * removes the twin.
     */
    public void duplicateWithConvention(OptimizerLane lane, Convention convention) {
        update(s -> {
            LaneState now = s.lane(lane);
            return s.withLane(now.withTwin(convention).withEnabled(convention != null || now.enabled()));
        });
    }

    /** The configuration a lane actually runs with, after the shared learning rate is applied. */
    public OptimizerConfig effectiveConfig(OptimizerSlot slot) {
        return state.get().effectiveConfig(slot.lane());
    }

    // =============================================================== runs

    /** The newest trajectories of the enabled lanes. */
    public ReadOnlyObjectProperty<RunSet> runsProperty() {
        return runs.getReadOnlyProperty();
    }

    public RunSet runs() {
        return runs.get();
    }

    /** Why the last edit of a setting was refused, or why the runs could not be computed; "" when neither. */
    public ReadOnlyStringProperty runErrorProperty() {
        return runError.getReadOnlyProperty();
    }

    // =============================================================== view

    /** Contour spacing: logarithmic, linear, or chosen from the surface's range. */
    public ObjectProperty<LevelScale> levelScaleProperty() {
        return levelScale;
    }

    public ObjectProperty<LayoutMode> layoutProperty() {
        return layout;
    }

    /**
     * One scale on both axes: each plot widens the window in one direction to its own shape, so
     * circles stay round and gradients meet the contours at right angles. Off, the window fills
     * the plot exactly, stretched as needed.
     */
    public BooleanProperty equalScaleProperty() {
        return equalScale;
    }

    /** Multiplies the plots' line widths, type and markers on screen: 1, or more for a projector. */
    public DoubleProperty drawingScaleProperty() {
        return drawingScale;
    }

    /** The gradient noise every lane sees and the size of each lane's cloud of runs. */
    public ObjectProperty<NoiseSettings> noiseProperty() {
        return noise;
    }

    /** Where the 3D view looks from (the {@link LayoutMode#LANDSCAPE} layout and its exports). */
    public ObjectProperty<Camera> cameraProperty() {
        return camera;
    }

    public PlaybackModel playback() {
        return playback;
    }

    /** The curvature lens: the local quadratic model at the inspected lane's point, drawn on the plot. */
    public BooleanProperty curvatureLensProperty() {
        return curvatureLens;
    }

    /** The trail point the mouse is over (the step inspector explains it while it is set). */
    public ObjectProperty<TrailPoint> hoveredPointProperty() {
        return hoveredPoint;
    }

    /** The lane picked (by its legend entry or its trail) for the step inspector and the lens; null when none was picked. */
    public ObjectProperty<OptimizerLane> selectedLaneProperty() {
        return selectedLane;
    }

    /**
     * The local curvature at a lane's point at the step shown (exact Hessian, from the core), or
     * null when the lane is not running.
     */
    public LocalCurvature curvatureAt(OptimizerLane lane) {
        for (RunSet.LaneRun run : runs.get().runs()) {
            if (run.lane() == lane && run.trajectory().length() > 0) {
                Trajectory t = run.trajectory();
                int row = t.rowAt(playback.step());
                return LocalCurvature.at(t.spec().surface().newHessianEvaluator(), t.x(row), t.y(row));
            }
        }
        return null;
    }

    /** The run the step inspector explains: the selected lane's, else the first running lane's, else null. */
    public RunSet.LaneRun inspectedRun() {
        List<RunSet.LaneRun> all = runs.get().runs();
        return all.stream().filter(run -> run.lane() == selectedLane.get()).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
    }
}
