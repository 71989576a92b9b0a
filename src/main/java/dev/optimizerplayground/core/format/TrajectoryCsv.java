package dev.optimizerplayground.core.format;

import dev.optimizerplayground.core.run.Trajectory;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A trajectory as CSV, one row per step: {@value #HEADER}. Numbers are written with
 * {@link Double#toString(double)}, which round-trips exactly; the learning rate of row 0 is empty
 * because no update produced the start point. A run with noisy gradients has two more columns,
 * {@value #SAMPLE_COLUMNS}: the gradient the optimizer stepped along from that row.
 */
public final class TrajectoryCsv {

    public static final String HEADER = "step,x,y,loss,grad_x,grad_y,lr_x,lr_y";
    public static final String SAMPLE_COLUMNS = "sample_grad_x,sample_grad_y";

    private TrajectoryCsv() {
    }

    public static void write(Trajectory trajectory, Appendable out) {
        try {
            out.append(header(trajectory)).append('\n');
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
        StringBuilder out = new StringBuilder(trajectory.length() * 160);
        write(trajectory, out);
        return out.toString();
    }

    private static void appendRate(StringBuilder row, double rate) {
        if (!Double.isNaN(rate)) {
            row.append(rate);
        }
    }
}
