package dev.optimizerplayground.ui.controls;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Maps a value to a slider position and back, over log10(value) for quantities that span decades.
 * Values read off the slider are rounded to a few significant digits: a drag gives 0.0123, not
 * 0.012302687708123812, and a round trip through the slider does not drift.
 */
final class SliderScale {

    private final double min;
    private final double max;
    private final boolean log;

    SliderScale(double min, double max, boolean log) {
        if (!(min < max) || log && !(min > 0)) {
            throw new IllegalArgumentException("bad slider range [" + min + ", " + max + "]" + (log ? " (log)" : ""));
        }
        this.min = min;
        this.max = max;
        this.log = log;
    }

    double sliderMin() {
        return log ? Math.log10(min) : min;
    }

    double sliderMax() {
        return log ? Math.log10(max) : max;
    }

    /** Where the thumb sits for {@code value}; values outside the range pin it at an end. */
    double toSlider(double value) {
        double position = log ? Math.log10(value) : value;
        if (Double.isNaN(position)) {
            return sliderMin();
        }
        return Math.max(sliderMin(), Math.min(sliderMax(), position));
    }

    /** The value at a thumb position, rounded; the ends give exactly min and max. */
    double fromSlider(double position) {
        if (position <= sliderMin()) {
            return min;
        }
        if (position >= sliderMax()) {
            return max;
        }
        if (log) {
            return new BigDecimal(Math.pow(10, position)).round(new MathContext(3, RoundingMode.HALF_EVEN))
                    .doubleValue();
        }
        // Four decimals below the range's leading digit: β in [0, 0.999] moves by 0.0001.
        int scale = 3 - (int) Math.floor(Math.log10(max - min));
        return new BigDecimal(position).setScale(scale, RoundingMode.HALF_EVEN).doubleValue();
    }
}
