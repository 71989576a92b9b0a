package dev.optimizerplayground.core.text;

/**
 * How a setting's number is written for a person: the shortest text that reads back as the same
 * double, in the notation people type ("0.05", "1e-8", "2.5e-7", "-1"). Settings are exact choices,
 * not measurements, so they are never rounded; measurements use {@code plot.TickFormat} instead.
 */
public final class NumberText {

    /** Whole numbers below this are written without a decimal point or exponent. */
    private static final double WHOLE_LIMIT = 1e15;

    private NumberText() {
    }

    /** "1" for 1.0, "0.05", "1e-8" for 1.0E-8, "NaN" and "Infinity" as Java spells them. */
    public static String exact(double value) {
        if (value == Math.rint(value) && Math.abs(value) < WHOLE_LIMIT) {
            return Long.toString((long) value);
        }
        String text = Double.toString(value);
        int e = text.indexOf('E');
        if (e < 0) {
            return text;
        }
        String mantissa = text.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + text.substring(e + 1);
    }
}
