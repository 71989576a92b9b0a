package dev.optimizerplayground.plot.landscape;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.plot.AxisTicks;
import dev.optimizerplayground.plot.ContourLevels;
import dev.optimizerplayground.plot.LevelScale;
import dev.optimizerplayground.plot.TickFormat;
import dev.optimizerplayground.plot.Ticks;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Maps a value of f to a height in [0, 1] of the landscape box: linearly, or log-compressed when the
 * contours use log levels (the values span decades, as on Rosenbrock, where a linear height would
 * press the whole valley floor flat against the bottom).
 *
 * <p>LOG: height = log(1 + (f − min)/δ) / log(1 + (max − min)/δ). δ is min itself when the values
 * are all positive and span decades (then the height is plain log f), else a thousandth of the range:
 * three decades above the minimum are resolved, so the valley floor is visible without the minimum
 * becoming a deep funnel.
 */
public final class HeightScale {

    static final double LOG_FLOOR = 1e-3;
    private static final double PLAIN_LOG_RATIO = 1000;
    private static final int MAX_TICKS = 5;

    private final LevelScale scale;
    private final double min;
    private final double max;
    private final double delta;
    private final double logRange;

    private HeightScale(LevelScale scale, double min, double max) {
        this.scale = scale;
        this.min = min;
        this.max = max;
        double range = max - min;
        boolean plainLog = min > 0 && max / min >= PLAIN_LOG_RATIO;
        this.delta = plainLog ? min : Math.max(LOG_FLOOR * range, Double.MIN_NORMAL);
        this.logRange = Math.log1p(range / delta);
    }

    /** The scale the contours use (LINEAR or LOG) over their value range. */
    public static HeightScale of(ContourLevels levels) {
        Objects.requireNonNull(levels, "levels");
        return of(levels.scale(), levels.min(), levels.max());
    }

    /** @param scale LINEAR or LOG (AUTO must be resolved first, as {@link ContourLevels#scale()} is) */
    public static HeightScale of(LevelScale scale, double min, double max) {
        Objects.requireNonNull(scale, "scale");
        if (scale == LevelScale.AUTO) {
            throw new IllegalArgumentException("a height scale needs LINEAR or LOG, not AUTO");
        }
        return new HeightScale(scale, min, max);
    }

    public LevelScale scale() {
        return scale;
    }

    /** Whether there is a range to scale (else every value sits at mid-height). */
    private boolean hasRange() {
        return min < max && Double.isFinite(max - min);
    }

    /** Height of {@code f} in [0, 1] (clamped); NaN for NaN. */
    public double height(double f) {
        if (f != f) {
            return Double.NaN;
        }
        if (!hasRange()) {
            return 0.5;
        }
        double h = scale == LevelScale.LOG
                ? Math.log1p(Math.max(0, f - min) / delta) / logRange
                : (f - min) / (max - min);
        return Math.min(1, Math.max(0, h));
    }

    /** The axis title: says when the height is log-compressed. */
    public String axisTitle() {
        return scale == LevelScale.LOG ? Messages.get("landscape.axis.log") : "f";
    }

    /** Ticks of f for the height axis, ascending; none without a range. */
    public List<AxisTick> ticks() {
        if (!hasRange()) {
            return List.of();
        }
        if (scale == LevelScale.LINEAR) {
            Ticks nice = AxisTicks.nice(min, max, MAX_TICKS);
            return IntStream.range(0, nice.count()).mapToObj(i -> new AxisTick(nice.value(i), nice.label(i))).toList();
        }
        // Powers of ten (and 2, 5 times them when few) of the height above the minimum, as the log levels are.
        boolean plainLog = delta == min;
        double base = plainLog ? 0 : min;
        double[] above = AxisTicks.logTicks(plainLog ? min : delta, max - base, MAX_TICKS).values();
        return Arrays.stream(above).map(v -> base + v).filter(f -> f >= min && f <= max)
                .mapToObj(f -> new AxisTick(f, TickFormat.compact(f))).toList();
    }
}
