package dev.optimizerplayground.core.scenario;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.training.Schedule;
import java.util.Objects;

/**
 * One optimizer lane of a scenario. The lane is named by its id ("rmsprop", "sgd-momentum", ...)
 * because the lanes themselves belong to the window; the window resolves the id.
 *
 * @param config the lane's full configuration, or {@code null} when a hand-written file left it
 *     out, meaning "the lane's own starting configuration"
 * @param schedule the lane's learning-rate schedule ({@link Schedule#CONSTANT} when the file has none)
 * @param twin the convention the lane's twin races in, or null for none
 */
public record ScenarioLane(String id, boolean enabled, OptimizerConfig config, Schedule schedule, Convention twin) {

    public ScenarioLane {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schedule, "schedule");
        if (config != null) {
            config.validate();
        }
    }

    /** A lane without a twin. */
    public ScenarioLane(String id, boolean enabled, OptimizerConfig config, Schedule schedule) {
        this(id, enabled, config, schedule, null);
    }

    /** A lane with a constant learning rate. */
    public ScenarioLane(String id, boolean enabled, OptimizerConfig config) {
        this(id, enabled, config, Schedule.CONSTANT);
    }
}
