package dev.optimizerplayground.plot;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.NumberText;
import java.util.Arrays;
import java.util.Objects;

/**
 * The contour levels of a surface and the matching value → [0, 1] colour coordinate.
 *
 * <p><b>LINEAR</b>: multiples of the finest 1-2-5 step giving at most {@value #MAX_LEVELS} levels
 * strictly inside (min, max) — in practice 9 to 20. {@code normalize} is (v − min) / (max − min).
 *
 * <p><b>LOG</b>: works on g = f − min + δ, which is ≥ δ > 0 even where f reaches its minimum (0 for
 * most loss surfaces) or is negative. δ is chosen as follows:
 * <ul>
 *   <li>if min > 0 and max / min ≥ {@value #PLAIN_LOG_RATIO}, δ = min, so g = f: the values
 *       themselves span decades (e.g. e^x) and the levels are nice values of f (…, 0.1, 0.2, 0.5, 1, …);
 *   <li>otherwise δ = {@value #LOG_FLOOR} × (max − min): log of the height above the minimum, with
 *       the lowest decades cut off at a millionth of the range, where a level would enclose a region
 *       too small to see; the levels are min + nice values.
 * </ul>
 * Levels use 1-2-5 mantissas per decade (at most {@value #MAX_LEVELS}), falling back to powers of ten
 * when the range spans many decades. {@code normalize} is log(g / δ) / log((max − min + δ) / δ).
 *
 * <p><b>AUTO</b> picks LOG when min ≥ 0 and the median value lies at least a decade below the top:
 * max − min ≥ {@value #LOG_SKEW} × (median − min). A test on min and max alone cannot work here: the
 * sampled minimum of any bowl is ≈ 0, so x² + y² and Rosenbrock would look alike; it is the shape of
 * the distribution (Rosenbrock: a narrow valley, almost everything else far up the walls) that makes
 * linear levels useless. With negative values (a saddle) AUTO stays LINEAR.
 */
public final class ContourLevels {

    static final int MAX_LEVELS = 20;
    static final double LOG_FLOOR = 1e-6;
    static final double PLAIN_LOG_RATIO = 1000;
    static final double LOG_SKEW = 10;
    /** Enough samples for a median that decides between two scales; cheap at 4K. */
    private static final int MEDIAN_SAMPLES = 4096;

    private final LevelScale scale;
    private final double min;
    private final double max;
    /** The δ of the LOG scale; unused for LINEAR. */
    private final double delta;
    private final double[] levels;

    private ContourLevels(LevelScale scale, double min, double max, double delta, double[] levels) {
        this.scale = scale;
        this.min = min;
        this.max = max;
        this.delta = delta;
        this.levels = levels;
    }

    /** Levels for the finite values of {@code grid}; AUTO looks at their median. */
    public static ContourLevels forGrid(SampledGrid grid, LevelScale scale) {
        Objects.requireNonNull(grid, "grid");
        return of(grid.min(), grid.max(), scale == LevelScale.AUTO ? medianEstimate(grid) : Double.NaN, scale);
    }

    /**
     * @param min smallest finite value (NaN if there is none)
     * @param max largest finite value (NaN if there is none)
     * @param median a typical value, only used by AUTO (NaN: AUTO chooses LINEAR)
     */
    public static ContourLevels of(double min, double max, double median, LevelScale scale) {
        Objects.requireNonNull(scale, "scale");
        LevelScale resolved = scale == LevelScale.AUTO ? choose(min, max, median) : scale;
        if (!(min < max) || !Double.isFinite(max - min)) {
            // Nothing to separate (constant, or no finite value at all): no levels, one band.
            return new ContourLevels(resolved, min, max, 0, new double[0]);
        }
        return resolved == LevelScale.LOG ? logarithmic(min, max) : linear(min, max);
    }

    static LevelScale choose(double min, double max, double median) {
        boolean skewed = min >= 0 && max > min && max - min >= LOG_SKEW * (median - min);
        return skewed ? LevelScale.LOG : LevelScale.LINEAR;
    }

