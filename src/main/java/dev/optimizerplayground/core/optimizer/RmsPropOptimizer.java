package dev.optimizerplayground.core.optimizer;

import java.util.ArrayList;
import java.util.List;

/**
 * RMSProp (Hinton, lecture 6e). Per step, with v₀ = a₀ = buf₀ = 0:
 * <pre>
 *   v = β·v + (1 − β)·g²                    "square_avg" (Keras: "velocities")
 *   a = β·a + (1 − β)·g                     "grad_avg", centered only (Keras: "average_gradients")
 *   s = v,  or v/(1 − βᵗ) with bias correction,  minus a² when centered
 *   d = √(s + ε)  (INSIDE)   or   √s + ε  (OUTSIDE)
 *   θ −= η·g/d,   or with momentum μ:  buf = μ·buf + g/d,  θ −= η·buf     "momentum_buffer"
 * </pre>
 * PyTorch: torch/optim/rmsprop.py, {@code _single_tensor_rmsprop} (ε outside, also when centered:
 * √(v − a²) + ε). Keras 3: keras/src/optimizers/rmsprop.py, {@code RMSprop.update_step} (ε inside:
 * √(v − a² + ε)); Keras puts η inside its momentum buffer (buf = μ·buf + η·g/d, θ −= buf), which
 * with a constant η is η times PyTorch's buffer and takes the same steps, so one form serves both;
 * "momentum_buffer" is PyTorch's (Keras' "momentums" are η times it). Under a learning-rate schedule the two differ (Keras keeps each step's η
 * in the buffer); the playground's schedules follow PyTorch's lr_scheduler, so this form is right.
 *
 * <p>Bias correction is no framework's option: it divides v by 1 − βᵗ as Adam does, so the first
 * steps are not inflated by v starting at 0. E[g] is deliberately left uncorrected: the fully
 * corrected variance v̂ − â² is exactly 0 at t = 1 (one sample has no spread), which would make
 * the first step η·g/√ε. s is clamped at 0 because v − a² ≥ 0 holds exactly but can round below.
 */
final class RmsPropOptimizer extends AbstractOptimizer {

    private final double beta;
    private final double epsilon;
    private final EpsilonPlacement placement;
    private final boolean biasCorrection;
    private final double momentum;
    private final double[] squareAverage;
    private final double[] gradientAverage;
    private final double[] buffer;

    RmsPropOptimizer(OptimizerConfig config, int dimension) {
        super(config, dimension, stateNames(config));
        beta = config.beta();
        epsilon = config.epsilon();
        placement = config.epsilonPlacement();
        biasCorrection = config.biasCorrection();
        momentum = config.momentum();
        squareAverage = stateArray("square_avg");
        gradientAverage = config.centered() ? stateArray("grad_avg") : null;
        buffer = momentum > 0 ? stateArray("momentum_buffer") : null;
    }

    private static List<String> stateNames(OptimizerConfig config) {
        List<String> names = new ArrayList<>(List.of("square_avg"));
        if (config.centered()) {
            names.add("grad_avg");
        }
        if (config.momentum() > 0) {
            names.add("momentum_buffer");
        }
        return names;
    }

    @Override
    protected void update(double[] theta, double[] gradient, int t) {
        double correction = biasCorrection ? 1 - Math.pow(beta, t) : 1;
        for (int i = 0; i < theta.length; i++) {
            double g = gradient[i];
            squareAverage[i] = beta * squareAverage[i] + (1 - beta) * g * g;
            double s = squareAverage[i] / correction;
            if (gradientAverage != null) {
                gradientAverage[i] = beta * gradientAverage[i] + (1 - beta) * g;
                s = Math.max(0, s - gradientAverage[i] * gradientAverage[i]);
            }
            double denominator = placement.denominator(s, epsilon);
            if (buffer != null) {
                buffer[i] = momentum * buffer[i] + g / denominator;
                theta[i] -= learningRate() * buffer[i];
            } else {
                theta[i] -= learningRate() * g / denominator;
            }
            effectiveLearningRate[i] = learningRate() / denominator;
        }
    }
}
