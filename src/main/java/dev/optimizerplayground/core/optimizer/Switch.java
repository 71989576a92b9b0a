package dev.optimizerplayground.core.optimizer;

import dev.optimizerplayground.core.optimizer.EpsilonPlacement;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.text.Messages;
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
    EPSILON_INSIDE("--eps-placement", "epsilonPlacement",
            "switch.epsilon-inside.label", "switch.epsilon-inside.description",
            EnumSet.of(OptimizerKind.RMSPROP, OptimizerKind.ADAGRAD),
            c -> c.epsilonPlacement() == EpsilonPlacement.INSIDE,
            (c, on) -> c.withEpsilonPlacement(on ? EpsilonPlacement.INSIDE : EpsilonPlacement.OUTSIDE)),
    CENTERED("--centered", "centered",
            "switch.centered.label", "switch.centered.description",
            EnumSet.of(OptimizerKind.RMSPROP), OptimizerConfig::centered, OptimizerConfig::withCentered),
    BIAS_CORRECTION("--bias-correction", "biasCorrection",
            "switch.bias-correction.label", "switch.bias-correction.description",
            EnumSet.of(OptimizerKind.RMSPROP), OptimizerConfig::biasCorrection, OptimizerConfig::withBiasCorrection),
    NESTEROV("--nesterov", "nesterov",
            "switch.nesterov.label", "switch.nesterov.description",
            EnumSet.of(OptimizerKind.SGD), OptimizerConfig::nesterov, OptimizerConfig::withNesterov),
    AMSGRAD("--amsgrad", "amsgrad",
            "switch.amsgrad.label", "switch.amsgrad.description",
            EnumSet.of(OptimizerKind.ADAM), OptimizerConfig::amsgrad, OptimizerConfig::withAmsgrad),
    EPSILON_HAT(null, "epsilonHat",
            "switch.epsilon-hat.label", "switch.epsilon-hat.description",
            EnumSet.of(OptimizerKind.ADAM, OptimizerKind.NADAM), OptimizerConfig::epsilonHat,
            OptimizerConfig::withEpsilonHat);

    private final String option;
    private final String key;
    private final String labelKey;
    private final String descriptionKey;
    private final Set<OptimizerKind> appliesTo;
    private final Predicate<OptimizerConfig> getter;
    private final BiFunction<OptimizerConfig, Boolean, OptimizerConfig> setter;

    Switch(String option, String key, String labelKey, String descriptionKey, Set<OptimizerKind> appliesTo, Predicate<OptimizerConfig> getter,
           BiFunction<OptimizerConfig, Boolean, OptimizerConfig> setter) {
        this.option = option;
        this.key = key;
        this.labelKey = labelKey;
        this.descriptionKey = descriptionKey;
        this.appliesTo = appliesTo;
        this.getter = getter;
        this.setter = setter;
    }

    /** Its name beside the check box and in captions, in the language in use. */
    public String label() {
        return Messages.get(labelKey);
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

    /** What it does, in the language in use. */
    public String description() {
        return Messages.get(descriptionKey);
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
