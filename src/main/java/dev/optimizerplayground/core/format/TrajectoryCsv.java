package dev.optimizerplayground.core.format;

import dev.optimizerplayground.core.run.Row;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.Surface;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * A trajectory as CSV, one row per step: {@value #HEADER}. Numbers are written with
 * {@link Double#toString(double)}, which round-trips exactly; the learning rate of row 0 is empty
 * because no update produced the start point. A run with noisy gradients has two more columns,
 * {@value #SAMPLE_COLUMNS}: the gradient the optimizer stepped along from that row. Then come the
 * {@link TraceColumns} asked for (state, Hessian), the state empty at row 0.
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
            out.append(header(trajectory.noisy(), extras)).append('\n');
            StringBuilder row = new StringBuilder(160);
            for (int t = 0; t < trajectory.length(); t++) {
                appendRow(row, t, trajectory.x(t), trajectory.y(t), trajectory.loss(t), trajectory.gradX(t),
                        trajectory.gradY(t), trajectory.lrX(t), trajectory.lrY(t), trajectory.noisy(),
                        trajectory.sampleGradX(t), trajectory.sampleGradY(t), extras.values(trajectory, t));
                out.append(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header line of this trajectory's CSV. */
    public static String header(Trajectory trajectory) {
        return header(trajectory.noisy());
    }

    private static String header(boolean noisy) {
        return noisy ? HEADER + "," + SAMPLE_COLUMNS : HEADER;
    }

    private static String header(boolean noisy, TraceColumns.Extras extras) {
        StringBuilder header = new StringBuilder(header(noisy));
        extras.names().forEach(name -> header.append(',').append(name));
        return header.toString();
    }

    /**
     * A sink for {@link Runner#stream} that writes the header before row 0 and then each row as it
     * comes, the same text {@link #write} gives for the kept trajectory. Nothing is written when
     * the start itself has no row.
     */
    public static Consumer<Row> streamingTo(Appendable out) {
        return streamingTo(out, TraceColumns.STANDARD, null);
    }

    /**
     * As {@link #streamingTo(Appendable)}, with the extra {@code columns}; {@code surface} is the
     * run's (for the Hessian; may be null without it).
     */
    public static Consumer<Row> streamingTo(Appendable out, TraceColumns columns, Surface surface) {
        StringBuilder text = new StringBuilder(160);
        TraceColumns.Extras[] extras = new TraceColumns.Extras[1];
        return row -> {
            try {
                if (row.step() == 0) {
                    extras[0] = columns.extras(row, surface);
                    out.append(header(row.noisy(), extras[0])).append('\n');
                }
                appendRow(text, row.step(), row.x(), row.y(), row.loss(), row.gradX(), row.gradY(),
                        row.lrX(), row.lrY(), row.noisy(), row.sampleGradX(), row.sampleGradY(), extras[0].values(row));
                out.append(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static void appendRow(StringBuilder row, int t, double x, double y, double loss, double gradX,
                                  double gradY, double lrX, double lrY, boolean noisy, double sampleGradX,
                                  double sampleGradY, double[] extras) {
        row.setLength(0);
        row.append(t).append(',').append(x).append(',').append(y).append(',').append(loss).append(',')
                .append(gradX).append(',').append(gradY).append(',');
        appendRate(row, lrX);
        row.append(',');
        appendRate(row, lrY);
        if (noisy) {
            row.append(',').append(sampleGradX).append(',').append(sampleGradY);
        }
        for (double value : extras) {
            row.append(',');
            appendRate(row, value);
        }
        row.append('\n');
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
