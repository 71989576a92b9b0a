package dev.optimizerplayground.core.optimizer;

import dev.optimizerplayground.core.optimizer.EpsilonPlacement;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The on/off choices of an optimizer's formula, one row each: label, meaning, command-line option
 * (null when the command line has none), name in files and the optimizers it applies to. The other half of the
 * table begun by {@link Hyperparameter}.
 */
public enum Switch {
    EPSILON_INSIDE("ε inside √", "--eps-placement", "epsilonPlacement", "On: η/√(v + ε), as most teaching texts and Keras write it. Off: η/(√v + ε), as PyTorch computes it.",
            EnumSet.of(OptimizerKind.RMSPROP, OptimizerKind.ADAGRAD),
            c -> c.epsilonPlacement() == EpsilonPlacement.INSIDE,
            (c, on) -> c.withEpsilonPlacement(on ? EpsilonPlacement.INSIDE : EpsilonPlacement.OUTSIDE)),
    CENTERED("centered", "--centered", "centered", "Divide by the variance estimate E[g²] − E[g]² instead of E[g²].",
            EnumSet.of(OptimizerKind.RMSPROP), OptimizerConfig::centered, OptimizerConfig::withCentered),
    BIAS_CORRECTION("bias correction", "--bias-correction", "biasCorrection", "Use E[g²]/(1 − βᵗ), which removes the bias of starting the average at 0.",
            EnumSet.of(OptimizerKind.RMSPROP), OptimizerConfig::biasCorrection, OptimizerConfig::withBiasCorrection),
    NESTEROV("Nesterov", "--nesterov", "nesterov", "Look ahead: apply the momentum before measuring the gradient.",
            EnumSet.of(OptimizerKind.SGD), OptimizerConfig::nesterov, OptimizerConfig::withNesterov),
    AMSGRAD("AMSGrad", "--amsgrad", "amsgrad", "Never let the squared-gradient average shrink: use its running maximum.",
            EnumSet.of(OptimizerKind.ADAM), OptimizerConfig::amsgrad, OptimizerConfig::withAmsgrad),
    EPSILON_HAT("Keras ε̂ form", null, "epsilonHat", "Fold bias correction into the step size: αₜ = η√(1−β₂ᵗ)/(1−β₁ᵗ), ε added to √v.",
            EnumSet.of(OptimizerKind.ADAM, OptimizerKind.NADAM), OptimizerConfig::epsilonHat,
            OptimizerConfig::withEpsilonHat);

    private final String label;
    private final String option;
    private final String key;
    private final String description;
    private final Set<OptimizerKind> appliesTo;
    private final Predicate<OptimizerConfig> getter;
    private final BiFunction<OptimizerConfig, Boolean, OptimizerConfig> setter;

    Switch(String label, String option, String key, String description, Set<OptimizerKind> appliesTo, Predicate<OptimizerConfig> getter,
           BiFunction<OptimizerConfig, Boolean, OptimizerConfig> setter) {
        this.label = label;
        this.option = option;
        this.key = key;
        this.description = description;
        this.appliesTo = appliesTo;
        this.getter = getter;
        this.setter = setter;
    }

    public String label() {
        return label;
    }

    /** The command-line option that sets it, or null when there is none. */
    public String option() {
        return option;
    }

    /**
     * Its name in a scenario file's optimizer object ({@code OptimizerConfigJson}): "centered", ...;
     * ε's placement is written as the word "inside" or "outside" under "epsilonPlacement".
     */
    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public boolean appliesTo(OptimizerKind kind) {
        return appliesTo.contains(kind);
    }

    public boolean get(OptimizerConfig config) {
        return getter.test(config);
    }

    /** {@code config} with this choice on or off. */
    public OptimizerConfig with(OptimizerConfig config, boolean on) {
        return setter.apply(config, on);
    }
}
