package dev.optimizerplayground.ui.model;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * One optimizer lane's settings in the window: whether it runs, and its configuration. The
 * configuration is the single source of truth; each slider binds two-way to a property from
 * {@link #value(Hyperparameter)} or {@link #switchValue(Switch)}, which this class keeps in step
 * with it. A value that makes the configuration invalid is refused: the property snaps back and
 * {@link #errorProperty()} says why.
 */
public final class OptimizerSlot {

    private final OptimizerLane lane;
    private final BooleanProperty enabled;
    private final ReadOnlyObjectWrapper<OptimizerConfig> config;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final Map<Hyperparameter, DoubleProperty> values = new EnumMap<>(Hyperparameter.class);
    private final Map<Switch, BooleanProperty> switches = new EnumMap<>(Switch.class);
    /** True while the properties are being refreshed from the configuration, not by the user. */
    private boolean syncing;

    public OptimizerSlot(OptimizerLane lane) {
        this.lane = lane;
        this.enabled = new SimpleBooleanProperty(this, "enabled", lane.onByDefault());
        this.config = new ReadOnlyObjectWrapper<>(this, "config", lane.initialConfig());
        for (Hyperparameter h : Hyperparameter.values()) {
            DoubleProperty p = new SimpleDoubleProperty(this, h.name(), h.get(config.get()));
            p.addListener((obs, old, now) -> edit(c -> h.set(c, now.doubleValue())));
            values.put(h, p);
        }
        for (Switch s : Switch.values()) {
            BooleanProperty p = new SimpleBooleanProperty(this, s.name(), s.get(config.get()));
            p.addListener((obs, old, now) -> edit(c -> s.set(c, now)));
            switches.put(s, p);
        }
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
        return config.getReadOnlyProperty();
    }

    public OptimizerConfig config() {
        return config.get();
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

    /** Replaces the whole configuration (opening a scenario, choosing a convention). */
    public void setConfig(OptimizerConfig next) {
        next.validate();
        config.set(next);
        error.set("");
        refreshProperties();
    }

    /** Forms and defaults of a framework, keeping this lane's learning rate (see {@link OptimizerLane}). */
    public void applyConvention(Convention convention) {
        setConfig(lane.configFor(convention, config.get().learningRate()));
    }

    private void edit(java.util.function.UnaryOperator<OptimizerConfig> change) {
        if (syncing) {
            return;
        }
        try {
            OptimizerConfig next = change.apply(config.get());
            next.validate();
            config.set(next);
            error.set("");
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            refreshProperties();
        }
    }

    private void refreshProperties() {
        syncing = true;
        try {
            values.forEach((h, p) -> p.set(h.get(config.get())));
            switches.forEach((s, p) -> p.set(s.get(config.get())));
        } finally {
            syncing = false;
        }
    }
}
