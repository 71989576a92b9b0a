package dev.optimizerplayground.core.optimizer;

import java.util.List;
import java.util.Set;

/**
 * Nadam (Dozat 2016): Adam with Nesterov momentum and a warming-up momentum schedule. Per step,
 * with m₀ = v₀ = 0 and Π₀ = 1:
 * <pre>
 *   μ_t = β1·(1 − 0.5·0.96^(ψ·t)),   μ_{t+1} likewise,   Π_t = Π_{t−1}·μ_t     "mu_product" (Keras: "u_product")
 *   m = β1·m + (1 − β1)·g;   v = β2·v + (1 − β2)·g²      "exp_avg", "exp_avg_sq" (Keras: "momentums", "velocities")
 *   m̄ = (1 − μ_t)/(1 − Π_t)·g + μ_{t+1}/(1 − Π_t·μ_{t+1})·m
 *   θ −= η·m̄/(√v̂ + ε),   v̂ = v/(1 − β2ᵗ)
 *   ε-hat form: θ −= η·√(1 − β2ᵗ)·m̄/(√v + ε̂)
 * </pre>
 * PyTorch: torch/optim/nadam.py, {@code _single_tensor_nadam}, ψ = momentum_decay = 0.004 (the
 * single-tensor path of torch 1.13 multiplied μ_t into Π_t·μ_{t+1} twice; its foreach path and later
 * releases use the formula above). Keras 3: keras/src/optimizers/nadam.py,
 * {@code Nadam._backend_update_step} and {@code update_step}: the same formula with 0.96^t, i.e.
 * ψ = 1, and ε added to √v̂ (not the ε-hat form, despite its docstring). The ε-hat option is
 * Kingma &amp; Ba's rewriting applied to Nadam; no framework uses it by default.
 */
final class NadamOptimizer extends AbstractOptimizer {

    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double momentumDecay;
    private final boolean epsilonHat;
    private final double[] m;
    private final double[] v;
    /** Π_t in element 0: one number for all parameters because μ_t depends only on t. */
    private final double[] muProduct;

    NadamOptimizer(OptimizerConfig config, int dimension) {
        super(config, dimension, List.of("exp_avg", "exp_avg_sq", "mu_product"), Set.of("mu_product"));
        beta1 = config.beta1();
        beta2 = config.beta2();
        epsilon = config.epsilon();
        momentumDecay = config.momentumDecay();
        epsilonHat = config.epsilonHat();
        m = stateArray("exp_avg");
        v = stateArray("exp_avg_sq");
        muProduct = stateArray("mu_product");
        muProduct[0] = 1;
    }

    private double mu(int t) {
        return beta1 * (1 - 0.5 * Math.pow(0.96, t * momentumDecay));
    }

    @Override
    protected void update(double[] theta, double[] gradient, int t) {
        double mu = mu(t);
        double muNext = mu(t + 1);
        muProduct[0] *= mu;
        double product = muProduct[0];
        double gradientStep = learningRate() * (1 - mu) / (1 - product);
        double momentumStep = learningRate() * muNext / (1 - product * muNext);
        double sqrtCorrection2 = Math.sqrt(1 - Math.pow(beta2, t));
        for (int i = 0; i < theta.length; i++) {
            double g = gradient[i];
            m[i] = beta1 * m[i] + (1 - beta1) * g;
            v[i] = beta2 * v[i] + (1 - beta2) * g * g;
            double denominator = epsilonHat
                    ? (Math.sqrt(v[i]) + epsilon) / sqrtCorrection2
                    : Math.sqrt(v[i]) / sqrtCorrection2 + epsilon;
            // Two separate subtractions in PyTorch's order: on a curved valley a Nadam path
            // amplifies a one-ulp difference to 1e-7 within 100 steps, and the golden
            // trajectories come from PyTorch.
            theta[i] -= gradientStep * g / denominator;
            theta[i] -= momentumStep * m[i] / denominator;
            effectiveLearningRate[i] = learningRate() / denominator;
        }
    }
}
