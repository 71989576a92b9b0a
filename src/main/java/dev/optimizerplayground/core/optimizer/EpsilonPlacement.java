package dev.optimizerplayground.core.optimizer;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.QuotedText;

/** Where Adagrad and RMSProp add ε to the accumulator s: √(s + ε) or √s + ε. */
public enum EpsilonPlacement {
    /** Denominator √(s + ε) (Keras; Hinton-style RMSProp). */
    INSIDE("inside"),
    /** Denominator √s + ε (PyTorch; Duchi et al. Adagrad). */
    OUTSIDE("outside");

    private final String id;

    EpsilonPlacement(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException "unknown epsilon placement 'foo'; choose inside, outside" */
    public static EpsilonPlacement fromId(String id) {
        for (EpsilonPlacement placement : values()) {
            if (placement.id.equals(id)) {
                return placement;
            }
        }
        throw new IllegalArgumentException(
                Messages.get("error.optimizer.unknown-epsilon-placement", QuotedText.quote(id),
                        OptimizerKind.ids(values())));
    }

    /** s + ε under the root, or ε added after the root; s ≥ 0 is the (corrected) accumulator. */
    double denominator(double s, double epsilon) {
        return this == INSIDE ? Math.sqrt(s + epsilon) : Math.sqrt(s) + epsilon;
    }
}
