package dev.optimizerplayground.core.run;

/** How a run ended. A run never throws: an optimizer that blows up ends {@link #DIVERGED}. */
public enum RunStatus {
    /** Every step of the budget was taken. */
    FINISHED,
    /** θ, f(θ) or ∇f(θ) stopped being finite; the trajectory keeps the steps before that. */
    DIVERGED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
