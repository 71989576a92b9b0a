package dev.optimizerplayground.plot;

import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.core.surface.Evaluator;

import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** Samples a surface at every pixel centre, in parallel over horizontal bands of rows. */
public final class GridSampler {

    /** 8192 × 8192: well above 4K, and far below what would overflow an int-indexed array. */
    static final long MAX_PIXELS = 8192L * 8192L;

    /**
     * Bands per worker: more than one so a band full of slow or NaN-heavy rows does not leave the
     * other cores idle, few enough that creating an evaluator per band is negligible.
     */
    private static final int BANDS_PER_WORKER = 4;

    private GridSampler() {
    }

    /**
     * @param evaluators gives a fresh evaluator for each band (evaluators are not thread-safe)
     * @throws IllegalArgumentException if the size is not positive or too large
     * @throws java.util.concurrent.CancellationException if {@code token} is cancelled meanwhile
     */
    public static SampledGrid sample(Supplier<Evaluator> evaluators, ViewWindow bounds, int width, int height,
            CancellationToken token) {
        Objects.requireNonNull(evaluators, "evaluators");
        Objects.requireNonNull(bounds, "bounds");
        Objects.requireNonNull(token, "token");
        checkSize(width, height);
        token.throwIfCancelled();

        double[] values = new double[width * height];
        double xStep = bounds.width() / width;
        double yStep = bounds.height() / height;
        int workers = ForkJoinPool.getCommonPoolParallelism() + 1; // the calling thread helps too
        int bands = Math.min(height, workers * BANDS_PER_WORKER);
        IntStream.range(0, bands).parallel().forEach(band -> {
            Evaluator f = Objects.requireNonNull(evaluators.get(), "the evaluator supplier returned null");
            int firstRow = (int) ((long) height * band / bands);
            int endRow = (int) ((long) height * (band + 1) / bands);
            for (int row = firstRow; row < endRow; row++) {
                token.throwIfCancelled();
                double y = bounds.yMax() - (row + 0.5) * yStep;
                int offset = row * width;
                for (int col = 0; col < width; col++) {
                    double v = f.value(bounds.xMin() + (col + 0.5) * xStep, y);
                    values[offset + col] = Double.isFinite(v) ? v : Double.NaN;
                }
            }
        });
        return new SampledGrid(bounds, width, height, values);
    }

    static void checkSize(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + "×" + height);
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("image size " + width + "×" + height
                    + " is too large (at most " + MAX_PIXELS + " pixels)");
        }
    }
}
