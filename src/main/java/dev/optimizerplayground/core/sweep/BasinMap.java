package dev.optimizerplayground.core.sweep;

import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.core.text.Messages;
import java.util.List;
import java.util.Objects;

/**
 * One run from the centre of every cell of a window split into {@code columns × rows} cells, as the
 * plot samples its pixels: column c is at x = xMin + (c + ½)·width/columns, row r at
 * y = yMax − (r + ½)·height/rows (row 0 at the top). Where each run ends says which basin of
 * attraction its start point lies in.
 */
public final class BasinMap implements CellGrid {

    /** An end point this close to a known minimum (Euclidean distance) counts as having reached it. */
    public static final double MINIMUM_RADIUS = 1e-3;

    private final RunSpec base;
    private final ViewWindow window;
    private final int columns;
    private final int rows;
    private final List<Point> minima;

    /**
     * @param base the run every cell makes (surface, optimizer, budget, training conditions), each
     *     from its own start instead of base's
     * @param minima the surface's known minima, in the order {@link #minimumNear} numbers them
     * @throws IllegalArgumentException for a grid side outside 1..{@value SweepAxis#MAX_COUNT}
     */
    public BasinMap(RunSpec base, ViewWindow window, int columns, int rows, List<Point> minima) {
        this.base = Objects.requireNonNull(base, "base");
        this.window = Objects.requireNonNull(window, "window");
        this.minima = List.copyOf(minima);
        if (columns < 1 || rows < 1 || columns > SweepAxis.MAX_COUNT || rows > SweepAxis.MAX_COUNT) {
            throw new IllegalArgumentException(Messages.get("error.basins.grid", SweepAxis.MAX_COUNT, columns, rows));
        }
        this.columns = columns;
        this.rows = rows;
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public int rows() {
        return rows;
    }

    public ViewWindow window() {
        return window;
    }

    public List<Point> minima() {
        return minima;
    }

    public RunSpec base() {
        return base;
    }

    public double startX(int column) {
        return window.xMin() + (column + 0.5) * (window.width() / columns);
    }

    public double startY(int row) {
        return window.yMax() - (row + 0.5) * (window.height() / rows);
    }

    @Override
    public RunSpec cell(int column, int row) {
        return new RunSpec(base.surface(), base.optimizer(), new Point(startX(column), startY(row)), base.steps(),
                base.tolerance(), base.noise(), base.schedule());
    }

    /** The index of the first known minimum within {@link #MINIMUM_RADIUS} of (x, y), or -1. */
    public int minimumNear(double x, double y) {
        for (int k = 0; k < minima.size(); k++) {
            Point m = minima.get(k);
            if (Math.hypot(x - m.x(), y - m.y()) <= MINIMUM_RADIUS) {
                return k;
            }
        }
        return -1;
    }
}
