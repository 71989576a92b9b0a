package dev.optimizerplayground.core.optimizer;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.NumberText;
import java.util.Objects;

/**
 * Every hyperparameter and formula choice of one optimizer. Each kind reads only its own
 * components and ignores the rest, but {@link #validate()} checks all of them, so a config stays
 * valid when the person switches kind.
 *
 * <p>Which optimizer reads which component is the one table in {@link Hyperparameter} and
 * {@link Switch} (AdaDelta's ε is always inside both roots, as in every source). The update
 * formulas are documented on each implementation ({@link SgdOptimizer}, {@link AdagradOptimizer},
 * {@link RmsPropOptimizer}, {@link AdamOptimizer}, {@link NadamOptimizer},
 * {@link AdaDeltaOptimizer}).
 *
 * @param momentum SGD momentum μ, and RMSProp momentum; in [0, 1)
 * @param nesterov SGD Nesterov momentum; needs momentum &gt; 0
 * @param beta RMSProp decay (PyTorch {@code alpha}, Keras {@code rho}) and AdaDelta ρ; in [0, 1)
 * @param epsilonPlacement Adagrad and RMSProp: ε inside or outside the square root
 * @param centered RMSProp: divide by the estimated variance E[g²] − E[g]² instead of E[g²]
 * @param biasCorrection RMSProp: use v/(1 − βᵗ) instead of v (no framework does this; it is the
 *     Adam correction, offered so the playground can show what it changes)
 * @param initialAccumulator Adagrad's starting Σg²; ≥ 0
 * @param amsgrad Adam: divide by the running maximum of v
 * @param momentumDecay Nadam ψ in μ_t = β1·(1 − 0.5·0.96^(ψ·t)); PyTorch and Dozat 0.004, Keras 3
 *     uses 0.96^t, that is ψ = 1; ≥ 0
 * @param epsilonHat Adam and Nadam: the Kingma &amp; Ba "ε-hat" form (ε added to the uncorrected
 *     √v, bias corrections folded into the step size) instead of Algorithm 1's √v̂ + ε
 */
