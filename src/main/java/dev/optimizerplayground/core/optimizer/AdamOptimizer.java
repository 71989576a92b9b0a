package dev.optimizerplayground.core.optimizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Adam (Kingma &amp; Ba 2015). Per step, with m₀ = v₀ = 0:
 * <pre>
 *   m = β1·m + (1 − β1)·g;   v = β2·v + (1 − β2)·g²      "exp_avg", "exp_avg_sq" (Keras: "momentums", "velocities")
 *   AMSGrad: vmax = max(vmax, v) replaces v below   ("max_exp_avg_sq", Keras "velocity_hats", stored uncorrected as both frameworks do)
 *   Algorithm 1 / PyTorch:  θ −= η·m̂/(√v̂ + ε),  m̂ = m/(1 − β1ᵗ), v̂ = v/(1 − β2ᵗ)
 *   ε-hat / Keras 3:        θ −= α_t·m/(√v + ε̂),  α_t = η·√(1 − β2ᵗ)/(1 − β1ᵗ)
 * </pre>
 * PyTorch: torch/optim/adam.py, {@code _single_tensor_adam} (AMSGrad: max of the raw v, then
 * divided by √(1 − β2ᵗ)). Keras 3: keras/src/optimizers/adam.py, {@code Adam.update_step}
 * (AMSGrad: v_hat = max(v_hat, v), used in place of v). The two forms differ only in where ε
 * acts: ε̂ = ε·√(1 − β2ᵗ).
 */
final class AdamOptimizer extends AbstractOptimizer {

    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final boolean epsilonHat;
    private final double[] m;
    private final double[] v;
    private final double[] vMax;

    AdamOptimizer(OptimizerConfig config, int dimension) {
        super(config, dimension, stateNames(config));
        beta1 = config.beta1();
        beta2 = config.beta2();
        epsilon = config.epsilon();
        epsilonHat = config.epsilonHat();
        m = stateArray("exp_avg");
        v = stateArray("exp_avg_sq");
        vMax = config.amsgrad() ? stateArray("max_exp_avg_sq") : null;
    }

    private static List<String> stateNames(OptimizerConfig config) {
        List<String> names = new ArrayList<>(List.of("exp_avg", "exp_avg_sq"));
        if (config.amsgrad()) {
            names.add("max_exp_avg_sq");
        }
        return names;
    }

    @Override
    protected void update(double[] theta, double[] gradient, int t) {
        double correction1 = 1 - Math.pow(beta1, t);
        double sqrtCorrection2 = Math.sqrt(1 - Math.pow(beta2, t));
        for (int i = 0; i < theta.length; i++) {
            double g = gradient[i];
            m[i] = beta1 * m[i] + (1 - beta1) * g;
            v[i] = beta2 * v[i] + (1 - beta2) * g * g;
            double second = v[i];
            if (vMax != null) {
                vMax[i] = Math.max(vMax[i], v[i]);
                second = vMax[i];
            }
            if (epsilonHat) {
                double stepSize = learningRate() * sqrtCorrection2 / correction1 / (Math.sqrt(second) + epsilon);
                theta[i] -= step(stepSize, m[i]);
                // The factor on m̂ = m/(1 − β1ᵗ), as in the other form: α_t·m = (α_t·(1 − β1ᵗ))·m̂.
                effectiveLearningRate[i] = learningRate() * sqrtCorrection2 / (Math.sqrt(second) + epsilon);
            } else {
                double rate = learningRate() / (Math.sqrt(second) / sqrtCorrection2 + epsilon);
                theta[i] -= step(rate, m[i] / correction1);
                effectiveLearningRate[i] = rate;
            }
        }
    }
}
