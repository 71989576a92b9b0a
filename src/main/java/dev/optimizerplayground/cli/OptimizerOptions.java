package dev.optimizerplayground.cli;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.EpsilonPlacement;
import dev.optimizerplayground.core.optimizer.Hyperparameter;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.optimizer.Switch;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import dev.optimizerplayground.core.training.Schedule;
import picocli.CommandLine.Option;

/**
 * The options that configure one optimizer. {@code trace} mixes them in once; {@code render}
 * repeats them as a group per {@code --optimizer}. An option left out takes the default of the
 * chosen convention, so {@code --convention pytorch} alone gives PyTorch's forms and defaults; an
 * option the chosen optimizer does not read is refused.
 */
public final class OptimizerOptions {

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

    @Option(names = "--schedule", paramLabel = "SCHEDULE",
            description = "Learning-rate schedule: constant (default), step:SIZE:GAMMA, exp:GAMMA or cosine:T[:ETA_MIN],"
                    + " as PyTorch's StepLR, ExponentialLR and CosineAnnealingLR.")
    String schedule = "constant";

    @Option(names = "--warmup", paramLabel = "K",
            description = "Linear warm-up over the first K updates (η·t/K), then the schedule counted from t − K (default 0).")
    int warmup;

    /**
     * The learning-rate schedule these options describe (every optimizer takes one).
     *
     * @throws IllegalArgumentException naming the bad value
     */
    public Schedule schedule() {
        if (warmup < 0) {
            throw new IllegalArgumentException("--warmup must be a whole number >= 0, got " + warmup);
        }
        return Schedule.parse(schedule).withWarmup(warmup);
    }

    /**
     * The configuration these options describe: the convention's defaults, then every option given
     * (in any order: each sets its own value). An option the optimizer does not read is refused, so
     * that {@code --momentum} with Adagrad is not silently ignored; which option applies to which
     * optimizer is the table in {@link Hyperparameter} and {@link Switch}.
     *
     * @throws IllegalArgumentException naming the bad value, or the option and the optimizer
     */
    public OptimizerConfig toConfig() {
        OptimizerKind kind = kind();
        Convention chosen = convention == null ? Convention.TEXTBOOK : Convention.fromId(convention);
        OptimizerConfig c = OptimizerConfig.defaults(kind, chosen);
        for (Map.Entry<Hyperparameter, Double> given : numbers().entrySet()) {
            Hyperparameter h = given.getKey();
            refuseUnlessApplies(h.option(), h.appliesTo(kind), kind);
            c = h.with(c, given.getValue());
        }
        for (Map.Entry<Switch, Boolean> given : switches().entrySet()) {
            Switch s = given.getKey();
            refuseUnlessApplies(s.option(), s.appliesTo(kind), kind);
            c = s.with(c, given.getValue());
        }
        c.validate();
        return c;
    }

    /** The numeric options given, by the hyperparameter each sets. */
    private Map<Hyperparameter, Double> numbers() {
        Map<Hyperparameter, Double> given = new EnumMap<>(Hyperparameter.class);
        putIfGiven(given, Hyperparameter.LEARNING_RATE, learningRate);
        putIfGiven(given, Hyperparameter.MOMENTUM, momentum);
        putIfGiven(given, Hyperparameter.BETA, beta);
        putIfGiven(given, Hyperparameter.BETA1, beta1);
        putIfGiven(given, Hyperparameter.BETA2, beta2);
        putIfGiven(given, Hyperparameter.EPSILON, epsilon);
        putIfGiven(given, Hyperparameter.INITIAL_ACCUMULATOR, initialAccumulator);
        putIfGiven(given, Hyperparameter.MOMENTUM_DECAY, momentumDecay);
        return given;
    }

    /** The on/off options given, by the switch each sets. */
    private Map<Switch, Boolean> switches() {
        Map<Switch, Boolean> given = new EnumMap<>(Switch.class);
        if (epsilonPlacement != null) {
            given.put(Switch.EPSILON_INSIDE, EpsilonPlacement.fromId(epsilonPlacement) == EpsilonPlacement.INSIDE);
        }
        putIfGiven(given, Switch.NESTEROV, nesterov);
        putIfGiven(given, Switch.CENTERED, centered);
        putIfGiven(given, Switch.BIAS_CORRECTION, biasCorrection);
        putIfGiven(given, Switch.AMSGRAD, amsgrad);
        return given;
    }

    private static <K, V> void putIfGiven(Map<K, V> map, K key, V value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static void refuseUnlessApplies(String option, boolean applies, OptimizerKind kind) {
        if (!applies) {
            throw new IllegalArgumentException(option + " does not apply to " + kind.id());
        }
    }

    /**
     * The hyperparameter of the numeric option {@code name}, written without its leading dashes
     * ({@code lr}, {@code beta2}, {@code momentum-decay}), which must apply to {@code kind}: what
     * {@code sweep} varies.
     *
     * @throws IllegalArgumentException for an unknown name or one {@code kind} does not take; the
     *     message lists the names it does take
     */
    static Hyperparameter numeric(String name, OptimizerKind kind) {
        String option = "--" + name.toLowerCase(Locale.ROOT);
        Hyperparameter parameter = Arrays.stream(Hyperparameter.values()).filter(h -> h.option().equals(option))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown parameter '" + name
                        + "'; choose one of " + numericNames(kind) + " (" + kind.id() + ")"));
        if (!parameter.appliesTo(kind)) {
            throw new IllegalArgumentException(name + " does not apply to " + kind.id() + "; it takes "
                    + numericNames(kind));
        }
        return parameter;
    }

    /** The names (options without dashes) of {@code kind}'s numeric options, in the table's order. */
    static String numericNames(OptimizerKind kind) {
        return Arrays.stream(Hyperparameter.values()).filter(h -> h.appliesTo(kind))
                .map(h -> h.option().substring(2)).collect(Collectors.joining(", "));
    }

    /** The chosen optimizer, before any other option is read. */
    OptimizerKind kind() {
        return OptimizerKind.fromId(optimizer);
    }
}
