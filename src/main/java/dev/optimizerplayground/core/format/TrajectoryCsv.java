package dev.optimizerplayground.core.format;

import dev.optimizerplayground.core.run.Trajectory;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A trajectory as CSV, one row per step: {@value #HEADER}, then the {@link TraceColumns} asked for.
 * Numbers are written with {@link Double#toString(double)}, which round-trips exactly; the learning
 * rate (and state) of row 0 is empty because no update produced the start point. A run with noisy
 * gradients has two more columns, {@value #SAMPLE_COLUMNS}, right after the standard ones: the
 * gradient the optimizer stepped along from that row.
 */
public final class TrajectoryCsv {

    public static final String HEADER = TraceColumns.STANDARD_HEADER;
    public static final String SAMPLE_COLUMNS = "sample_grad_x,sample_grad_y";

    private TrajectoryCsv() {
    }

    public static void write(Trajectory trajectory, Appendable out) {
        write(trajectory, out, TraceColumns.STANDARD);
    }

    public static void write(Trajectory trajectory, Appendable out, TraceColumns columns) {
        try {
            TraceColumns.Extras extras = columns.extras(trajectory);
            out.append(header(trajectory));
            for (String name : extras.names()) {
                out.append(',').append(name);
            }
            out.append('\n');
            StringBuilder row = new StringBuilder(160);
            for (int t = 0; t < trajectory.length(); t++) {
                row.setLength(0);
                row.append(t).append(',')
                        .append(trajectory.x(t)).append(',')
                        .append(trajectory.y(t)).append(',')
                        .append(trajectory.loss(t)).append(',')
                        .append(trajectory.gradX(t)).append(',')
                        .append(trajectory.gradY(t)).append(',');
                appendRate(row, trajectory.lrX(t));
                row.append(',');
                appendRate(row, trajectory.lrY(t));
                if (trajectory.noisy()) {
                    row.append(',').append(trajectory.sampleGradX(t)).append(',').append(trajectory.sampleGradY(t));
                }
                for (double value : extras.values(t)) {
                    row.append(',');
                    appendRate(row, value);
                }
                out.append(row).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header line of this trajectory's CSV. */
    public static String header(Trajectory trajectory) {
        return trajectory.noisy() ? HEADER + "," + SAMPLE_COLUMNS : HEADER;
    }

    public static String toString(Trajectory trajectory) {
        return toString(trajectory, TraceColumns.STANDARD);
    }

    public static String toString(Trajectory trajectory, TraceColumns columns) {
        StringBuilder out = new StringBuilder(trajectory.length() * 160);
        write(trajectory, out, columns);
        return out.toString();
    }

    /** A number, or nothing for NaN: a value that does not exist at that row. */
    private static void appendRate(StringBuilder row, double rate) {
        if (!Double.isNaN(rate)) {
            row.append(rate);
        }
    }
}
