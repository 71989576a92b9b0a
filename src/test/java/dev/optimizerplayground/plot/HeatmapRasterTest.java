package dev.optimizerplayground.plot;

import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.core.surface.ViewWindow;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeatmapRasterTest {

    @Test
    void eachPixelHasTheFlatColourOfItsBand() {
        SampledGrid grid = GridSampler.sample(FunctionEvaluator.of((x, y) -> x), new ViewWindow(0, 10, 0, 1), 100, 3,
                CancellationToken.none());
        ContourLevels levels = ContourLevels.forGrid(grid, LevelScale.LINEAR);
        ColorBands bands = ColorBands.of(levels, Colormap.VIRIDIS);
        int[] argb = new int[300];

        HeatmapRaster.fill(grid, levels, Colormap.VIRIDIS, argb);

        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 100; col++) {
                assertThat(argb[row * 100 + col]).isEqualTo(bands.argb(levels.bandOf(grid.value(col, row))));
            }
        }
        // Filled contours: exactly one colour per band, and the bands are told apart.
        assertThat(Arrays.stream(argb).distinct().count()).isEqualTo(levels.count() + 1);
    }

    @Test
    void bandColoursFollowTheScaleFromDarkToLight() {
        ColorBands bands = ColorBands.of(ContourLevels.of(0, 8, Double.NaN, LevelScale.LINEAR), Colormap.VIRIDIS);

        assertThat(bands.lower(0)).isEqualTo(0);
        assertThat(bands.upper(bands.count() - 1)).isEqualTo(8);
        assertThat(bands.argb(0)).isEqualTo(Colormap.VIRIDIS.argb(0.5 / 8 / 2));
        assertThat(bands.argb(bands.count() - 1)).isEqualTo(Colormap.VIRIDIS.argb(1 - 0.5 / 8 / 2));
    }

    @Test
    void undefinedPixelsAreFullyTransparent() {
        SampledGrid grid = GridSampler.sample(FunctionEvaluator.of((x, y) -> Math.sqrt(x) + y), new ViewWindow(-1, 1, 0, 1),
                40, 10, CancellationToken.none());
        int[] argb = new int[400];

        HeatmapRaster.fill(grid, ContourLevels.forGrid(grid, LevelScale.AUTO), Colormap.VIRIDIS, argb);

        for (int row = 0; row < 10; row++) {
            for (int col = 0; col < 40; col++) {
                int alpha = argb[row * 40 + col] >>> 24;
                assertThat(alpha).isEqualTo(col < 20 ? 0 : 0xFF);
            }
        }
        assertThat(argb[0]).isZero();
    }

    @Test
    void parallelFillEqualsSingleThreadedFill() throws Exception {
        SampledGrid grid = GridSampler.sample(FunctionEvaluator.of(FunctionEvaluator.RASTRIGIN),
                new ViewWindow(-5.12, 5.12, -5.12, 5.12), 320, 240, CancellationToken.none());
        ContourLevels levels = ContourLevels.forGrid(grid, LevelScale.AUTO);
        int[] parallel = new int[320 * 240];
        int[] single = new int[320 * 240];

        HeatmapRaster.fill(grid, levels, Colormap.VIRIDIS, parallel);
        ForkJoinPool onePool = new ForkJoinPool(1);
        try {
            onePool.submit(() -> HeatmapRaster.fill(grid, levels, Colormap.VIRIDIS, single)).get();
        } finally {
            onePool.shutdown();
        }

        assertThat(parallel).isEqualTo(single);
    }

    @Test
    void rejectsAPixelArrayOfTheWrongSize() {
        SampledGrid grid = GridSampler.sample(FunctionEvaluator.of(FunctionEvaluator.BOWL), new ViewWindow(-1, 1, -1, 1),
                10, 10, CancellationToken.none());

        assertThatThrownBy(() -> HeatmapRaster.fill(grid, ContourLevels.forGrid(grid, LevelScale.AUTO),
                Colormap.VIRIDIS, new int[99]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99");
    }
}
