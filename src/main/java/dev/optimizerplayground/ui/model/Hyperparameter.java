package dev.optimizerplayground.ui.model;

import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

/**
 * A numeric knob of an optimizer as the window shows it: its symbol, what it means, the range of
 * its slider (log-scaled where the useful values span decades) and the optimizers it applies to.
 */
public enum Hyperparameter {
    LEARNING_RATE("η", "Learning rate: the size of each step", 1e-4, 10, true,
            EnumSet.allOf(OptimizerKind.class), OptimizerConfig::learningRate, OptimizerConfig::withLearningRate),
    BETA("β", "Decay of the squared-gradient average: how fast old gradients are forgotten", 0, 0.999, false,
            EnumSet.of(OptimizerKind.RMSPROP, OptimizerKind.ADADELTA), OptimizerConfig::beta, OptimizerConfig::withBeta),
    BETA1("β₁", "Decay of the gradient average (momentum)", 0, 0.999, false,
            EnumSet.of(OptimizerKind.ADAM, OptimizerKind.NADAM), OptimizerConfig::beta1, OptimizerConfig::withBeta1),
    BETA2("β₂", "Decay of the squared-gradient average", 0, 0.9999, false,
            EnumSet.of(OptimizerKind.ADAM, OptimizerKind.NADAM), OptimizerConfig::beta2, OptimizerConfig::withBeta2),
    EPSILON("ε", "Small constant that keeps the division finite", 1e-12, 1, true,
            EnumSet.of(OptimizerKind.ADAGRAD, OptimizerKind.RMSPROP, OptimizerKind.ADAM, OptimizerKind.NADAM,
                    OptimizerKind.ADADELTA), OptimizerConfig::epsilon, OptimizerConfig::withEpsilon),
    MOMENTUM("μ", "Momentum: how much of the previous step is kept", 0, 0.99, false,
            EnumSet.of(OptimizerKind.SGD, OptimizerKind.RMSPROP), OptimizerConfig::momentum, OptimizerConfig::withMomentum),
    INITIAL_ACCUMULATOR("G₀", "Starting value of Adagrad's sum of squared gradients", 0, 1, false,
            EnumSet.of(OptimizerKind.ADAGRAD), OptimizerConfig::initialAccumulator,
            OptimizerConfig::withInitialAccumulator),
    MOMENTUM_DECAY("ψ", "Nadam's momentum schedule μₜ = β₁(1 − ½·0.96^(ψt))", 1e-3, 1, true,
            EnumSet.of(OptimizerKind.NADAM), OptimizerConfig::momentumDecay, OptimizerConfig::withMomentumDecay);

    private final String symbol;
    private final String description;
    private final double min;
    private final double max;
    private final boolean logScale;
    private final Set<OptimizerKind> appliesTo;
    private final ToDoubleFunction<OptimizerConfig> getter;
    private final BiFunction<OptimizerConfig, Double, OptimizerConfig> setter;

    Hyperparameter(String symbol, String description, double min, double max, boolean logScale,
                   Set<OptimizerKind> appliesTo, ToDoubleFunction<OptimizerConfig> getter,
                   BiFunction<OptimizerConfig, Double, OptimizerConfig> setter) {
        this.symbol = symbol;
        this.description = description;
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

    public String description() {
        return description;
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

    public OptimizerConfig set(OptimizerConfig config, double value) {
        return setter.apply(config, value);
    }
}
