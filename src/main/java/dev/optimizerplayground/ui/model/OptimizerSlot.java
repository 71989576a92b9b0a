package dev.optimizerplayground.ui.model;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.Hyperparameter;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.training.Schedule;
import dev.optimizerplayground.core.optimizer.Switch;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.session.PlaygroundState;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One optimizer lane as the window shows it: views of that lane in the playground state, for a
 * card's switch, sliders and fields to bind to ({@link #value(Hyperparameter)},
 * {@link #switchValue(Switch)}). A value that makes the configuration invalid is refused: the
 * property snaps back and {@link #errorProperty()} says why.
 */
public final class OptimizerSlot {

    private final OptimizerLane lane;
    private final StateLens lens;
    private final BooleanProperty enabled;
    private final ObjectProperty<OptimizerConfig> config;
    private final ObjectProperty<Schedule> schedule;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final Map<Hyperparameter, DoubleProperty> values = new EnumMap<>(Hyperparameter.class);
    private final Map<Switch, BooleanProperty> switches = new EnumMap<>(Switch.class);

    OptimizerSlot(OptimizerLane lane, StateLens lens) {
        this.lane = lane;
        this.lens = lens;
        this.enabled = lens.bool(this, "enabled", s -> s.lane(lane).enabled(),
                (s, on) -> s.withLaneEnabled(lane, on), error::set);
        this.config = lens.object(this, "config", s -> s.lane(lane).config(),
                (s, c) -> s.withLaneConfig(lane, c), error::set);
        this.schedule = lens.object(this, "schedule", s -> s.lane(lane).schedule(),
                (s, next) -> s.withLane(s.lane(lane).withSchedule(next)), error::set);
        for (Hyperparameter h : Hyperparameter.values()) {
            values.put(h, lens.number(this, h.name(), s -> h.get(configOf(s)),
                    (s, v) -> s.withLaneConfig(lane, h.with(configOf(s), v)), error::set));
        }
        for (Switch sw : Switch.values()) {
            switches.put(sw, lens.bool(this, sw.name(), s -> sw.get(configOf(s)),
                    (s, on) -> s.withLaneConfig(lane, sw.with(configOf(s), on)), error::set));
        }
    }

    private OptimizerConfig configOf(PlaygroundState state) {
        return state.lane(lane).config();
    }

    public OptimizerLane lane() {
        return lane;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public boolean isEnabled() {
        return enabled.get();
    }

    public ReadOnlyObjectProperty<OptimizerConfig> configProperty() {
        return config;
    }

    public OptimizerConfig config() {
        return config.get();
    }

    /** The lane's learning-rate schedule (with its warm-up), for the card's schedule row to edit. */
    public ObjectProperty<Schedule> scheduleProperty() {
        return schedule;
    }

    /** Why the last edit was refused, or "" when the configuration took every edit. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The value of one hyperparameter, for a slider or number field to bind to. */
    public DoubleProperty value(Hyperparameter h) {
        return values.get(h);
    }

    public BooleanProperty switchValue(Switch s) {
        return switches.get(s);
    }

    /**
     * Replaces the whole configuration.
     *
     * @throws IllegalArgumentException when it is invalid or for another optimizer; nothing changes then
     */
    public void setConfig(OptimizerConfig next) {
        lens.edit(s -> s.withLaneConfig(lane, next));
        error.set("");
    }

    /** Forms and defaults of a framework, keeping this lane's learning rate (see {@link OptimizerLane}). */
    public void applyConvention(Convention convention) {
        setConfig(lane.configFor(convention, config.get().learningRate()));
    }
}
