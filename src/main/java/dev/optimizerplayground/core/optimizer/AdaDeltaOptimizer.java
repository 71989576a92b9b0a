package dev.optimizerplayground.core.optimizer;

import java.util.List;

/**
 * AdaDelta (Zeiler 2012, Algorithm 1, with a learning rate in front as both frameworks add):
 * <pre>
 *   E[g²]  = ρ·E[g²] + (1 − ρ)·g²                "square_avg" (Keras: "accumulated_grads")
 *   Δ      = √(E[Δθ²] + ε)/√(E[g²] + ε)·g        (E[Δθ²] of the previous step)
 *   E[Δθ²] = ρ·E[Δθ²] + (1 − ρ)·Δ²              "acc_delta" (Keras: "accumulated_delta_vars")
 *   θ     −= η·Δ
 * </pre>
 * PyTorch: torch/optim/adadelta.py, {@code _single_tensor_adadelta}; Keras 3:
 * keras/src/optimizers/adadelta.py, {@code Adadelta.update_step}. Both accumulate Δ without η,
 * so η = 1 is Zeiler's method.
 */
final class AdaDeltaOptimizer extends AbstractOptimizer {

    private final double rho;
    private final double epsilon;
    private final double[] squareAverage;
    private final double[] deltaAverage;

    AdaDeltaOptimizer(OptimizerConfig config, int dimension) {
        super(config, dimension, List.of("square_avg", "acc_delta"));
        rho = config.beta();
        epsilon = config.epsilon();
        squareAverage = stateArray("square_avg");
        deltaAverage = stateArray("acc_delta");
    }

    @Override
    protected void update(double[] theta, double[] gradient, int t) {
        for (int i = 0; i < theta.length; i++) {
            double g = gradient[i];
            squareAverage[i] = rho * squareAverage[i] + (1 - rho) * g * g;
            double ratio = Math.sqrt(deltaAverage[i] + epsilon) / Math.sqrt(squareAverage[i] + epsilon);
            double delta = ratio * g;
            deltaAverage[i] = rho * deltaAverage[i] + (1 - rho) * delta * delta;
            theta[i] -= learningRate() * delta;
            effectiveLearningRate[i] = learningRate() * ratio;
        }
    }
}