public record OptimizerConfig(
        OptimizerKind kind,
        Convention convention,
        double learningRate,
        double momentum,
        boolean nesterov,
        double beta,
        double beta1,
        double beta2,
        double epsilon,
        EpsilonPlacement epsilonPlacement,
        boolean centered,
        boolean biasCorrection,
        double initialAccumulator,
        boolean amsgrad,
        double momentumDecay,
        boolean epsilonHat) {

    /*
     * Sources of every default and form (checked against the code, not only the docs):
     *  PyTorch (torch 1.13 as installed by Debian python3-torch, and current main):
     *   https://github.com/pytorch/pytorch/blob/main/torch/optim/sgd.py      SGD.__init__ (lr 1e-3 since torch 2.2; before, lr had no default), _single_tensor_sgd
     *   https://github.com/pytorch/pytorch/blob/main/torch/optim/adagrad.py  Adagrad.__init__ (lr 1e-2, initial_accumulator_value 0, eps 1e-10), _single_tensor_adagrad (std = sqrt(sum) + eps)
     *   https://github.com/pytorch/pytorch/blob/main/torch/optim/rmsprop.py  RMSprop.__init__ (lr 1e-2, alpha 0.99, eps 1e-8), _single_tensor_rmsprop (avg = sqrt(square_avg [- grad_avg²]) + eps)
     *   https://github.com/pytorch/pytorch/blob/main/torch/optim/adam.py     Adam.__init__ (lr 1e-3, betas (0.9, 0.999), eps 1e-8), _single_tensor_adam
     *   https://github.com/pytorch/pytorch/blob/main/torch/optim/nadam.py    NAdam.__init__ (lr 2e-3, momentum_decay 4e-3, eps 1e-8), _single_tensor_nadam
     *   https://github.com/pytorch/pytorch/blob/main/torch/optim/adadelta.py Adadelta.__init__ (lr 1.0, rho 0.9, eps 1e-6), _single_tensor_adadelta
     *  Keras 3:
     *   https://github.com/keras-team/keras/blob/master/keras/src/optimizers/sgd.py      SGD.__init__ (lr 0.01), update_step
     *   https://github.com/keras-team/keras/blob/master/keras/src/optimizers/adagrad.py  Adagrad.__init__ (lr 0.001, initial_accumulator_value 0.1, eps 1e-7), update_step (sqrt(acc + eps))
     *   https://github.com/keras-team/keras/blob/master/keras/src/optimizers/rmsprop.py  RMSprop.__init__ (lr 0.001, rho 0.9, eps 1e-7), update_step (sqrt(velocity [- avg²] + eps))
     *   https://github.com/keras-team/keras/blob/master/keras/src/optimizers/adam.py     Adam.__init__ (lr 0.001, eps 1e-7), update_step (alpha = lr·sqrt(1-β2^t)/(1-β1^t), m·alpha/(sqrt(v)+eps))
     *   https://github.com/keras-team/keras/blob/master/keras/src/optimizers/nadam.py    Nadam.__init__ (lr 0.001, eps 1e-7), _backend_update_step + update_step (0.96^t, sqrt(v_hat)+eps with v_hat = v/(1-β2^t))
     *   https://github.com/keras-team/keras/blob/master/keras/src/optimizers/adadelta.py Adadelta.__init__ (lr 0.001, rho 0.95, eps 1e-7), update_step
     *  Textbook: Duchi, Hazan & Singer 2011 (Adagrad, δ added outside the root); Hinton, Coursera
     *   lecture 6e (RMSProp, β 0.9); Ruder 2016, arXiv:1609.04747 (teaching defaults: RMSProp
     *   η 0.001 with ε inside √(E[g²] + ε), Adagrad η 0.01, ε ≈ 1e-8); Kingma & Ba 2015,
     *   arXiv:1412.6980, Algorithm 1 (Adam) and the ε-hat remark before §2.1; Dozat 2016 (Nadam,
     *   ψ = 0.004, η 0.002); Zeiler 2012, arXiv:1212.5701 (AdaDelta, no learning rate, ρ 0.95, ε 1e-6).
     */

    public OptimizerConfig {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(convention, "convention");
        Objects.requireNonNull(epsilonPlacement, "epsilonPlacement");
    }

    /**
     * The forms and default hyperparameters of {@code kind} under {@code convention}. Components the
     * kind ignores get neutral valid values (momentum 0, β 0.9, β1 0.9, β2 0.999, ...).
     *
     * <table>
     *   <caption>Defaults (η learning rate)</caption>
     *   <tr><th></th><th>TEXTBOOK</th><th>PYTORCH</th><th>KERAS</th></tr>
     *   <tr><td>SGD</td><td>η 0.01, μ 0</td><td>η 0.001, μ 0 (torch ≥ 2.2; older torch had no
     *       default η)</td><td>η 0.01, μ 0 (the Keras and PyTorch momentum forms give the same
     *       steps, see SgdOptimizer)</td></tr>
     *   <tr><td>Adagrad</td><td>η 0.01, ε 1e-8 outside, Σg² starts at 0</td>
     *       <td>η 0.01, ε 1e-10 outside, 0</td><td>η 0.001, ε 1e-7 inside, 0.1</td></tr>
     *   <tr><td>RMSProp</td><td>η 0.001, β 0.9, ε 1e-8 inside</td>
     *       <td>η 0.01, β 0.99, ε 1e-8 outside</td><td>η 0.001, β 0.9, ε 1e-7 inside</td></tr>
     *   <tr><td>Adam</td><td>η 0.001, β1 0.9, β2 0.999, ε 1e-8</td>
     *       <td>same as textbook</td><td>ε 1e-7 in the ε-hat form</td></tr>
     *   <tr><td>Nadam</td><td>η 0.002, ε 1e-8, ψ 0.004</td><td>same as textbook</td>
     *       <td>η 0.001, ε 1e-7, ψ 1 (not the ε-hat form: Keras' Nadam adds ε to √v̂)</td></tr>
     *   <tr><td>AdaDelta</td><td>η 1, ρ 0.95, ε 1e-6</td><td>η 1, ρ 0.9, ε 1e-6</td>
     *       <td>η 0.001, ρ 0.95, ε 1e-7</td></tr>
     * </table>
     *
     * <p>Textbook RMSProp takes Hinton's β 0.9 with the η 0.001 and ε 1e-8 that teaching texts
     * (Ruder 2016) pair with it; ε goes inside because Hinton's slides and Ruder write √(E[g²] + ε)
     * and Keras, the other inside-ε implementation, agrees.
     */
    public static OptimizerConfig defaults(OptimizerKind kind, Convention convention) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(convention, "convention");
        boolean keras = convention == Convention.KERAS;
        boolean pytorch = convention == Convention.PYTORCH;
        OptimizerConfig neutral = new OptimizerConfig(kind, convention, 0.01, 0, false, 0.9, 0.9,
                0.999, 1e-8, EpsilonPlacement.OUTSIDE, false, false, 0, false, keras ? 1 : 0.004,
                false);
        return switch (kind) {
            case SGD -> neutral.withLearningRate(pytorch ? 1e-3 : 0.01);
            case ADAGRAD -> neutral
                    .withLearningRate(keras ? 0.001 : 0.01)
                    .withEpsilon(keras ? 1e-7 : pytorch ? 1e-10 : 1e-8)
                    .withEpsilonPlacement(keras ? EpsilonPlacement.INSIDE : EpsilonPlacement.OUTSIDE)
                    .withInitialAccumulator(keras ? 0.1 : 0);
            case RMSPROP -> neutral
                    .withLearningRate(pytorch ? 0.01 : 0.001)
                    .withBeta(pytorch ? 0.99 : 0.9)
                    .withEpsilon(keras ? 1e-7 : 1e-8)
                    .withEpsilonPlacement(pytorch ? EpsilonPlacement.OUTSIDE : EpsilonPlacement.INSIDE);
            case ADAM -> neutral
                    .withLearningRate(0.001)
                    .withEpsilon(keras ? 1e-7 : 1e-8)
                    .withEpsilonHat(keras);
            case NADAM -> neutral
                    .withLearningRate(keras ? 0.001 : 0.002)
                    .withEpsilon(keras ? 1e-7 : 1e-8);
            case ADADELTA -> neutral
                    .withLearningRate(keras ? 0.001 : 1.0)
                    .withBeta(pytorch ? 0.9 : 0.95)
                    .withEpsilon(keras ? 1e-7 : 1e-6);
        };
    }

    /**
     * {@code defaults(kind(), convention)}: switching convention resets every form AND every
     * hyperparameter to that convention's, including the learning rate. Apply other withers after
     * it to keep a value of your own.
     */
    public OptimizerConfig withConvention(Convention convention) {
        return defaults(kind, convention);
    }

    public OptimizerConfig withLearningRate(double v) {
        return new OptimizerConfig(kind, convention, v, momentum, nesterov, beta, beta1, beta2,
                epsilon, epsilonPlacement, centered, biasCorrection, initialAccumulator, amsgrad,
                momentumDecay, epsilonHat);
    }

    public OptimizerConfig withMomentum(double v) {
        return new OptimizerConfig(kind, convention, learningRate, v, nesterov, beta, beta1, beta2,
                epsilon, epsilonPlacement, centered, biasCorrection, initialAccumulator, amsgrad,
                momentumDecay, epsilonHat);
    }

    public OptimizerConfig withNesterov(boolean v) {
        return new OptimizerConfig(kind, convention, learningRate, momentum, v, beta, beta1, beta2,
                epsilon, epsilonPlacement, centered, biasCorrection, initialAccumulator, amsgrad,
                momentumDecay, epsilonHat);
    }

    public OptimizerConfig withBeta(double v) {
        return new OptimizerConfig(kind, convention, learningRate, momentum, nesterov, v, beta1,
                beta2, epsilon, epsilonPlacement, centered, biasCorrection, initialAccumulator,
                amsgrad, momentumDecay, epsilonHat);
    }

    public OptimizerConfig withBeta1(double v) {
        return new OptimizerConfig(kind, convention, learningRate, momentum, nesterov, beta, v,
                beta2, epsilon, epsilonPlacement, centered, biasCorrection, initialAccumulator,
                amsgrad, momentumDecay, epsilonHat);
    }

    public OptimizerConfig withBeta2(double v) {
        return new OptimizerConfig(kind, convention, learningRate, momentum, nesterov, beta, beta1,
                v, epsilon, epsilonPlacement, centered, biasCorrection, initialAccumulator, amsgrad,
                momentumDecay, epsilonHat);
    }

    public OptimizerConfig withEpsilon(double v) {
        return new OptimizerConfig(kind, convention, learningRate, momentum, nesterov, beta, beta1,
                beta2, v, epsilonPlacement, centered, biasCorrection, initialAccumulator, amsgrad,
                momentumDecay, epsilonHat);
    }

    public OptimizerConfig withEpsilonPlacement(EpsilonPlacement v) {
        return new OptimizerConfig(kind, convention, learningRate, momentum, nesterov, beta, beta1,
                beta2, epsilon, v, centered, biasCorrection, initialAccumulator, amsgrad,
                momentumDecay, epsilonHat);
    }

    public OptimizerConfig withCentered(boolean v) {
        return new OptimizerConfig(kind, convention, learningRate, momentum, nesterov, beta, beta1,
                beta2, epsilon, epsilonPlacement, v, biasCorrection, initialAccumulator, amsgrad,
                momentumDecay, epsilonHat);
    }

    public OptimizerConfig withBiasCorrection(boolean v) {
        return new OptimizerConfig(kind, convention, learningRate, momentum, nesterov, beta, beta1,
                beta2, epsilon, epsilonPlacement, centered, v, initialAccumulator, amsgrad,
                momentumDecay, epsilonHat);
    }

    public OptimizerConfig withInitialAccumulator(double v) {
        return new OptimizerConfig(kind, convention, learningRate, momentum, nesterov, beta, beta1,
                beta2, epsilon, epsilonPlacement, centered, biasCorrection, v, amsgrad,
                momentumDecay, epsilonHat);
    }

    public OptimizerConfig withAmsgrad(boolean v) {
        return new OptimizerConfig(kind, convention, learningRate, momentum, nesterov, beta, beta1,
                beta2, epsilon, epsilonPlacement, centered, biasCorrection, initialAccumulator, v,
                momentumDecay, epsilonHat);
    }

    public OptimizerConfig withMomentumDecay(double v) {
        return new OptimizerConfig(kind, convention, learningRate, momentum, nesterov, beta, beta1,
                beta2, epsilon, epsilonPlacement, centered, biasCorrection, initialAccumulator,
                amsgrad, v, epsilonHat);
    }

    public OptimizerConfig withEpsilonHat(boolean v) {
        return new OptimizerConfig(kind, convention, learningRate, momentum, nesterov, beta, beta1,
                beta2, epsilon, epsilonPlacement, centered, biasCorrection, initialAccumulator,
                amsgrad, momentumDecay, v);
    }

    /**
     * Checks every component, whichever kind reads it.
     *
     * @throws IllegalArgumentException with one line naming the first bad value, e.g. "learning
     *     rate must be a finite number > 0, got -1"
     */
    public void validate() {
        requirePositive(Hyperparameter.LEARNING_RATE, learningRate);
        requireUnitInterval(Hyperparameter.MOMENTUM, momentum);
        requireUnitInterval(Hyperparameter.BETA, beta);
        requireUnitInterval(Hyperparameter.BETA1, beta1);
        requireUnitInterval(Hyperparameter.BETA2, beta2);
        // ε = 0 would divide by zero on the first step of a zero gradient (0/0 = NaN).
        requirePositive(Hyperparameter.EPSILON, epsilon);
        requireNonNegative(Hyperparameter.INITIAL_ACCUMULATOR, initialAccumulator);
        requireNonNegative(Hyperparameter.MOMENTUM_DECAY, momentumDecay);
        if (kind == OptimizerKind.SGD && nesterov && momentum == 0) {
            throw new IllegalArgumentException(Messages.get("error.optimizer.nesterov-without-momentum"));
        }
    }

    /** A fresh optimizer at step 0 for a parameter vector of {@code dimension} entries. */
    public Optimizer create(int dimension) {
        validate();
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be at least 1, got " + dimension);
        }
        return switch (kind) {
            case SGD -> new SgdOptimizer(this, dimension);
            case ADAGRAD -> new AdagradOptimizer(this, dimension);
            case RMSPROP -> new RmsPropOptimizer(this, dimension);
            case ADAM -> new AdamOptimizer(this, dimension);
            case NADAM -> new NadamOptimizer(this, dimension);
            case ADADELTA -> new AdaDeltaOptimizer(this, dimension);
        };
    }

    private static void requirePositive(Hyperparameter h, double value) {
        if (!(Double.isFinite(value) && value > 0)) {
            throw new IllegalArgumentException(
                    Messages.get("error.value.positive", h.displayName(), NumberText.exact(value)));
        }
    }

    private static void requireNonNegative(Hyperparameter h, double value) {
        if (!(Double.isFinite(value) && value >= 0)) {
            throw new IllegalArgumentException(
                    Messages.get("error.value.non-negative", h.displayName(), NumberText.exact(value)));
        }
    }

    private static void requireUnitInterval(Hyperparameter h, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(
                    Messages.get("error.value.unit-interval", h.displayName(), NumberText.exact(value)));
        }
    }
}
