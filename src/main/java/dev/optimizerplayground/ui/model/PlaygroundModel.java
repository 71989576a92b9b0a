package dev.optimizerplayground.ui.model;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Preset;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.surface.SurfaceParseException;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.plot.LevelScale;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The window's state: the surface being explored, where the optimizers start, how they are
 * configured, their runs and the animation. Views bind to its properties and call its commands;
 * they never compute a run themselves. Runs are recomputed in the background whenever an input
 * changes, and only the newest result is shown.
 */
public final class PlaygroundModel {

    /** Largest step budget the window offers: enough for long runs, small enough to stay instant. */
    public static final int MAX_STEPS = 100_000;
    public static final int DEFAULT_STEPS = 200;

    // ---- surface
    private final StringProperty formula = new SimpleStringProperty(this, "formula", "");
    private final ReadOnlyObjectWrapper<Surface> surface = new ReadOnlyObjectWrapper<>(this, "surface");
    private final ReadOnlyStringWrapper formulaError = new ReadOnlyStringWrapper(this, "formulaError", "");
    private final ReadOnlyIntegerWrapper formulaErrorPosition =
            new ReadOnlyIntegerWrapper(this, "formulaErrorPosition", -1);
    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(this, "preset");
    private final ObjectProperty<ViewWindow> window = new SimpleObjectProperty<>(this, "window");

    // ---- run inputs
    private final ObjectProperty<Point> start = new SimpleObjectProperty<>(this, "start");
    private final IntegerProperty steps = new SimpleIntegerProperty(this, "steps", DEFAULT_STEPS);
    private final List<OptimizerSlot> slots = new ArrayList<>();
    private final BooleanProperty shareLearningRate = new SimpleBooleanProperty(this, "shareLearningRate", false);
    private final DoubleProperty sharedLearningRate = new SimpleDoubleProperty(this, "sharedLearningRate", 0.1);

    // ---- outputs and view state
    private final ReadOnlyObjectWrapper<RunSet> runs = new ReadOnlyObjectWrapper<>(this, "runs", RunSet.EMPTY);
    private final ReadOnlyStringWrapper runError = new ReadOnlyStringWrapper(this, "runError", "");
    private final ObjectProperty<LevelScale> levelScale = new SimpleObjectProperty<>(this, "levelScale", LevelScale.AUTO);
    private final ObjectProperty<LayoutMode> layout = new SimpleObjectProperty<>(this, "layout", LayoutMode.OVERLAY);
    private final BooleanProperty equalScale = new SimpleBooleanProperty(this, "equalScale", true);
    private final PlaybackModel playback = new PlaybackModel();
    private final LatestOnly runWork;
    /** True inside {@link #changeTogether}: the runs wait until every change is made. */
    private boolean holdingRuns;

    public PlaygroundModel(BackgroundWork background) {
        this.runWork = new LatestOnly(background);
        for (OptimizerLane lane : OptimizerLane.values()) {
            slots.add(new OptimizerSlot(lane));
        }
        formula.addListener((obs, old, text) -> parseFormula(text));
        steps.addListener((obs, old, now) -> playback.setLastStep(budget()));

        // Change listeners, not invalidation ones: an input the last computation did not read
        // (the shared η while sharing is off) must still trigger the next.
        List<ObservableValue<?>> runInputs = new ArrayList<>(List.of(surface, start, steps, shareLearningRate,
                sharedLearningRate));
        for (OptimizerSlot slot : slots) {
            runInputs.add(slot.configProperty());
            runInputs.add(slot.enabledProperty());
        }
        runInputs.forEach(input -> input.addListener((obs, old, now) -> recomputeRuns()));

        showPreset(Presets.defaultPreset());
        playback.setLastStep(budget());
    }

    // =============================================================== surface

    /** The formula as typed; every edit is parsed, and a good one replaces {@link #surfaceProperty()}. */
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
     * Puts a preset's formula in the field, moves the view and start point to its own, and starts
     * the race again from step 0 so the class sees it unfold.
     */
    public void selectPreset(Preset chosen) {
        showPreset(chosen);
        playback.restart();
    }

    private void showPreset(Preset chosen) {
        preset.set(chosen);
        window.set(chosen.window());
        start.set(chosen.start());
        formula.set(chosen.formula());
    }

    public ObjectProperty<ViewWindow> windowProperty() {
        return window;
    }

    public ViewWindow window() {
        return window.get();
    }

    /** The preset's known minima, as long as its formula is the one shown (not after an edit). */
    public List<Point> knownMinima() {
        Preset current = preset.get();
        Surface shown = surface.get();
        return current != null && shown != null && current.formula().equals(shown.formula())
                ? current.minima()
                : List.of();
    }

    /** Back to the current preset's view window (or the default one for a formula typed from scratch). */
    public void fit() {
        Preset current = preset.get();
        window.set(current != null ? current.window() : Presets.defaultPreset().window());
    }

    private void parseFormula(String text) {
        try {
            surface.set(Surface.parse(text));
            formulaError.set("");
            formulaErrorPosition.set(-1);
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
        return start.get();
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
        changeTogether(() -> slots.forEach(slot -> slot.applyConvention(convention)));
    }

    /** The configuration a lane actually runs with, after the shared learning rate is applied. */
    public OptimizerConfig effectiveConfig(OptimizerSlot slot) {
        return shareLearningRate.get()
                ? slot.config().withLearningRate(sharedLearningRate.get())
                : slot.config();
    }

    // =============================================================== runs

    /** The newest trajectories of the enabled lanes. */
    public ReadOnlyObjectProperty<RunSet> runsProperty() {
        return runs.getReadOnlyProperty();
    }

    public RunSet runs() {
        return runs.get();
    }

    /** Why the runs could not be computed (e.g. an invalid shared learning rate), or "". */
    public ReadOnlyStringProperty runErrorProperty() {
        return runError.getReadOnlyProperty();
    }

    /** The step budget the runs use: the steps asked for, within 0 … {@link #MAX_STEPS}. */
    private int budget() {
        return Math.max(0, Math.min(steps.get(), MAX_STEPS));
    }

    /**
     * Makes many changes as one: the runs are computed once, after all of them, rather than after
     * each (opening a scenario sets some twenty properties).
     */
    public void changeTogether(Runnable changes) {
        boolean outermost = !holdingRuns;
        holdingRuns = true;
        try {
            changes.run();
        } finally {
            if (outermost) {
                holdingRuns = false;
                recomputeRuns();
            }
        }
    }

    private void recomputeRuns() {
        if (holdingRuns || surface.get() == null || start.get() == null) {
            return;
        }
        List<OptimizerLane> lanes = new ArrayList<>();
        List<RunSpec> specs = new ArrayList<>();
        try {
            int budget = budget();
            for (OptimizerSlot slot : slots) {
                if (slot.isEnabled()) {
                    lanes.add(slot.lane());
                    specs.add(new RunSpec(surface.get(), effectiveConfig(slot), start.get(), budget));
                }
            }
        } catch (IllegalArgumentException e) {
            runError.set(e.getMessage());
            return;
        }
        runWork.submit(() -> {
            List<RunSet.LaneRun> results = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                results.add(new RunSet.LaneRun(lanes.get(i), Runner.run(specs.get(i))));
            }
            return new RunSet(results);
        }, result -> {
            runError.set("");
            runs.set(result);
        }, error -> runError.set("could not compute the runs: " + error.getMessage()));
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

    public PlaybackModel playback() {
        return playback;
    }
}
