package dev.optimizerplayground.plot;

import java.util.Objects;
import java.util.stream.IntStream;

/** Paints a sampled grid as filled contours into an ARGB pixel array (row 0 at the top). */
public final class HeatmapRaster {

    private HeatmapRaster() {
    }

    /**
     * Colours each pixel with the colour of the band its value falls in; NaN pixels become fully
     * transparent so undefined regions stay blank. Rows are painted in parallel.
     *
     * @param argbOut receives {@code width × height} 0xAARRGGBB pixels, row-major
     * @throws IllegalArgumentException if {@code argbOut} has the wrong length
     */
    public static void fill(SampledGrid grid, ContourLevels levels, Colormap colormap, int[] argbOut) {
        fill(grid, ColorBands.of(levels, colormap), argbOut);
    }

    /** As {@link #fill(SampledGrid, ContourLevels, Colormap, int[])} with bands already built. */
    public static void fill(SampledGrid grid, ColorBands bands, int[] argbOut) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(bands, "bands");
        Objects.requireNonNull(argbOut, "argbOut");
        int width = grid.width();
        if (argbOut.length != width * grid.height()) {
            throw new IllegalArgumentException("pixel array holds " + argbOut.length + " pixels, the "
                    + width + "×" + grid.height() + " grid needs " + width * grid.height());
        }
        double[] values = grid.valuesView();
        IntStream.range(0, grid.height()).parallel().forEach(row -> {
            int end = (row + 1) * width;
            for (int i = row * width; i < end; i++) {
                argbOut[i] = bands.argbOf(values[i]);
            }
        });
    }
}
