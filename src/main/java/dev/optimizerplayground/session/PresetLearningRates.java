package dev.optimizerplayground.session;

import dev.optimizerplayground.core.surface.Preset;
import java.util.Map;

/**
 * The learning rates a preset brings to the lanes when it is picked in the window, where the
 * lanes' own defaults would fail on it: plain gradient steps that are safe on the bowls diverge on
 * the steep walls of Rosenbrock, Beale, Himmelblau or Rastrigin within a few steps. Every other
 * lane, and every lane on the other presets, gets its {@link OptimizerLane#initialConfig() own
 * default} η back.
 *
 * <p>Each value is at most the largest η on a 1-2-5 ladder (1 … 0.0001) with which that lane, from
 * the preset's start, neither diverged nor ended higher than it began within 200 steps, and about
 * half of it where that still goes downhill (found by running every lane on the ladder); the test
 * {@code PresetLearningRatesTest} runs every preset with every lane to keep it so.
 */
public final class PresetLearningRates {

    private static final Map<String, Map<OptimizerLane, Double>> BY_PRESET = Map.of(
            "rosenbrock", Map.of(OptimizerLane.SGD, 0.001, OptimizerLane.SGD_MOMENTUM, 0.001,
                    OptimizerLane.SGD_NESTEROV, 0.0005),
            "beale", Map.of(OptimizerLane.SGD, 0.01, OptimizerLane.SGD_MOMENTUM, 0.002,
                    OptimizerLane.SGD_NESTEROV, 0.002),
            "himmelblau", Map.of(OptimizerLane.SGD, 0.01, OptimizerLane.SGD_MOMENTUM, 0.01,
                    OptimizerLane.SGD_NESTEROV, 0.01),
            "rastrigin", Map.of(OptimizerLane.SGD, 0.05, OptimizerLane.SGD_MOMENTUM, 0.005,
                    OptimizerLane.SGD_NESTEROV, 0.005));

    private PresetLearningRates() {
    }

    /** The η a lane takes when the preset is picked: the preset's own, else the lane's default. */
    public static double of(Preset preset, OptimizerLane lane) {
        Map<OptimizerLane, Double> own = BY_PRESET.getOrDefault(preset.id(), Map.of());
        return own.getOrDefault(lane, lane.initialConfig().learningRate());
    }
}
