package dev.optimizerplayground.core.run;

import dev.optimizerplayground.core.text.Messages;

/**
 * What stopped being finite when a run diverged, checked in this order: where f is finite but its
 * gradient is not (√x at 0, a rule with no stable form), the message must name the gradient, not f.
 */
public enum Breakdown {
    /** θ overflowed. */
    POSITION,
    /** f(θ) is undefined (NaN) or infinite. */
    VALUE,
    /** f(θ) is finite but ∇f(θ) is not. */
    GRADIENT;

    /** "f(θ) is no longer finite", "the gradient ∇f(θ) is undefined there, although f(θ) is finite". */
    public String describe() {
        return switch (this) {
            case POSITION -> Messages.get("run.breakdown.position");
            case VALUE -> Messages.get("run.breakdown.value");
            case GRADIENT -> Messages.get("run.breakdown.gradient");
        };
    }

    static Breakdown of(double x, double y, double loss, double gradX, double gradY) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return POSITION;
        }
        if (!Double.isFinite(loss)) {
            return VALUE;
        }
        return Double.isFinite(gradX) && Double.isFinite(gradY) ? null : GRADIENT;
    }
}