    private static ContourLevels linear(double min, double max) {
        double[] nice = NiceNumbers.linear(min, max, MAX_LEVELS).values();
        return new ContourLevels(LevelScale.LINEAR, min, max, 0, strictlyInside(nice, 0, min, max));
    }

    private static ContourLevels logarithmic(double min, double max) {
        double range = max - min;
        boolean plainLog = min > 0 && max / min >= PLAIN_LOG_RATIO;
        // MIN_NORMAL keeps log(g/δ) finite for an absurdly narrow range of denormal numbers.
        double delta = plainLog ? min : Math.max(LOG_FLOOR * range, Double.MIN_NORMAL);
        double base = plainLog ? 0 : min;
        double[] nice = NiceNumbers.logarithmic(plainLog ? min : delta, max - base, MAX_LEVELS);
        return new ContourLevels(LevelScale.LOG, min, max, delta, strictlyInside(nice, base, min, max));
    }

    /**
     * base + each value, keeping those strictly between min and max (a level at min or max is a dot).
     *
     * @throws IllegalArgumentException "the view window is too narrow: …" when min and max are so
     *     few doubles apart (a window zoomed in near f = 10³⁰) that the levels round onto each other
     */
    private static double[] strictlyInside(double[] values, double base, double min, double max) {
        double[] levels = Arrays.stream(values).map(v -> base + v).filter(v -> v > min && v < max).toArray();
        for (int i = 1; i < levels.length; i++) {
            if (!(levels[i - 1] < levels[i])) {
                throw new IllegalArgumentException(Messages.get("plot.error.window-too-narrow", NumberText.exact(min),
                        NumberText.exact(max)));
            }
        }
        return levels;
    }

    private static double medianEstimate(SampledGrid grid) {
        int finite = grid.finiteCount();
        if (finite == 0) {
            return Double.NaN;
        }
        int stride = Math.max(1, finite / MEDIAN_SAMPLES);
        double[] sample = new double[(finite + stride - 1) / stride];
        int taken = 0;
        int seen = 0;
        for (double v : grid.valuesView()) {
            if (v == v && seen++ % stride == 0) {
                sample[taken++] = v;
            }
        }
        Arrays.sort(sample, 0, taken);
        return sample[taken / 2];
    }

    /** LINEAR or LOG: AUTO already resolved. */
    public LevelScale scale() {
        return scale;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public int count() {
        return levels.length;
    }

    public double level(int index) {
        return levels[index];
    }

    /** The levels, ascending (a copy). */
    public double[] values() {
        return levels.clone();
    }

    /**
     * The colour coordinate of {@code value}: 0 at min, 1 at max, clamped outside; linear or log
     * as {@link #scale()}. NaN stays NaN; with no range (constant surface) every value maps to 0.5.
     */
    public double normalize(double value) {
        if (value != value) {
            return Double.NaN;
        }
        if (!(min < max) || !Double.isFinite(max - min)) {
            return 0.5;
        }
        double t = scale == LevelScale.LOG
                ? Math.log((value - min + delta) / delta) / Math.log((max - min + delta) / delta)
                : (value - min) / (max - min);
        return t != t ? 0 : Math.min(1, Math.max(0, t)); // log of a negative (value far below min) → 0
    }

    /**
     * The band {@code value} falls in: how many levels lie strictly below it, from 0 (below the
     * first level) to {@link #count()} (above the last); -1 for NaN. A value exactly on a level
     * belongs to the band below it, matching the "above = value > level" rule of the contour lines.
     */
    public int bandOf(double value) {
        if (value != value) {
            return -1;
        }
        return bandOf(levels, value);
    }

    /** Number of entries of the ascending {@code levels} that are < value. */
    static int bandOf(double[] levels, double value) {
        int lo = 0;
        int hi = levels.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (levels[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The levels themselves, for the package's own loops; callers must not modify it. */
    double[] valuesView() {
        return levels;
    }
}
