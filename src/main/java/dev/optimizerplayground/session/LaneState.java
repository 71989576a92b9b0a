package dev.optimizerplayground.session;

import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.training.Schedule;
import java.util.Objects;

/**
 * One lane of the playground: whether it runs, its configuration and its learning-rate schedule.
 * Validated on construction, so a state never holds a configuration the optimizer would refuse.
 *
 * @throws IllegalArgumentException when the configuration is invalid or for another optimizer
 *     ("lane 'sgd' runs SGD, but its config is for adam")
 */
public record LaneState(OptimizerLane lane, boolean enabled, OptimizerConfig config, Schedule schedule) {

    public LaneState {
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(schedule, "schedule");
        if (config.kind() != lane.kind()) {
            throw new IllegalArgumentException(Messages.get("error.session.lane-config", lane.id(),
                    lane.kind().displayName(), config.kind().id()));
        }
        config.validate();
    }

    /** A lane with a constant learning rate. */
    public LaneState(OptimizerLane lane, boolean enabled, OptimizerConfig config) {
        this(lane, enabled, config, Schedule.CONSTANT);
    }

    /** The lane as a new playground has it: on or off by default, textbook forms, classroom η. */
    public static LaneState initial(OptimizerLane lane) {
        return new LaneState(lane, lane.onByDefault(), lane.initialConfig());
    }

    public LaneState withEnabled(boolean on) {
        return new LaneState(lane, on, config, schedule);
    }

    public LaneState withConfig(OptimizerConfig next) {
        return new LaneState(lane, enabled, next, schedule);
    }

    public LaneState withSchedule(Schedule next) {
        return new LaneState(lane, enabled, config, next);
    }
}
