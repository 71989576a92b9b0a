package dev.optimizerplayground.ui.sweep;

import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.sweep.CellOutcomes;
import dev.optimizerplayground.core.sweep.HyperparameterSweep;
import dev.optimizerplayground.core.sweep.SweepAxis;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.core.optimizer.Hyperparameter;
import dev.optimizerplayground.ui.model.LatestGrids;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.session.RunPlan;
import dev.optimizerplayground.ui.model.OptimizerSlot;
import dev.optimizerplayground.session.PlaygroundState;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The sweep view's model: which lane, which two of its hyperparameters over which ranges, how
 * finely and for how many steps; the map computed from that in the background, coarse to fine;
 * and the command that sets the lane to a cell of the map.
 *
 * <p>Any change of the sweep's settings, or of the lane, surface or start it is made from, starts
 * a new computation and cancels the old one; a snapshot of an older computation is never shown
 * ({@link LatestGrids}). Clicking a cell changes only the swept
 * values, which the map does not depend on, so it moves the marker without recomputing.
 */
public final class SweepModel {

    /** Cells a side at most: enough for a smooth picture, few enough to feel live. */
    public static final int MAX_RESOLUTION = 128;

    /** What a cell's colour says. */
    public enum Colouring {
        FINAL_LOSS("sweep.colouring.final-loss"),
        CONVERGED_STEP("sweep.colouring.converged-step");

        private final String key;

        Colouring(String key) {
            this.key = key;
        }

        /** The choice's name in the language in use, as the combo box and the exported picture show it. */
        @Override
        public String toString() {
            return Messages.get(key);
        }
    }

    /** A computed map, the sweep it belongs to and the lane it sweeps. */
    public record SweepMap(OptimizerLane lane, HyperparameterSweep sweep, CellOutcomes cells) {
    }

    private final PlaygroundModel playground;

    private final ObjectProperty<OptimizerLane> lane = new SimpleObjectProperty<>(this, "lane", OptimizerLane.RMSPROP);
    private final ObjectProperty<Hyperparameter> xParameter =
            new SimpleObjectProperty<>(this, "xParameter", Hyperparameter.LEARNING_RATE);
    private final DoubleProperty xFrom = new SimpleDoubleProperty(this, "xFrom", 1e-4);
    private final DoubleProperty xTo = new SimpleDoubleProperty(this, "xTo", 1);
    private final BooleanProperty xLog = new SimpleBooleanProperty(this, "xLog", true);
    private final ObjectProperty<Hyperparameter> yParameter = new SimpleObjectProperty<>(this, "yParameter",
            Hyperparameter.BETA);
    private final DoubleProperty yFrom = new SimpleDoubleProperty(this, "yFrom", 0);
    private final DoubleProperty yTo = new SimpleDoubleProperty(this, "yTo", 0.99);
    private final BooleanProperty yLog = new SimpleBooleanProperty(this, "yLog", false);
    private final IntegerProperty resolution = new SimpleIntegerProperty(this, "resolution", 64);
    private final IntegerProperty steps = new SimpleIntegerProperty(this, "steps");
    private final ObjectProperty<Colouring> colouring = new SimpleObjectProperty<>(this, "colouring",
            Colouring.FINAL_LOSS);

    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private final ReadOnlyObjectWrapper<SweepMap> map = new ReadOnlyObjectWrapper<>(this, "map");
    private final ReadOnlyObjectWrapper<List<SweepMap>> curves = new ReadOnlyObjectWrapper<>(this, "curves", List.of());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    private final LatestGrids grids;
    /** What the shown (or computing) map was made from; an unchanged one is not recomputed. */
    private List<MapKey> madeFrom;

    /**
     * @param uiThread runs a snapshot's hand-over on the UI thread ({@code Platform::runLater} in the
     *     window, {@code Runnable::run} in tests with {@link BackgroundWork#SAME_THREAD})
     */
    public SweepModel(PlaygroundModel playground, BackgroundWork background, Consumer<Runnable> uiThread) {
        this.playground = Objects.requireNonNull(playground, "playground");
        this.grids = new LatestGrids(background, uiThread);
        // The main plot's budget, so that a clicked cell's run there ends as the cell says.
        steps.set(playground.stepsProperty().get());
        // A change that the map does not depend on (the step on screen, another lane, a swept
        // value) gives the same key, so it is not recomputed.
        Observable[] inputs = {active, lane, xParameter, xFrom, xTo, xLog, yParameter, yFrom, yTo, yLog, resolution, steps,
            playground.stateProperty()};
        for (Observable input : inputs) {
            input.addListener(o -> recompute());
        }
    }

