package dev.optimizerplayground.session;

import dev.optimizerplayground.core.run.StepLimits;
import dev.optimizerplayground.core.surface.Preset;
import java.util.Map;

/**
 * What a preset brings when it is picked in the window: the number of steps its race needs, and
 * learning rates for the lanes where their own defaults would fail on it: plain gradient steps that are safe on the bowls diverge on
 * the steep walls of Rosenbrock, Beale, Himmelblau or Rastrigin within a few steps. Every other
 * lane, and every lane on the other presets, gets its {@link OptimizerLane#initialConfig() own
 * default} η back.
 *
 * <p>Each value is at most the largest η on a 1-2-5 ladder (1 … 0.0001) with which that lane, from
 * the preset's start, neither diverged nor ended higher than it began within 200 steps, and about
 * half of it where that still goes downhill (found by running every lane on the ladder); the test
 * {@code PresetSettingsTest} runs every preset with every lane to keep it so.
 *
 * <p>The steps are {@value StepLimits#DEFAULT_STEPS} unless the race needs longer to be decided:
 * about 1.2 times the step by which half of the four lanes shown first (RMSProp, Adagrad, SGD, Adam)
 * come within 1 % of where they end after 5,000 steps, rounded up to 1000, 1500, 2000 …; on
 * Rosenbrock's curved valley that is 1,500.
 */
public final class PresetSettings {

    private static final Map<String, Map<OptimizerLane, Double>> BY_PRESET = Map.of(
            "rosenbrock", Map.of(OptimizerLane.SGD, 0.001, OptimizerLane.SGD_MOMENTUM, 0.001,
                    OptimizerLane.SGD_NESTEROV, 0.0005),
            "beale", Map.of(OptimizerLane.SGD, 0.01, OptimizerLane.SGD_MOMENTUM, 0.002,
                    OptimizerLane.SGD_NESTEROV, 0.002),
            "himmelblau", Map.of(OptimizerLane.SGD, 0.01, OptimizerLane.SGD_MOMENTUM, 0.01,
                    OptimizerLane.SGD_NESTEROV, 0.01),
            "rastrigin", Map.of(OptimizerLane.SGD, 0.05, OptimizerLane.SGD_MOMENTUM, 0.005,
                    OptimizerLane.SGD_NESTEROV, 0.005),
            // Values up to about 10⁶ on the window: only tiny plain steps stay on it.
            "goldstein-price", Map.of(OptimizerLane.SGD, 5e-6, OptimizerLane.SGD_MOMENTUM, 1e-6,
                    OptimizerLane.SGD_NESTEROV, 1e-6));

    private static final Map<String, Integer> STEPS = Map.of("rosenbrock", 1500);

    private PresetSettings() {
    }

    /** The step budget a preset's race gets when it is picked. */
    public static int steps(Preset preset) {
        return STEPS.getOrDefault(preset.id(), StepLimits.DEFAULT_STEPS);
    }

    /** The η a lane takes when the preset is picked: the preset's own, else the lane's default. */
    public static double learningRate(Preset preset, OptimizerLane lane) {
        Map<OptimizerLane, Double> own = BY_PRESET.getOrDefault(preset.id(), Map.of());
        return own.getOrDefault(lane, lane.initialConfig().learningRate());
    }
}
