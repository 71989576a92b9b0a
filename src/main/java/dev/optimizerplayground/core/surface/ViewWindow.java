package dev.optimizerplayground.core.surface;

/**
 * The rectangle of the plane a plot shows: [xMin, xMax] × [yMin, yMax], finite, non-empty, and
 * narrow enough that its width and height are finite too.
 */
public record ViewWindow(double xMin, double xMax, double yMin, double yMax) {

    public ViewWindow {
        if (!(Double.isFinite(xMin) && Double.isFinite(xMax) && Double.isFinite(yMin) && Double.isFinite(yMax))) {
            throw new IllegalArgumentException("view window bounds must be finite numbers, got x "
                    + xMin + ".." + xMax + ", y " + yMin + ".." + yMax);
        }
        if (!(xMin < xMax)) {
            throw new IllegalArgumentException("view window needs xMin < xMax, got " + xMin + " and " + xMax);
        }
        if (!(yMin < yMax)) {
            throw new IllegalArgumentException("view window needs yMin < yMax, got " + yMin + " and " + yMax);
        }
        if (!(Double.isFinite(xMax - xMin) && Double.isFinite(yMax - yMin))) {
            throw new IllegalArgumentException("view window is too wide to compute with: x "
                    + xMin + ".." + xMax + ", y " + yMin + ".." + yMax);
        }
    }

    public double width() {
        return xMax - xMin;
    }

    public double height() {
        return yMax - yMin;
    }

    /** Whether (x, y) lies in the window, edges included. */
    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }
}
