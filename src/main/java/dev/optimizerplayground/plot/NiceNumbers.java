package dev.optimizerplayground.plot;

import java.util.Arrays;

/**
 * "Nice" round numbers (mantissa 1, 2 or 5 times a power of ten) for ticks and contour levels.
 * Values are built as {@code k·m / 10^n} rather than {@code k·step} so that e.g. 0.3 comes out as
 * the double nearest 0.3, not 0.30000000000000004, and labels print cleanly.
 */
final class NiceNumbers {

    private static final int[] MANTISSAS = {1, 2, 5};
    /** Mantissa sets for log spacing, densest first. */
    private static final int[][] LOG_MANTISSAS = {{1, 2, 5}, {1}};

    private NiceNumbers() {
    }

    /**
     * Evenly spaced nice values; {@code stepExponent} is e in the step m·10^e, i.e. the decimal
     * place the values are exact to (what a label needs to show).
     */
    record Spacing(double[] values, int stepExponent) {
    }

    /**
     * All multiples of the finest 1-2-5 step that lie in [min, max] without exceeding
     * {@code maxCount} values; ascending.
     */
    static Spacing linear(double min, double max, int maxCount) {
        checkRange(min, max, maxCount);
        double span = max - min;
        if (!Double.isFinite(span)) {
            throw new IllegalArgumentException("range [" + min + ", " + max + "] is too wide");
        }
        int exponent = (int) Math.floor(Math.log10(span / maxCount));
        while (true) {
            for (int mantissa : MANTISSAS) {
                double step = value(1, mantissa, exponent);
                // A tiny tolerance keeps an end point that is itself a multiple (0.7 / 0.1 = 6.9999…).
                long first = (long) Math.ceil(min / step - 1e-9);
                long last = (long) Math.floor(max / step + 1e-9);
                if (last - first + 1 <= maxCount) {
                    double[] values = new double[(int) Math.max(0, last - first + 1)];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = value(first + i, mantissa, exponent);
                    }
                    return new Spacing(values, exponent);
                }
            }
            exponent++;
        }
    }

    /**
     * Nice numbers m·10^e in [lo, hi] (lo > 0) with m from {1, 2, 5}, or if that gives more than
     * {@code maxCount} values, powers of ten only, thinned to every k-th decade if still too many.
     * Ascending.
     */
    static double[] logarithmic(double lo, double hi, int maxCount) {
        checkRange(lo, hi, maxCount);
        if (!(lo > 0)) {
            throw new IllegalArgumentException("a log range must be positive, got [" + lo + ", " + hi + "]");
        }
        int firstExponent = (int) Math.floor(Math.log10(lo));
        int lastExponent = (int) Math.floor(Math.log10(hi));
        for (int[] mantissas : LOG_MANTISSAS) {
            double[] values = logValues(lo, hi, firstExponent, lastExponent, mantissas, 1);
            if (values.length <= maxCount) {
                return values;
            }
        }
        int decades = lastExponent - firstExponent + 1;
        int stride = (decades + maxCount - 1) / maxCount;
        double[] values;
        do {
            values = logValues(lo, hi, firstExponent, lastExponent, new int[] {1}, stride++);
        } while (values.length > maxCount);
        return values;
    }

    private static double[] logValues(double lo, double hi, int firstExponent, int lastExponent,
            int[] mantissas, int decadeStride) {
        double[] values = new double[(lastExponent - firstExponent + 1) * mantissas.length];
        int count = 0;
        for (int e = firstExponent; e <= lastExponent; e++) {
            if (Math.floorMod(e, decadeStride) != 0) {
                continue;
            }
            for (int m : mantissas) {
                double v = value(1, m, e);
                if (v >= lo * (1 - 1e-12) && v <= hi * (1 + 1e-12)) {
                    values[count++] = v;
                }
            }
        }
        return Arrays.copyOf(values, count);
    }

    /** k·m·10^e, computed so that short decimals come out as the nearest double. */
    static double value(long k, int mantissa, int exponent) {
        double multiple = (double) k * mantissa;
        return exponent >= 0 ? multiple * Math.pow(10, exponent) : multiple / Math.pow(10, -exponent);
    }

    private static void checkRange(double min, double max, int maxCount) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException("need finite min < max, got [" + min + ", " + max + "]");
        }
        if (maxCount < 1) {
            throw new IllegalArgumentException("need room for at least one value, got " + maxCount);
        }
    }
}
