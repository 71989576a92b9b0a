package dev.optimizerplayground.core.surface;

/** A point (x, y) of the plane. */
public record Point(double x, double y) {
}
