package dev.optimizerplayground.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Short, readable number labels for axes and the colour bar. Numbers with magnitude in
 * [0.001, 100000) print as plain decimals ("0.5", "-2", "12000"); smaller or larger ones in compact
 * scientific notation without "+" or leading zeros ("1e-4", "2.5e6"). Zero prints as "0", never "-0".
 * SI suffixes ("10k") were left out: "1e6" is unambiguous to the plot's mathematical audience and
 * also covers tiny values, where "10µ" would not read well.
 */
public final class TickFormat {

    private static final BigDecimal PLAIN_LOWER = new BigDecimal("0.001");
    private static final BigDecimal PLAIN_UPPER = new BigDecimal("100000");

    private TickFormat() {
    }

    /**
     * A tick value of a linear axis whose step is m·10^{@code stepExponent}: shown to that decimal
     * place, so 0.30000000000000004 prints as "0.3".
     */
    public static String format(double value, int stepExponent) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return render(new BigDecimal(value).setScale(-stepExponent, RoundingMode.HALF_EVEN));
    }

    /** Any value (a contour level, a loss) to 3 significant digits: "0.0123", "2.5e6", "1.41". */
    public static String compact(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return render(new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_EVEN)));
    }

    private static String render(BigDecimal rounded) {
        BigDecimal v = rounded.stripTrailingZeros();
        if (v.signum() == 0) {
            return "0";
        }
        BigDecimal magnitude = v.abs();
        if (magnitude.compareTo(PLAIN_LOWER) >= 0 && magnitude.compareTo(PLAIN_UPPER) < 0) {
            return v.toPlainString();
        }
        String digits = v.unscaledValue().abs().toString();
        int exponent = v.precision() - v.scale() - 1;
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (v.signum() < 0 ? "-" : "") + mantissa + "e" + exponent;
    }
}
