package dev.optimizerplayground.plot;

import dev.optimizerplayground.core.surface.ViewWindow;
/**
 * f sampled at the centre of every pixel of a {@code width × height} image of {@link #bounds()}.
 * Row 0 is the TOP of the image (y = yMax side) so that rows map straight onto image rows; column 0
 * is the left (x = xMin) side. Undefined and infinite values are stored as NaN; {@link #min()} and
 * {@link #max()} cover the finite values only. Immutable.
 */
public final class SampledGrid {

    private final ViewWindow bounds;
    private final int width;
    private final int height;
    /** Row-major, row 0 at the top. Never handed out, so the grid stays immutable. */
    private final double[] values;
    private final double min;
    private final double max;
    private final int finiteCount;

    /** Takes ownership of {@code values}; non-finite entries must already be NaN. */
    SampledGrid(ViewWindow bounds, int width, int height, double[] values) {
        if (values.length != (long) width * height) {
            throw new IllegalArgumentException("expected " + (long) width * height
                    + " values for a " + width + "×" + height + " grid, got " + values.length);
        }
        this.bounds = bounds;
        this.width = width;
        this.height = height;
        this.values = values;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int finite = 0;
        for (double v : values) {
            if (v == v) { // not NaN
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
                finite++;
            }
        }
        this.min = finite > 0 ? lo : Double.NaN;
        this.max = finite > 0 ? hi : Double.NaN;
        this.finiteCount = finite;
    }

    public ViewWindow bounds() {
        return bounds;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** f at the centre of pixel (col, row), or NaN where f is undefined or infinite. */
    public double value(int col, int row) {
        if (col < 0 || col >= width || row < 0 || row >= height) {
            throw new IndexOutOfBoundsException("pixel (" + col + ", " + row + ") is outside the "
                    + width + "×" + height + " grid");
        }
        return values[row * width + col];
    }

    /** Smallest finite value, NaN if there is none. */
    public double min() {
        return min;
    }

    /** Largest finite value, NaN if there is none. */
    public double max() {
        return max;
    }

    /** How many samples are finite (not NaN). */
    public int finiteCount() {
        return finiteCount;
    }

    /** Data x of a (fractional) column position; integer columns are pixel centres. */
    public double dataX(double col) {
        return bounds.xMin() + (col + 0.5) * (bounds.width() / width);
    }

    /** Data y of a (fractional) row position; integer rows are pixel centres, row 0 at the top. */
    public double dataY(double row) {
        return bounds.yMax() - (row + 0.5) * (bounds.height() / height);
    }

    /** The backing array, for the package's own hot loops; callers must not modify it. */
    double[] valuesView() {
        return values;
    }
}