    // =============================================================== settings

    /** Whether the map is on show; only then do changes start computations. Off cancels. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public ObjectProperty<OptimizerLane> laneProperty() {
        return lane;
    }

    public ObjectProperty<Hyperparameter> xParameterProperty() {
        return xParameter;
    }

    public DoubleProperty xFromProperty() {
        return xFrom;
    }

    public DoubleProperty xToProperty() {
        return xTo;
    }

    public BooleanProperty xLogProperty() {
        return xLog;
    }

    /** The second hyperparameter; null for a 1-D sweep. */
    public ObjectProperty<Hyperparameter> yParameterProperty() {
        return yParameter;
    }

    public DoubleProperty yFromProperty() {
        return yFrom;
    }

    public DoubleProperty yToProperty() {
        return yTo;
    }

    public BooleanProperty yLogProperty() {
        return yLog;
    }

    /** Cells a side, 2 … {@value #MAX_RESOLUTION}. */
    public IntegerProperty resolutionProperty() {
        return resolution;
    }

    public IntegerProperty stepsProperty() {
        return steps;
    }

    public ObjectProperty<Colouring> colouringProperty() {
        return colouring;
    }

    // =============================================================== results

    /**
     * The newest snapshot of the chosen lane's map of the current settings; null before the first
     * one. In a 1-D sweep it is the chosen lane's curve.
     */
    public ReadOnlyObjectProperty<SweepMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    /**
     * In a 1-D sweep: one curve per lane, the chosen lane first, then every other enabled lane the
     * parameter applies to, so that all are seen in one chart. Empty in a 2-D sweep.
     */
    public ReadOnlyObjectProperty<List<SweepMap>> curvesProperty() {
        return curves.getReadOnlyProperty();
    }

