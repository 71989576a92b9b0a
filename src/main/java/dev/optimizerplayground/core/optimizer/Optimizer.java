package dev.optimizerplayground.core.optimizer;

import java.util.List;

/**
 * One running optimizer: steps a parameter vector θ given the gradient g = ∇f(θ), and exposes its
 * per-parameter internal state after each step so the app can chart it. Not thread-safe.
 *
 * <p><b>Effective learning rate</b> of parameter i is the factor that multiplies the gradient, or
 * the momentum / first-moment direction, in the last update of θᵢ:
 * <ul>
 *   <li>SGD (with or without momentum): η.
 *   <li>Adagrad: η/(√G + ε) with ε outside, η/√(G + ε) inside; G = Σg² after this step.
 *   <li>RMSProp: η/(√v + ε) outside, η/√(v + ε) inside, where v is E[g²] after this step,
 *       replaced by v − E[g]² when centered and divided by (1 − βᵗ) with bias correction. With
 *       momentum it is the factor applied to g before g enters the buffer.
 *   <li>Adam: the factor on the bias-corrected m̂ = m/(1 − β1ᵗ) in every convention:
 *       η/(√v̂ + ε) with v̂ = v/(1 − β2ᵗ) (from max_exp_avg_sq with AMSGrad); in the ε-hat
 *       (Keras) form η·√(1 − β2ᵗ)/(√v + ε̂), which is α_t/(√v + ε̂)·(1 − β1ᵗ) with
 *       α_t = η·√(1 − β2ᵗ)/(1 − β1ᵗ): Keras's step multiplies the raw m by α_t/(√v + ε̂),
 *       1/(1 − β1ᵗ) times this, and takes the same step.
 *   <li>Nadam: η/(√v̂ + ε), which multiplies the Nesterov direction m̄ (see {@link NadamOptimizer});
 *       in the ε-hat form η·√(1 − β2ᵗ)/(√v + ε̂).
 *   <li>AdaDelta: η·√(E[Δθ²] + ε)/√(E[g²] + ε), with E[Δθ²] from <em>before</em> this step (the
 *       one the update used) and E[g²] after it.
 * </ul>
 */
public interface Optimizer {

    /**
     * Performs step t = stepCount() + 1: updates {@code theta} in place from {@code gradient}.
     *
     * @throws IllegalArgumentException if either array's length is not the dimension this
     *     optimizer was created for (nothing is changed then)
     */
    void step(double[] theta, double[] gradient);

    /**
     * Sets η for the following steps, as a PyTorch scheduler sets a parameter group's {@code lr}:
     * everything else in the update (and the state) is unchanged. Starts at the config's η.
     */
    void setLearningRate(double rate);

    /** Number of steps taken so far; 0 for a fresh optimizer. */
    int stepCount();

    /** See the class comment; NaN before the first step. */
    double effectiveLearningRate(int parameter);

    /**
     * Names of the state quantities, in index order, spelled as PyTorch's {@code optimizer.state}
     * spells them in every convention: RMSProp ["square_avg"] (+ "grad_avg" centered,
     * + "momentum_buffer" with momentum); Adagrad ["sum"]; Adam ["exp_avg", "exp_avg_sq"]
     * (+ "max_exp_avg_sq" with AMSGrad); Nadam ["exp_avg", "exp_avg_sq", "mu_product"]; SGD
     * ["momentum_buffer"] with momentum, [] without; AdaDelta ["square_avg", "acc_delta"]. Fixed
     * for the life of the optimizer.
     */
    List<String> stateNames();

    /**
     * Whether state {@code stateIndex} is one number shared by all parameters (Nadam's
     * "mu_product", which depends only on t) rather than one value per parameter.
     */
    boolean isScalarState(int stateIndex);

    /**
     * Value of state {@code stateIndex} (index into {@link #stateNames()}) after the last step; a
     * scalar state has the same value for every parameter.
     */
    double state(int stateIndex, int parameter);

    /** The validated configuration this optimizer was created from. */
    OptimizerConfig config();
}
