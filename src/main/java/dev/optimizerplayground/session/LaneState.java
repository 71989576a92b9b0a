package dev.optimizerplayground.session;

import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import java.util.Objects;

/**
 * One lane of the playground: whether it runs, and its configuration. Validated on construction,
 * so a state never holds a configuration the optimizer would refuse.
 *
 * @throws IllegalArgumentException when the configuration is invalid or for another optimizer
 *     ("lane 'sgd' runs SGD, but its config is for adam")
 */
public record LaneState(OptimizerLane lane, boolean enabled, OptimizerConfig config) {

    public LaneState {
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(config, "config");
        if (config.kind() != lane.kind()) {
            throw new IllegalArgumentException("lane '" + lane.id() + "' runs " + lane.kind().displayName()
                    + ", but its config is for " + config.kind().id());
        }
        config.validate();
    }

    /** The lane as a new playground has it: on or off by default, textbook forms, classroom η. */
    public static LaneState initial(OptimizerLane lane) {
        return new LaneState(lane, lane.onByDefault(), lane.initialConfig());
    }

    public LaneState withEnabled(boolean on) {
        return new LaneState(lane, on, config);
    }

    public LaneState withConfig(OptimizerConfig next) {
        return new LaneState(lane, enabled, next);
    }
}
