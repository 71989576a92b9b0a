package dev.optimizerplayground.core.scenario;

import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import java.util.Objects;

/**
 * One optimizer lane of a scenario. The lane is named by its id ("rmsprop", "sgd-momentum", ...)
 * because the lanes themselves belong to the window; the window resolves the id.
 *
 * @param config the lane's full configuration, or {@code null} when a hand-written file left it
 *     out, meaning "the lane's own starting configuration"
 */
public record ScenarioLane(String id, boolean enabled, OptimizerConfig config) {

    public ScenarioLane {
        Objects.requireNonNull(id, "id");
        if (config != null) {
            config.validate();
        }
    }
}
