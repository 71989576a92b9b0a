package dev.optimizerplayground.core.optimizer;

import java.util.List;

/**
 * Gradient descent, optionally with (Nesterov) momentum, in PyTorch's form
 * ({@code torch/optim/sgd.py}, {@code _single_tensor_sgd}, dampening 0):
 * <pre>
 *   plain:     θ −= η·g
 *   momentum:  buf = g at t = 1, else μ·buf + g;   θ −= η·buf
 *   Nesterov:  same buf;                           θ −= η·(g + μ·buf)
 * </pre>
 * Keras 3 ({@code keras/src/optimizers/sgd.py}, {@code SGD.update_step}) keeps a velocity
 * v = μ·v − η·g, θ += v (Nesterov: θ += μ·v − η·g). With a constant η, by induction v = −η·buf
 * (v₁ = −η·g = −η·buf₁, and v_t = μ·v − η·g = −η·(μ·buf + g)), so both conventions take the
 * same steps up to rounding; they would differ only under a learning-rate schedule, which this
 * playground does not have. One implementation therefore serves every convention, and the
 * "momentum_buffer" state is PyTorch's buf (gradient units; Keras' velocity is −η·buf).
 */
final class SgdOptimizer extends AbstractOptimizer {

    private final double momentum;
    private final boolean nesterov;
    private final double[] buffer;

    SgdOptimizer(OptimizerConfig config, int dimension) {
        super(config, dimension, config.momentum() > 0 ? List.of("momentum_buffer") : List.of());
        momentum = config.momentum();
        nesterov = config.nesterov();
        buffer = momentum > 0 ? stateArray("momentum_buffer") : null;
    }

    @Override
    protected void update(double[] theta, double[] gradient, int t) {
        for (int i = 0; i < theta.length; i++) {
            double g = gradient[i];
            double direction = g;
            if (buffer != null) {
                buffer[i] = t == 1 ? g : momentum * buffer[i] + g;
                direction = nesterov ? g + momentum * buffer[i] : buffer[i];
            }
            theta[i] -= learningRate() * direction;
            effectiveLearningRate[i] = learningRate();
        }
    }
}
