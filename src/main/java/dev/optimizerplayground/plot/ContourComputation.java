package dev.optimizerplayground.plot;

import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.core.surface.Evaluator;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** The whole contour pipeline in one call, meant to run off the UI thread. */
public final class ContourComputation {

    private ContourComputation() {
    }

    /**
     * Samples the surface, picks levels, paints the filled contours (viridis) and traces the lines,
     * each step in parallel on all cores.
     *
     * @param evaluators gives a fresh evaluator per worker (evaluators are not thread-safe)
     * @throws IllegalArgumentException if the size is not positive or too large
     * @throws java.util.concurrent.CancellationException if {@code token} is cancelled meanwhile
     */
    public static ContourResult compute(Supplier<Evaluator> evaluators, ViewWindow bounds, int width, int height,
            LevelScale scale, CancellationToken token) {
        Objects.requireNonNull(scale, "scale");
        SampledGrid grid = GridSampler.sample(evaluators, bounds, width, height, token);
        token.throwIfCancelled();
        ContourLevels levels = ContourLevels.forGrid(grid, scale);
        ColorBands bands = ColorBands.of(levels, Colormap.VIRIDIS);
        int[] argb = new int[width * height];
        HeatmapRaster.fill(grid, bands, argb);
        token.throwIfCancelled();
        List<LevelLines> lines = MarchingSquares.lines(grid, levels.valuesView(), token);
        return new ContourResult(grid, bands, argb, lines);
    }
}
