package dev.optimizerplayground.plot;

/**
 * The rectangle of the (x, y) plane shown by a plot, in data coordinates.
 *
 * @throws IllegalArgumentException if a coordinate is not finite or a side is empty
 */
public record Bounds(double xMin, double xMax, double yMin, double yMax) {

    public Bounds {
        if (!Double.isFinite(xMin) || !Double.isFinite(xMax)
                || !Double.isFinite(yMin) || !Double.isFinite(yMax)) {
            throw new IllegalArgumentException("view bounds must be finite numbers, got x ["
                    + xMin + ", " + xMax + "], y [" + yMin + ", " + yMax + "]");
        }
        if (!(xMin < xMax) || !(yMin < yMax)) {
            throw new IllegalArgumentException("view bounds need min < max on both axes, got x ["
                    + xMin + ", " + xMax + "], y [" + yMin + ", " + yMax + "]");
        }
        if (!Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin)) {
            throw new IllegalArgumentException("view bounds are too wide to compute with: x ["
                    + xMin + ", " + xMax + "], y [" + yMin + ", " + yMax + "]");
        }
    }

    public double xSpan() {
        return xMax - xMin;
    }

    public double ySpan() {
        return yMax - yMin;
    }
}
