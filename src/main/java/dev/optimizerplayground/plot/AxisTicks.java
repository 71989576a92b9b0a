package dev.optimizerplayground.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Tick marks for plot axes and the colour bar. */
public final class AxisTicks {

    private AxisTicks() {
    }

    /**
     * Ticks at the multiples of the finest 1-2-5 step (…, 0.1, 0.2, 0.5, 1, 2, …) that fit at most
     * {@code maxTicks} into [min, max]. Consecutive ticks are one step apart and the ends of the
     * range are less than a step from the outer ticks. min == max gives the one tick min.
     *
     * @throws IllegalArgumentException if the range is not finite, min > max, or maxTicks < 1
     */
    public static Ticks nice(double min, double max, int maxTicks) {
        if (min == max && Double.isFinite(min) && maxTicks >= 1) {
            return new Ticks(new double[] {min}, List.of(TickFormat.compact(min)));
        }
        NiceNumbers.Spacing spacing = NiceNumbers.linear(min, max, maxTicks);
        double[] values = spacing.values();
        List<String> labels = new ArrayList<>(values.length);
        for (double v : values) {
            labels.add(TickFormat.format(v, spacing.stepExponent()));
        }
        return new Ticks(values, labels);
    }

    /**
     * Ticks for a log axis over [min, max] (min > 0): 1, 2 and 5 times powers of ten if at most
     * {@code maxTicks} of them fit, else powers of ten only, every k-th decade if even those are too
     * many. Labels are compact ("1e-3", "0.01", "100").
     *
     * @throws IllegalArgumentException if min ≤ 0, the range is not finite, min > max, or maxTicks < 1
     */
    public static Ticks logTicks(double min, double max, int maxTicks) {
        if (!(min > 0)) {
            throw new IllegalArgumentException("a log axis needs a positive minimum, got " + min);
        }
        double[] values = min == max && Double.isFinite(min) && maxTicks >= 1
                ? new double[] {min}
                : NiceNumbers.logarithmic(min, max, maxTicks);
        return new Ticks(values, Arrays.stream(values).mapToObj(TickFormat::compact).toList());
    }
}
