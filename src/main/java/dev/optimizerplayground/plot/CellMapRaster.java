package dev.optimizerplayground.plot;

import dev.optimizerplayground.core.sweep.CellOutcomes;
import java.util.Objects;

/**
 * Pictures of a sweep or a basin map, one block of pixels per cell. A run that diverged is hatched
 * black on white, never drawn in a colour of the scale, so it cannot be mistaken for a value.
 */
public final class CellMapRaster {

    /** The colour of a cell, or {@link #HATCHED} for a run that diverged. */
    @FunctionalInterface
    public interface CellColour {
        int argb(int column, int row);
    }

    /** Which known minimum lies at a point, as {@code BasinMap.minimumNear} tells. */
    @FunctionalInterface
    public interface MinimumLocator {
        /** The index of the known minimum at (x, y), or -1. */
        int indexNear(double x, double y);
    }

    /** Returned by a {@link CellColour} for a cell to hatch. */
    public static final int HATCHED = 0;
    /** A run that ends neither at a known minimum nor diverges, or never converges: no scale has grey. */
    public static final int NEUTRAL = 0xFF9E9E9E;
    /** Okabe–Ito colours, told apart also by colour-blind eyes; minimum k takes entry k mod 7. */
    private static final int[] MINIMUM_COLOURS = {
        0xFFE69F00, 0xFF56B4E9, 0xFF009E73, 0xFFF0E442, 0xFF0072B2, 0xFFD55E00, 0xFFCC79A7};
    private static final int HATCH_INK = 0xFF202020;
    private static final int HATCH_PAPER = 0xFFFFFFFF;
    private static final int HATCH_PERIOD = 6;

    private CellMapRaster() {
    }

    /** The colour of known minimum {@code index} (0-based). */
    public static int minimumColour(int index) {
        return MINIMUM_COLOURS[index % MINIMUM_COLOURS.length];
    }

    /**
     * Colour by final loss on a log scale from the smallest to the largest final loss of the runs
     * that did not diverge (viridis: dark is low).
     */
    public static CellColour byFinalLoss(CellOutcomes cells) {
        ContourLevels scale = lossScale(cells);
        return (c, r) -> cells.diverged(c, r) ? HATCHED
                : Colormap.VIRIDIS.argb(scale.normalize(cells.finalLoss(c, r)));
    }

    /** The log scale {@link #byFinalLoss} colours by. */
    public static ContourLevels lossScale(CellOutcomes cells) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < cells.rows(); r++) {
            for (int c = 0; c < cells.columns(); c++) {
                double loss = cells.finalLoss(c, r);
                if (Double.isFinite(loss)) {
                    min = Math.min(min, loss);
                    max = Math.max(max, loss);
                }
            }
        }
        return min <= max ? ContourLevels.of(min, max, Double.NaN, LevelScale.LOG)
                : ContourLevels.of(Double.NaN, Double.NaN, Double.NaN, LevelScale.LOG);
    }

    /**
     * Colour by the step at which each run converged, linearly from step 0 (dark) to {@code steps};
     * a run that never converged is {@link #NEUTRAL}.
     */
    public static CellColour byConvergedStep(CellOutcomes cells, int steps) {
        return (c, r) -> {
            if (cells.diverged(c, r)) {
                return HATCHED;
            }
            int step = cells.convergedStep(c, r);
            return step < 0 ? NEUTRAL : Colormap.VIRIDIS.argb(steps == 0 ? 0 : (double) step / steps);
        };
    }

    /**
     * Colour by which known minimum each run ends at ({@link #minimumColour}), {@link #NEUTRAL} for
     * anywhere else.
     */
    public static CellColour byBasin(CellOutcomes cells, MinimumLocator minima) {
        return (c, r) -> {
            if (cells.diverged(c, r)) {
                return HATCHED;
            }
            int k = minima.indexNear(cells.endX(c, r), cells.endY(c, r));
            return k < 0 ? NEUTRAL : minimumColour(k);
        };
    }

    /**
     * The picture, {@code columns·cellWidth × rows·cellHeight} pixels, row by row.
     */
    public static int[] raster(int columns, int rows, int cellWidth, int cellHeight, CellColour colour) {
        Objects.requireNonNull(colour, "colour");
        int width = columns * cellWidth;
        int[] argb = new int[width * rows * cellHeight];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int cell = colour.argb(c, r);
                for (int py = r * cellHeight; py < (r + 1) * cellHeight; py++) {
                    for (int px = c * cellWidth; px < (c + 1) * cellWidth; px++) {
                        argb[py * width + px] = cell != HATCHED ? cell
                                : (px + py) % HATCH_PERIOD < 2 ? HATCH_INK : HATCH_PAPER;
                    }
                }
            }
        }
        return argb;
    }
}
