package dev.optimizerplayground.core.run;

import dev.optimizerplayground.core.text.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * A cloud of K runs of one optimizer under noisy gradients, with seeds s, s+1, …, s+K−1 (s being
 * the spec's seed, so run 0 is the spec's own run), and what it looks like as a whole: the mean
 * path and, per step, the median of the loss and of each effective learning rate with a band
 * from the 10th to the 90th percentile.
 *
 * <p>At each step only the runs still going count: after a run diverges it no longer pulls the
 * mean or the median; a step that no run reached is NaN.
 */
public final class RunCloud {

    /** The band's edges: the middle 80 % of the runs. */
    public static final double LOWER_QUANTILE = 0.1;
    public static final double UPPER_QUANTILE = 0.9;
    /** The largest cloud offered: enough to see a spread, few enough to stay interactive. */
    public static final int MAX_RUNS = 64;
    /** The cloud offered first: enough runs to see a median and a band. */
    public static final int DEFAULT_RUNS = 16;

    private final List<Trajectory> runs;
    private final double[] meanX;
    private final double[] meanY;
    private final Band loss;
    private final Band rateX;
    private final Band rateY;

    /** Per step: lower edge, median and upper edge of one quantity over the runs still going. */
    public record Band(double[] lower, double[] median, double[] upper) {
    }

    private RunCloud(List<Trajectory> runs) {
        this.runs = List.copyOf(runs);
        int length = runs.stream().mapToInt(Trajectory::length).max().orElse(0);
        meanX = new double[length];
        meanY = new double[length];
        for (int t = 0; t < length; t++) {
            double sx = 0;
            double sy = 0;
            int alive = 0;
            for (Trajectory run : runs) {
                if (t < run.length()) {
                    sx += run.x(t);
                    sy += run.y(t);
                    alive++;
                }
            }
            meanX[t] = sx / alive;
            meanY[t] = sy / alive;
        }
        loss = band(runs, length, Trajectory::loss);
        rateX = band(runs, length, Trajectory::lrX);
        rateY = band(runs, length, Trajectory::lrY);
    }

    /**
     * Runs the cloud of {@code size} runs of {@code spec}, in parallel; deterministic whatever the
     * thread count. Returns null when {@code cancelled} turns true first.
     *
     * @throws IllegalArgumentException if size is not in 1..{@value #MAX_RUNS}
     */
    public static RunCloud run(RunSpec spec, int size, BooleanSupplier cancelled) {
        if (size < 1 || size > MAX_RUNS) {
            throw new IllegalArgumentException(Messages.get("error.run.cloud-size", MAX_RUNS, size));
        }
        Trajectory[] runs = new Trajectory[size];
        long seed = spec.noise().seed();
        IntStream.range(0, size).parallel().forEach(k -> {
            if (!cancelled.getAsBoolean()) {
                runs[k] = Runner.run(spec.withNoise(spec.noise().withSeed(seed + k)));
            }
        });
        return cancelled.getAsBoolean() ? null : new RunCloud(Arrays.asList(runs));
    }

    /** The runs, run k with seed s + k. */
    public List<Trajectory> runs() {
        return runs;
    }

    /** Number of steps with a row in at least one run. */
    public int length() {
        return meanX.length;
    }

    public double meanX(int t) {
        return meanX[t];
    }

    public double meanY(int t) {
        return meanY[t];
    }

    public Band loss() {
        return loss;
    }

    public Band rateX() {
        return rateX;
    }

    public Band rateY() {
        return rateY;
    }

    private interface Column {
        double at(Trajectory run, int t);
    }

    private static Band band(List<Trajectory> runs, int length, Column column) {
        double[] lower = new double[length];
        double[] median = new double[length];
        double[] upper = new double[length];
        double[] sorted = new double[runs.size()];
        for (int t = 0; t < length; t++) {
            int n = 0;
            for (Trajectory run : runs) {
                if (t < run.length()) {
                    sorted[n++] = column.at(run, t);
                }
            }
            Arrays.sort(sorted, 0, n);
            lower[t] = quantile(sorted, n, LOWER_QUANTILE);
            median[t] = quantile(sorted, n, 0.5);
            upper[t] = quantile(sorted, n, UPPER_QUANTILE);
        }
        return new Band(lower, median, upper);
    }

    /** The q-quantile of the first n sorted values, linearly interpolated (numpy's default); NaN for none. */
    static double quantile(double[] sorted, int n, double q) {
        if (n == 0) {
            return Double.NaN;
        }
        double position = q * (n - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, n - 1);
        double fraction = position - below;
        return sorted[below] + (sorted[above] - sorted[below]) * fraction;
    }
}
