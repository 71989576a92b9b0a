package dev.optimizerplayground.plot;

import java.util.Arrays;

/** A growable list of (x, y) points, to build a polyline without boxing. */
final class PointList {

    private double[] x = new double[32];
    private double[] y = new double[32];
    private int size;

    void add(double px, double py) {
        if (size == x.length) {
            x = Arrays.copyOf(x, size * 2);
            y = Arrays.copyOf(y, size * 2);
        }
        x[size] = px;
        y[size] = py;
        size++;
    }

    /** This list's points in reverse order, followed by {@code tail}'s in order. */
    PointList reversedThen(PointList tail) {
        PointList joined = new PointList();
        for (int i = size - 1; i >= 0; i--) {
            joined.add(x[i], y[i]);
        }
        for (int i = 0; i < tail.size; i++) {
            joined.add(tail.x[i], tail.y[i]);
        }
        return joined;
    }

    Polyline toPolyline(boolean closed) {
        return new Polyline(Arrays.copyOf(x, size), Arrays.copyOf(y, size), closed);
    }
}
