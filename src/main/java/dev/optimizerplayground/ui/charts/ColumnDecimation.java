package dev.optimizerplayground.ui.charts;

import java.util.Arrays;
import java.util.function.DoublePredicate;
import java.util.function.IntToDoubleFunction;

/**
 * What a series looks like at the resolution of the screen: for each pixel column of the plot, the
 * smallest and largest drawable value among the steps that fall in it. Drawing the min–max extent of
 * every column keeps a one-step spike visible however many steps share a pixel. Only the picture is
 * reduced; the series itself is read in place and never copied.
 *
 * <p>A column either holds no step at all ({@link #isEmpty}: the line just passes over it), or holds
 * steps none of which can be drawn ({@link #isGap}: NaN, or non-positive on a log axis; the line
 * breaks there), or has a min and max.
 */
public final class ColumnDecimation {

    private final double[] min;
    private final double[] max;
    private final int[] count;

    private ColumnDecimation(int columns) {
        min = new double[columns];
        max = new double[columns];
        count = new int[columns];
        Arrays.fill(min, Double.NaN);
        Arrays.fill(max, Double.NaN);
    }

    /**
     * Reduces steps 0 … length − 1 of a series to {@code columns} columns of an axis that spans steps
     * 0 … {@code lastStep}: step t falls in column ⌊t · columns / lastStep⌋ (the last step in the last
     * column). Steps beyond {@code lastStep} are not on the axis and are ignored.
     *
     * @param drawable which values can be drawn (finite, and positive on a log axis)
     */
    public static ColumnDecimation of(IntToDoubleFunction values, int length, int lastStep, int columns,
                                      DoublePredicate drawable) {
        if (columns < 1) {
            throw new IllegalArgumentException("need at least one column, got " + columns);
        }
        ColumnDecimation d = new ColumnDecimation(columns);
        int end = Math.min(length, lastStep + 1);
        for (int t = 0; t < end; t++) {
            int c = columnOf(t, lastStep, columns);
            d.count[c]++;
            double v = values.applyAsDouble(t);
            if (!drawable.test(v)) {
                continue;
            }
            if (!(v >= d.min[c])) { // also true while min is still NaN
                d.min[c] = v;
            }
            if (!(v <= d.max[c])) {
                d.max[c] = v;
            }
        }
        return d;
    }

    /** The column step t falls in, for an axis 0 … lastStep drawn over {@code columns} columns. */
    public static int columnOf(int step, int lastStep, int columns) {
        if (lastStep <= 0) {
            return 0;
        }
        long c = (long) step * columns / lastStep;
        return (int) Math.max(0, Math.min(columns - 1, c));
    }

    public int columns() {
        return min.length;
    }

    /** Smallest drawable value in the column; NaN when the column is empty or a gap. */
    public double min(int column) {
        return min[column];
    }

    /** Largest drawable value in the column; NaN when the column is empty or a gap. */
    public double max(int column) {
        return max[column];
    }

    /** No step falls in this column (fewer steps than pixels): the line passes over it. */
    public boolean isEmpty(int column) {
        return count[column] == 0;
    }

    /** Steps fall in this column but none can be drawn: the line breaks. */
    public boolean isGap(int column) {
        return count[column] > 0 && Double.isNaN(min[column]);
    }
}
