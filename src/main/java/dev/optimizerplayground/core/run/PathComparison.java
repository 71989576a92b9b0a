package dev.optimizerplayground.core.run;

import java.util.OptionalInt;

/** Where two runs' paths part: for comparing the same optimizer in two conventions. */
public final class PathComparison {

    /** The tolerance of "the same path": far below what a plot shows, far above rounding noise of a step. */
    public static final double DEFAULT_TOLERANCE = 1e-9;

    private PathComparison() {
    }

    /**
     * The first step at which θ of the two runs is more than {@code tolerance} apart (Euclidean
     * distance), or, if one run ended (diverged) while the other went on, the first step only one of
     * them has; empty when they keep within {@code tolerance} for as long as both last.
     */
    public static OptionalInt firstParting(Trajectory a, Trajectory b, double tolerance) {
        int common = Math.min(a.length(), b.length());
        for (int t = 0; t < common; t++) {
            if (Math.hypot(a.x(t) - b.x(t), a.y(t) - b.y(t)) > tolerance) {
                return OptionalInt.of(t);
            }
        }
        return a.length() == b.length() ? OptionalInt.empty() : OptionalInt.of(common);
    }
}
