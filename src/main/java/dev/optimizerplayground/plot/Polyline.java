package dev.optimizerplayground.plot;

import java.util.Arrays;
import java.util.Objects;

/**
 * A connected piece of a contour line, in DATA coordinates (the same space as the optimizer trails,
 * so one {@link PlotTransform} places both, at any output resolution). A closed polyline repeats its
 * first point at the end, so drawing it as an open polyline closes the loop. Immutable.
 */
public final class Polyline {

    private final double[] x;
    private final double[] y;
    private final boolean closed;

    /** Takes ownership of the arrays. */
    Polyline(double[] x, double[] y, boolean closed) {
        this.x = x;
        this.y = y;
        this.closed = closed;
    }

    /** Number of points (at least 2). */
    public int size() {
        return x.length;
    }

    public double x(int index) {
        return x[index];
    }

    public double y(int index) {
        return y[index];
    }

    /** True if the line is a loop (last point equals the first). */
    public boolean closed() {
        return closed;
    }

    /**
     * Writes the points in pixels, ready for e.g. {@code GraphicsContext.strokePolyline(xOut, yOut, n)}.
     * The caller reuses the arrays across polylines; they must hold at least {@link #size()} entries.
     *
     * @return the number of points written
     */
    public int toPixels(PlotTransform transform, double[] xOut, double[] yOut) {
        Objects.requireNonNull(transform, "transform");
        if (xOut.length < x.length || yOut.length < x.length) {
            throw new IllegalArgumentException("output arrays hold " + Math.min(xOut.length, yOut.length)
                    + " points, the polyline has " + x.length);
        }
        for (int i = 0; i < x.length; i++) {
            xOut[i] = transform.toPixelX(x[i]);
            yOut[i] = transform.toPixelY(y[i]);
        }
        return x.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Polyline other && closed == other.closed
                && Arrays.equals(x, other.x) && Arrays.equals(y, other.y);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(x) + Arrays.hashCode(y) + (closed ? 1 : 0);
    }

    @Override
    public String toString() {
        return (closed ? "closed" : "open") + " polyline of " + x.length + " points";
    }
}
