package dev.optimizerplayground.cli;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.EpsilonPlacement;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.ui.model.Hyperparameter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * The options that configure one optimizer. {@code trace} mixes them in once; {@code render}
 * repeats them as a group per {@code --optimizer}. An option left out takes the default of the
 * chosen convention, so {@code --convention pytorch} alone gives PyTorch's forms and defaults.
 */
public final class OptimizerOptions {

    /**
     * The numeric options below by name without the leading dashes, and the hyperparameter each
     * sets: what {@code sweep} can vary.
     */
    static final Map<String, Hyperparameter> NUMERIC = Map.of(
            "lr", Hyperparameter.LEARNING_RATE,
            "momentum", Hyperparameter.MOMENTUM,
            "beta", Hyperparameter.BETA,
            "beta1", Hyperparameter.BETA1,
            "beta2", Hyperparameter.BETA2,
            "eps", Hyperparameter.EPSILON,
            "initial-accumulator", Hyperparameter.INITIAL_ACCUMULATOR,
            "momentum-decay", Hyperparameter.MOMENTUM_DECAY);

    @Option(names = "--optimizer", required = true, paramLabel = "NAME",
            description = "sgd, adagrad, rmsprop, adam, nadam or adadelta.")
    String optimizer;

    @Option(names = "--convention", paramLabel = "NAME",
            description = "Formulas and defaults to follow: textbook (default), pytorch or keras.")
    String convention;

    @Option(names = "--lr", paramLabel = "η", description = "Learning rate (default: the convention's).")
    Double learningRate;

    @Option(names = "--momentum", paramLabel = "μ", description = "Momentum of SGD and RMSProp (default 0).")
    Double momentum;

    @Option(names = "--nesterov", description = "SGD: Nesterov momentum.")
    Boolean nesterov;

    @Option(names = "--beta", paramLabel = "β",
            description = "Decay of the squared-gradient average: RMSProp (PyTorch alpha, Keras rho), AdaDelta rho.")
    Double beta;

    @Option(names = "--beta1", paramLabel = "β1", description = "Adam/Nadam first-moment decay.")
    Double beta1;

    @Option(names = "--beta2", paramLabel = "β2", description = "Adam/Nadam second-moment decay.")
    Double beta2;

    @Option(names = "--eps", paramLabel = "ε", description = "Epsilon (default: the convention's).")
    Double epsilon;

    @Option(names = "--eps-placement", paramLabel = "WHERE",
            description = "RMSProp/Adagrad: ε inside the square root or outside it (inside|outside).")
    String epsilonPlacement;

    @Option(names = "--centered", description = "RMSProp: divide by the variance estimate E[g²] − E[g]².")
    Boolean centered;

    @Option(names = "--bias-correction", description = "RMSProp: use E[g²]/(1−βᵗ).")
    Boolean biasCorrection;

    @Option(names = "--initial-accumulator", paramLabel = "a",
            description = "Adagrad: starting value of Σg² (PyTorch 0, Keras 0.1).")
    Double initialAccumulator;

    @Option(names = "--amsgrad", description = "Adam: AMSGrad (keep the maximum of v).")
    Boolean amsgrad;

    @Option(names = "--momentum-decay", paramLabel = "ψ",
            description = "Nadam: momentum schedule μₜ = β1(1 − 0.5·0.96^(ψt)) (PyTorch 0.004, Keras 1).")
    Double momentumDecay;

    /**
     * The configuration these options describe: the convention's defaults, then every option given.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    public OptimizerConfig toConfig() {
        OptimizerKind kind = kind();
        Convention chosen = convention == null ? Convention.TEXTBOOK : Convention.fromId(convention);
        OptimizerConfig c = OptimizerConfig.defaults(kind, chosen);
        if (learningRate != null) c = c.withLearningRate(learningRate);
        if (momentum != null) c = c.withMomentum(momentum);
        if (nesterov != null) c = c.withNesterov(nesterov);
        if (beta != null) c = c.withBeta(beta);
        if (beta1 != null) c = c.withBeta1(beta1);
        if (beta2 != null) c = c.withBeta2(beta2);
        if (epsilon != null) c = c.withEpsilon(epsilon);
        if (epsilonPlacement != null) c = c.withEpsilonPlacement(EpsilonPlacement.fromId(epsilonPlacement));
        if (centered != null) c = c.withCentered(centered);
        if (biasCorrection != null) c = c.withBiasCorrection(biasCorrection);
        if (initialAccumulator != null) c = c.withInitialAccumulator(initialAccumulator);
        if (amsgrad != null) c = c.withAmsgrad(amsgrad);
        if (momentumDecay != null) c = c.withMomentumDecay(momentumDecay);
        c.validate();
        return c;
    }

    /**
     * The hyperparameter of the numeric option {@code name} (written without its dashes, e.g.
     * {@code lr}), which must apply to {@code kind}.
     *
     * @throws IllegalArgumentException for an unknown name or one {@code kind} does not take; the
     *     message lists the names it does take
     */
    static Hyperparameter numeric(String name, OptimizerKind kind) {
        Hyperparameter parameter = NUMERIC.get(name.toLowerCase(Locale.ROOT));
        if (parameter == null) {
            throw new IllegalArgumentException("unknown parameter '" + name + "'; choose one of "
                    + numericNames(kind) + " (" + kind.id() + ")");
        }
        if (!parameter.appliesTo(kind)) {
            throw new IllegalArgumentException(name + " does not apply to " + kind.id() + "; it takes "
                    + numericNames(kind));
        }
        return parameter;
    }

    /** The names of {@code kind}'s numeric options, in the order of {@link Hyperparameter}. */
    static String numericNames(OptimizerKind kind) {
        return Arrays.stream(Hyperparameter.values()).filter(p -> p.appliesTo(kind))
                .map(p -> NUMERIC.entrySet().stream().filter(e -> e.getValue() == p).findFirst().orElseThrow().getKey())
                .collect(Collectors.joining(", "));
    }

    /** The chosen optimizer, before any other option is read. */
    OptimizerKind kind() {
        return OptimizerKind.fromId(optimizer);
    }
}
