package dev.optimizerplayground.session;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.training.Schedule;
import java.util.Objects;

/**
 * One lane of the playground: whether it runs, its configuration, its learning-rate schedule and
 * the convention of its twin, if it races one. Validated on construction, so a state never holds
 * a configuration the optimizer would refuse.
 *
 * <p>A twin is the lane raced again in another convention (textbook, PyTorch, Keras) with the
 * lane's learning rate and that convention's forms and defaults, so that the two paths show what
 * the convention changes; it follows the lane's η and schedule and has no settings of its own.
 *
 * @param twin the convention the lane's twin races in, or null for no twin
 * @throws IllegalArgumentException when the configuration is invalid or for another optimizer
 *     ("lane 'sgd' runs SGD, but its config is for adam")
 */
public record LaneState(OptimizerLane lane, boolean enabled, OptimizerConfig config, Schedule schedule,
                        Convention twin) {

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

    /** A lane with a constant learning rate and no twin. */
    public LaneState(OptimizerLane lane, boolean enabled, OptimizerConfig config) {
        this(lane, enabled, config, Schedule.CONSTANT, null);
    }

    /** The lane as a new playground has it: on or off by default, textbook forms, classroom η. */
    public static LaneState initial(OptimizerLane lane) {
        return new LaneState(lane, lane.onByDefault(), lane.initialConfig());
    }

    public LaneState withEnabled(boolean on) {
        return new LaneState(lane, on, config, schedule, twin);
    }

    public LaneState withConfig(OptimizerConfig next) {
        return new LaneState(lane, enabled, next, schedule, twin);
    }

    public LaneState withSchedule(Schedule next) {
        return new LaneState(lane, enabled, config, next, twin);
    }

    /** Races the lane's twin in this convention; null for none. */
    public LaneState withTwin(Convention convention) {
        return new LaneState(lane, enabled, config, schedule, convention);
    }

    /** The configuration the twin runs: the twin's convention, this lane's η (given, after any sharing). */
    public OptimizerConfig twinConfig(double learningRate) {
        return lane.configFor(twin, learningRate);
    }
}
