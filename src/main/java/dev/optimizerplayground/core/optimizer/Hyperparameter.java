package dev.optimizerplayground.core.optimizer;

import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.text.Messages;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

/**
 * The numeric knobs of an optimizer, one row each: its symbol, what it means, the range of its
 * slider (log-scaled where the useful values span decades), its command-line option, its name in
 * files and the optimizers it applies to. With {@link Switch} this is the one table of which settings apply to
 * which optimizer: the cards, the scenario files' optimizer fields and the command line's
 * refusal of an option that does not apply all read it.
 */
public enum Hyperparameter {
    LEARNING_RATE("η", "--lr", "learningRate",
            "hyperparameter.learning-rate.name", "hyperparameter.learning-rate.description",
            1e-4, 10, true,
            EnumSet.allOf(OptimizerKind.class), OptimizerConfig::learningRate, OptimizerConfig::withLearningRate),
    BETA("β", "--beta", "beta",
            "hyperparameter.beta.name", "hyperparameter.beta.description",
            0, 0.999, false,
            EnumSet.of(OptimizerKind.RMSPROP, OptimizerKind.ADADELTA), OptimizerConfig::beta, OptimizerConfig::withBeta),
    BETA1("β₁", "--beta1", "beta1",
            "hyperparameter.beta1.name", "hyperparameter.beta1.description",
            0, 0.999, false,
            EnumSet.of(OptimizerKind.ADAM, OptimizerKind.NADAM), OptimizerConfig::beta1, OptimizerConfig::withBeta1),
    BETA2("β₂", "--beta2", "beta2",
            "hyperparameter.beta2.name", "hyperparameter.beta2.description",
            0, 0.9999, false,
            EnumSet.of(OptimizerKind.ADAM, OptimizerKind.NADAM), OptimizerConfig::beta2, OptimizerConfig::withBeta2),
    EPSILON("ε", "--eps", "epsilon",
            "hyperparameter.epsilon.name", "hyperparameter.epsilon.description",
            1e-12, 1, true,
            EnumSet.of(OptimizerKind.ADAGRAD, OptimizerKind.RMSPROP, OptimizerKind.ADAM, OptimizerKind.NADAM,
                    OptimizerKind.ADADELTA), OptimizerConfig::epsilon, OptimizerConfig::withEpsilon),
    MOMENTUM("μ", "--momentum", "momentum",
            "hyperparameter.momentum.name", "hyperparameter.momentum.description",
            0, 0.99, false,
            EnumSet.of(OptimizerKind.SGD, OptimizerKind.RMSPROP), OptimizerConfig::momentum, OptimizerConfig::withMomentum),
    INITIAL_ACCUMULATOR("G₀", "--initial-accumulator", "initialAccumulator",
            "hyperparameter.initial-accumulator.name", "hyperparameter.initial-accumulator.description",
            0, 1, false,
            EnumSet.of(OptimizerKind.ADAGRAD), OptimizerConfig::initialAccumulator,
            OptimizerConfig::withInitialAccumulator),
    MOMENTUM_DECAY("ψ", "--momentum-decay", "momentumDecay",
            "hyperparameter.momentum-decay.name", "hyperparameter.momentum-decay.description",
            1e-3, 1, true,
            EnumSet.of(OptimizerKind.NADAM), OptimizerConfig::momentumDecay, OptimizerConfig::withMomentumDecay);

    private final String symbol;
    private final String option;
    private final String key;
    private final String nameKey;
    private final String descriptionKey;
    private final double min;
    private final double max;
    private final boolean logScale;
    private final Set<OptimizerKind> appliesTo;
    private final ToDoubleFunction<OptimizerConfig> getter;
    private final BiFunction<OptimizerConfig, Double, OptimizerConfig> setter;

    Hyperparameter(String symbol, String option, String key, String nameKey, String descriptionKey, double min, double max, boolean logScale,
                   Set<OptimizerKind> appliesTo, ToDoubleFunction<OptimizerConfig> getter,
                   BiFunction<OptimizerConfig, Double, OptimizerConfig> setter) {
        this.symbol = symbol;
        this.option = option;
        this.key = key;
        this.nameKey = nameKey;
        this.descriptionKey = descriptionKey;
        this.min = min;
        this.max = max;
        this.logScale = logScale;
        this.appliesTo = appliesTo;
        this.getter = getter;
        this.setter = setter;
    }

    public String symbol() {
        return symbol;
    }

    /** The command-line option that sets it ({@code trace}, {@code render}): "--lr", "--beta2", ... */
    public String option() {
        return option;
    }

    /** Its name in a scenario file's optimizer object ({@code OptimizerConfigJson}): "learningRate", ... */
    public String key() {
        return key;
    }

    /** What it means, in the language in use. */
    public String description() {
        return Messages.get(descriptionKey);
    }

    /** Its name in a sentence ("learning rate", "β₁"), in the language in use: messages name the bad value with it. */
    public String displayName() {
        return Messages.get(nameKey);
    }

    /** Slider range; the number field beside the slider accepts any valid value. */
    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public boolean logScale() {
        return logScale;
    }

    public boolean appliesTo(OptimizerKind kind) {
        return appliesTo.contains(kind);
    }

    public double get(OptimizerConfig config) {
        return getter.applyAsDouble(config);
    }

    /** {@code config} with this hyperparameter at {@code value} (not validated: see {@link OptimizerConfig#validate()}). */
    public OptimizerConfig with(OptimizerConfig config, double value) {
        return setter.apply(config, value);
    }
}
