package dev.optimizerplayground.plot;

import dev.optimizerplayground.core.surface.ViewWindow;
import java.util.Objects;

/**
 * Maps data coordinates to the pixels of a plot area and back, with y pointing UP in data space
 * and down in pixel space. The plot area starts at ({@code left}, {@code top}) pixels (the margin
 * left for axes) and is {@code width × height} pixels; the data rectangle {@code bounds} fills it.
 * Pixel (c, r) of a {@link SampledGrid} of the same size covers [c, c+1] × [r, r+1] relative to the
 * area's corner, and its sample lies at the centre.
 */
public record PlotTransform(ViewWindow bounds, double left, double top, double width, double height) {

    public PlotTransform {
        Objects.requireNonNull(bounds, "bounds");
        if (!(width > 0) || !(height > 0) || !Double.isFinite(width) || !Double.isFinite(height)
                || !Double.isFinite(left) || !Double.isFinite(top)) {
            throw new IllegalArgumentException("plot area needs a finite position and positive size, got "
                    + width + "×" + height + " at (" + left + ", " + top + ")");
        }
    }

    /** A plot area that starts at the origin (e.g. the contour image itself). */
    public static PlotTransform of(ViewWindow bounds, double width, double height) {
        return new PlotTransform(bounds, 0, 0, width, height);
    }

    /**
     * A plot area whose units are square: {@code window} is widened in one direction to the
     * area's aspect, so a circle in the data is a circle on screen.
     */
    public static PlotTransform equalScale(ViewWindow window, double left, double top, double width, double height) {
        return new PlotTransform(window.withAspect(width / height), left, top, width, height);
    }

    public double toPixelX(double x) {
        return left + (x - bounds.xMin()) / bounds.width() * width;
    }

    public double toPixelY(double y) {
        return top + (bounds.yMax() - y) / bounds.height() * height;
    }

    public double toDataX(double px) {
        return bounds.xMin() + (px - left) / width * bounds.width();
    }

    public double toDataY(double py) {
        return bounds.yMax() - (py - top) / height * bounds.height();
    }
}
