package dev.optimizerplayground.core.sweep;

import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.NumberText;
import java.util.Objects;

/**
 * One hyperparameter swept over {@code count} values from {@code from} to {@code to}, both included:
 * linearly, value i = A + (B − A)·i/(N − 1), or on a log scale, value i = A·(B/A)^(i/(N − 1)). One
 * value (N = 1) is A. Refuses what could not be computed: a count outside 1..{@value #MAX_COUNT},
 * an end that is not finite, a log range that reaches 0 or below.
 *
 * @param name how the person named the parameter (e.g. {@code lr}); used in messages and CSV headers
 * @param parameter writes the value into a configuration
 */
public record SweepAxis(String name, Parameter parameter, double from, double to, boolean log, int count) {

    /** More values than a screen has pixels would only cost time. */
    public static final int MAX_COUNT = 1000;

    /** Writes one value of the swept hyperparameter into a configuration. */
    @FunctionalInterface
    public interface Parameter {
        OptimizerConfig set(OptimizerConfig config, double value);
    }

    public SweepAxis {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parameter, "parameter");
        if (!Double.isFinite(from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException(
                    Messages.get("error.sweep.range", name, NumberText.exact(from), NumberText.exact(to)));
        }
        if (log && !(from > 0 && to > 0)) {
            throw new IllegalArgumentException(
                    Messages.get("error.sweep.log-range", name, NumberText.exact(from), NumberText.exact(to)));
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException(Messages.get("error.sweep.count", name, MAX_COUNT, count));
        }
    }

    /** Value i, 0 ≤ i < count, by the formula in the class comment. */
    public double value(int i) {
        Objects.checkIndex(i, count);
        if (count == 1) {
            return from;
        }
        double fraction = (double) i / (count - 1);
        return log ? from * Math.pow(to / from, fraction) : from + (to - from) * fraction;
    }

    /** The index whose value is closest to {@code v} on this axis' scale, clamped to the axis. */
    public int nearestIndex(double v) {
        if (count == 1) {
            return 0;
        }
        double fraction = log ? Math.log(v / from) / Math.log(to / from) : (v - from) / (to - from);
        long i = Math.round(fraction * (count - 1));
        return (int) Math.max(0, Math.min(count - 1, i));
    }
}
