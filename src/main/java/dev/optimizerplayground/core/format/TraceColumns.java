package dev.optimizerplayground.core.format;

import dev.optimizerplayground.core.run.Row;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.HessianEvaluator;
import dev.optimizerplayground.core.surface.Surface;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Which columns a written trajectory has beyond the standard {@code step,x,y,loss,grad_x,grad_y,
 * lr_x,lr_y}, in this order after them:
 * <ul>
 *   <li>{@code state}: the optimizer's state after the update that produced the row, one column per
 *       quantity and parameter under PyTorch's names ({@code square_avg_x, square_avg_y, …}; a
 *       scalar such as Nadam's {@code mu_product} gets one column), empty at row 0 where no update
 *       happened yet (PyTorch has no state before the first step);
 *   <li>{@code hessian}: {@code h_xx,h_xy,h_yy}, the exact Hessian of f at θₜ, by automatic
 *       differentiation.
 * </ul>
 */
public record TraceColumns(boolean state, boolean hessian) {

    /** The standard columns only: what {@code trace} prints without options. */
    public static final TraceColumns STANDARD = new TraceColumns(false, false);
    /** The standard columns and the optimizer state: {@code trace --state}, and the app's exports. */
    public static final TraceColumns WITH_STATE = new TraceColumns(true, false);

    public static final String STANDARD_HEADER = "step,x,y,loss,grad_x,grad_y,lr_x,lr_y";
    static final List<String> HESSIAN_NAMES = List.of("h_xx", "h_xy", "h_yy");

    /** The extra columns of a kept trajectory, to be read row by row. */
    Extras extras(Trajectory trajectory) {
        return new Extras(trajectory.stateColumnNames(), trajectory.spec().surface());
    }

    /** The extra columns of a streamed run (names from its first row). */
    Extras extras(Row first, Surface surface) {
        return new Extras(first.stateColumnNames(), surface);
    }

    /** The extra columns' names and, row by row, values; reuses its arrays (not thread-safe). */
    final class Extras {
        private final List<String> names = new ArrayList<>();
        private final int stateColumns;
        private final HessianEvaluator hessianEvaluator;
        private final double[] gradient = new double[2];
        private final double[] hessianValues = new double[3];
        private final double[] values;

        private Extras(List<String> stateColumnNames, Surface surface) {
            if (state) {
                names.addAll(stateColumnNames);
            }
            stateColumns = state ? stateColumnNames.size() : 0;
            if (hessian) {
                names.addAll(HESSIAN_NAMES);
            }
            hessianEvaluator = hessian ? surface.newHessianEvaluator() : null;
            values = new double[names.size()];
        }

        /** The extra columns' names, in order. */
        List<String> names() {
            return names;
        }

        /**
         * The values of row t at (x, y), in the order of {@link #names()}, with the state column c
         * given by {@code stateColumn}; NaN where absent (the state at row 0).
         */
        double[] values(int t, double x, double y, IntToDoubleFunction stateColumn) {
            for (int c = 0; c < stateColumns; c++) {
                values[c] = t == 0 ? Double.NaN : stateColumn.applyAsDouble(c);
            }
            if (hessian) {
                hessianEvaluator.valueGradientAndHessian(x, y, gradient, hessianValues);
                System.arraycopy(hessianValues, 0, values, stateColumns, 3);
            }
            return values;
        }

        double[] values(Trajectory trajectory, int t) {
            return values(t, trajectory.x(t), trajectory.y(t), c -> trajectory.stateColumn(c, t));
        }

        double[] values(Row row) {
            return values(row.step(), row.x(), row.y(), row::stateColumn);
        }
    }
}
