package dev.optimizerplayground.core.format;

import dev.optimizerplayground.core.sweep.BasinMap;
import dev.optimizerplayground.core.sweep.CellOutcomes;
import dev.optimizerplayground.core.sweep.HyperparameterSweep;
import dev.optimizerplayground.core.sweep.SweepAxis;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Sweeps and basin maps as CSV, one row per cell. Numbers are written with
 * {@link Double#toString(double)}, as in {@link TrajectoryCsv}; converged_step and diverged_step are
 * a trajectory's convergedAt and divergedAt (trace's convergedAtStep, divergedAtStep), empty when
 * there is none, and a diverged run has no final loss or end point.
 *
 * <ul>
 *   <li>sweep: {@code P,Q,final_loss,converged_step,diverged_step} (P, Q the swept parameters'
 *       names; no Q column in a 1-D sweep), rows in order of P, then Q, both ascending
 *   <li>basins: {@code x0,y0,end_x,end_y,final_loss,converged_step,diverged_step,minimum}, rows from
 *       the top of the window down, each left to right; minimum is the 0-based index of the known
 *       minimum within {@link BasinMap#MINIMUM_RADIUS} of the end point, empty for none
 * </ul>
 */
public final class CellGridCsv {

    public static final String OUTCOME_COLUMNS = "final_loss,converged_step,diverged_step";
    public static final String BASIN_HEADER = "x0,y0,end_x,end_y," + OUTCOME_COLUMNS + ",minimum";

    private CellGridCsv() {
    }

    public static String sweepHeader(HyperparameterSweep sweep) {
        return sweep.x().name() + "," + sweep.y().map(y -> y.name() + ",").orElse("") + OUTCOME_COLUMNS;
    }

    public static void writeSweep(HyperparameterSweep sweep, CellOutcomes cells, Appendable out) {
        StringBuilder row = new StringBuilder(120);
        SweepAxis x = sweep.x();
        int yCount = sweep.rows();
        append(out, row.append(sweepHeader(sweep)));
        for (int i = 0; i < x.count(); i++) {
            for (int j = 0; j < yCount; j++) {
                row.setLength(0);
                row.append(x.value(i)).append(',');
                if (sweep.y().isPresent()) {
                    row.append(sweep.y().get().value(j)).append(',');
                }
                appendOutcome(row, cells, i, sweep.rowOf(j));
                append(out, row);
            }
        }
    }

    public static void writeBasins(BasinMap map, CellOutcomes cells, Appendable out) {
        StringBuilder row = new StringBuilder(160);
        append(out, row.append(BASIN_HEADER));
        for (int r = 0; r < map.rows(); r++) {
            for (int c = 0; c < map.columns(); c++) {
                row.setLength(0);
                row.append(map.startX(c)).append(',').append(map.startY(r)).append(',');
                boolean diverged = cells.diverged(c, r);
                appendNumber(row, cells.endX(c, r)).append(',');
                appendNumber(row, cells.endY(c, r)).append(',');
                appendOutcome(row, cells, c, r);
                row.append(',');
                if (!diverged) {
                    appendStep(row, map.minimumNear(cells.endX(c, r), cells.endY(c, r)));
                }
                append(out, row);
            }
        }
    }

    private static void appendOutcome(StringBuilder row, CellOutcomes cells, int column, int gridRow) {
        appendNumber(row, cells.finalLoss(column, gridRow)).append(',');
        appendStep(row, cells.convergedStep(column, gridRow)).append(',');
        appendStep(row, cells.divergedStep(column, gridRow));
    }

    private static StringBuilder appendNumber(StringBuilder row, double value) {
        return Double.isNaN(value) ? row : row.append(value);
    }

    private static StringBuilder appendStep(StringBuilder row, int step) {
        return step < 0 ? row : row.append(step);
    }

    private static void append(Appendable out, CharSequence row) {
        try {
            out.append(row).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
