package dev.optimizerplayground.core.surface;

import dev.optimizerplayground.core.text.Messages;

/**
 * The rectangle of the plane a plot shows: [xMin, xMax] × [yMin, yMax], finite, non-empty, and
 * narrow enough that its width and height are finite too.
 */
public record ViewWindow(double xMin, double xMax, double yMin, double yMax) {

    public ViewWindow {
        if (!(Double.isFinite(xMin) && Double.isFinite(xMax) && Double.isFinite(yMin) && Double.isFinite(yMax))) {
            throw new IllegalArgumentException(Messages.get("error.window.not-finite", xMin, xMax, yMin, yMax));
        }
        if (!(xMin < xMax)) {
            throw new IllegalArgumentException(Messages.get("error.window.x-order", xMin, xMax));
        }
        if (!(yMin < yMax)) {
            throw new IllegalArgumentException(Messages.get("error.window.y-order", yMin, yMax));
        }
        if (!(Double.isFinite(xMax - xMin) && Double.isFinite(yMax - yMin))) {
            throw new IllegalArgumentException(Messages.get("error.window.too-wide", xMin, xMax, yMin, yMax));
        }
    }

    public double width() {
        return xMax - xMin;
    }

    public double height() {
        return yMax - yMin;
    }

    /**
     * This window widened about its centre in x or in y, never narrowed, so that width / height
     * equals {@code aspect}: drawn in a plot area of that pixel aspect, one unit is as long
     * across as up. A widening too large to compute with (only for absurd windows) leaves the
     * window as it is.
     *
     * @param aspect the plot area's width over its height, positive and finite
     */
    public ViewWindow withAspect(double aspect) {
        if (!(aspect > 0) || !Double.isFinite(aspect)) {
            throw new IllegalArgumentException("aspect must be a positive number, got " + aspect);
        }
        double w = width();
        double h = height();
        double xMid = xMin + w / 2;
        double yMid = yMin + h / 2;
        double newW = Math.max(w, h * aspect);
        double newH = Math.max(h, w / aspect);
        if (newW == w && newH == h) {
            return this;
        }
        double x0 = newW == w ? xMin : xMid - newW / 2;
        double x1 = newW == w ? xMax : xMid + newW / 2;
        double y0 = newH == h ? yMin : yMid - newH / 2;
        double y1 = newH == h ? yMax : yMid + newH / 2;
        if (!(Double.isFinite(x0) && Double.isFinite(x1) && Double.isFinite(y0) && Double.isFinite(y1)
                && Double.isFinite(x1 - x0) && Double.isFinite(y1 - y0))) {
            return this;
        }
        return new ViewWindow(x0, x1, y0, y1);
    }

    /** Whether (x, y) lies in the window, edges included. */
    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }
}
