package dev.optimizerplayground.core.optimizer;

import java.util.Arrays;
import java.util.List;

/**
 * Adagrad (Duchi et al. 2011): G starts at the initial accumulator, then per step
 * <pre>
 *   G += g²                                "sum" (Keras: "accumulators")
 *   θ −= η·g/(√G + ε)     ε OUTSIDE: PyTorch (torch/optim/adagrad.py, _single_tensor_adagrad), Duchi's δ
 *   θ −= η·g/√(G + ε)     ε INSIDE:  Keras 3 (keras/src/optimizers/adagrad.py, Adagrad.update_step)
 * </pre>
 * PyTorch's lr_decay is not offered (it is 0 by default).
 */
final class AdagradOptimizer extends AbstractOptimizer {

    private final double epsilon;
    private final EpsilonPlacement placement;
    private final double[] sum;

    AdagradOptimizer(OptimizerConfig config, int dimension) {
        super(config, dimension, List.of("sum"));
        epsilon = config.epsilon();
        placement = config.epsilonPlacement();
        sum = stateArray("sum");
        Arrays.fill(sum, config.initialAccumulator());
    }

    @Override
    protected void update(double[] theta, double[] gradient, int t) {
        for (int i = 0; i < theta.length; i++) {
            double g = gradient[i];
            sum[i] += g * g;
            double rate = learningRate() / placement.denominator(sum[i], epsilon);
            theta[i] -= step(rate, g);
            effectiveLearningRate[i] = rate;
        }
    }
}