    /** Fraction of the cells run so far, 0 … 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return grids.progressProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return grids.runningProperty();
    }

    /** Why the settings cannot be swept (e.g. "a log range of η needs both ends > 0"), or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // =============================================================== commands

    /** Starts computing the map of the current settings, unless it is the one already shown. */
    public void recompute() {
        if (!active.get()) {
            cancel();
            return;
        }
        List<HyperparameterSweep> sweeps = new ArrayList<>();
        List<OptimizerLane> lanes = new ArrayList<>();
        try {
            lanes.add(lane.get());
            sweeps.add(sweep(lane.get()));
            if (yParameter.get() == null) {
                for (OptimizerSlot slot : playground.slots()) {
                    if (slot.isEnabled() && slot.lane() != lane.get() && xParameter.get().appliesTo(slot.lane().kind())) {
                        lanes.add(slot.lane());
                        sweeps.add(sweep(slot.lane()));
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            cancel();
            map.set(null);
            curves.set(List.of());
            message.set(e.getMessage());
            return;
        }
        List<MapKey> key = sweeps.stream().map(this::key).toList();
        if (key.equals(madeFrom)) {
            return;
        }
        madeFrom = key;
        message.set("");
        if (yParameter.get() != null) {
            curves.set(List.of());
        }
        SweepMap[] shown = new SweepMap[sweeps.size()];
        grids.start(sweeps, (index, snapshot) -> show(shown, new SweepMap(lanes.get(index), sweeps.get(index), snapshot),
                index), error -> {
                    madeFrom = null;
                    message.set(Messages.get("sweep.error.compute", error.getMessage()));
                });
    }

    /** Stops the computation; the map keeps its last snapshot. */
    public void cancel() {
        grids.cancel();
        madeFrom = null;
    }

    /**
     * Sets the lane to cell (column, row) of the shown map: its swept hyperparameters take the
     * cell's values, and the lane is switched on, so the main plot runs it at once.
     */
    public void applyCell(int column, int row) {
        SweepMap shown = map.get();
        if (shown == null) {
            return;
        }
        HyperparameterSweep sweep = shown.sweep();
        OptimizerLane chosen = lane.get();
        // The cell's own configuration: exactly what its run used, so the main plot replays it.
        OptimizerConfig cell = sweep.config(column, sweep.yIndex(row));
        playground.update(state -> {
            PlaygroundState next = state.withLaneConfig(chosen, cell).withLaneEnabled(chosen, true);
            // A shared η would override the cell's.
            return xParameter.get() == Hyperparameter.LEARNING_RATE || yParameter.get() == Hyperparameter.LEARNING_RATE
                    ? next.withShareLearningRate(false) : next;
        });
        playground.playback().restart();
    }

    /** The cell that holds the lane's current setting, as {column, row}, or null when it lies outside the map. */
    public int[] currentCell() {
        SweepMap shown = map.get();
        if (shown == null) {
            return null;
        }
        OptimizerConfig config = playground.effectiveConfig(playground.slot(lane.get()));
        HyperparameterSweep sweep = shown.sweep();
        int column = indexOf(sweep.x(), xParameter.get().get(config));
        int yIndex = sweep.y().map(axis -> indexOf(axis, yParameter.get().get(config))).orElse(0);
        return column < 0 || yIndex < 0 ? null : new int[] {column, sweep.rowOf(yIndex)};
    }

    // =============================================================== internals

    private void show(SweepMap[] shown, SweepMap snapshot, int index) {
        shown[index] = snapshot;
        if (index == 0) {
            map.set(snapshot);
        }
        if (snapshot.sweep().y().isEmpty()) {
            curves.set(java.util.Arrays.stream(shown).filter(Objects::nonNull).toList());
        }
    }

    /** The sweep the settings describe for a lane, from its configuration as it runs in the main plot. */
    private HyperparameterSweep sweep(OptimizerLane chosen) {
        Hyperparameter x = xParameter.get();
        Hyperparameter y = yParameter.get();
        if (!x.appliesTo(chosen.kind())) {
            throw new IllegalArgumentException(Messages.get("sweep.error.not-applicable", x.symbol(), chosen.displayName()));
        }
        if (y != null && !y.appliesTo(chosen.kind())) {
            throw new IllegalArgumentException(Messages.get("sweep.error.not-applicable", y.symbol(), chosen.displayName()));
        }
        int n = resolution.get();
        if (n < 2 || n > MAX_RESOLUTION) {
            throw new IllegalArgumentException(Messages.get("sweep.error.resolution", MAX_RESOLUTION, n));
        }
        if (playground.surface() == null) {
            throw new IllegalArgumentException(Messages.get("sweep.error.no-surface"));
        }
        RunSpec base = RunPlan.laneSpec(playground.state(), chosen).withSteps(steps.get());
        SweepAxis xAxis = new SweepAxis(x.symbol(), x::with, xFrom.get(), xTo.get(), xLog.get(), n);
        SweepAxis yAxis = y == null ? null : new SweepAxis(y.symbol(), y::with, yFrom.get(), yTo.get(), yLog.get(), n);
        return new HyperparameterSweep(base, xAxis, yAxis);
    }

    /** Everything a map depends on; the swept values of the lane itself are not part of it. */
    private MapKey key(HyperparameterSweep sweep) {
        return new MapKey(sweep.base().withOptimizer(sweep.config(0, 0)),
                xParameter.get(), axisKey(sweep.x()), yParameter.get(), sweep.y().map(SweepModel::axisKey).orElse(null));
    }

    private static List<Object> axisKey(SweepAxis axis) {
        return List.of(axis.from(), axis.to(), axis.log(), axis.count());
    }

    /** @param firstCell the first cell's run: surface, start, budget, noise, schedule and configuration */
    private record MapKey(RunSpec firstCell, Hyperparameter x,
                          List<Object> xAxis, Hyperparameter y, List<Object> yAxis) {
    }

    private static int indexOf(SweepAxis axis, double value) {
        int i = axis.nearestIndex(value);
        double lo = Math.min(axis.from(), axis.to());
        double hi = Math.max(axis.from(), axis.to());
        return value < lo || value > hi ? -1 : i;
    }
}
