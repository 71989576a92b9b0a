package dev.optimizerplayground.core.format;

import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.HessianEvaluator;
import java.util.ArrayList;
import java.util.List;

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

    /** The extra columns of one trajectory, to be read row by row. */
    Extras extras(Trajectory trajectory) {
        return new Extras(trajectory);
    }

    /** The extra columns' names and, row by row, values; reuses its arrays (not thread-safe). */
    final class Extras {
        private final Trajectory trajectory;
        private final List<String> names = new ArrayList<>();
        private final HessianEvaluator hessianEvaluator;
        private final double[] gradient = new double[2];
        private final double[] hessianValues = new double[3];
        private final double[] values;

        private Extras(Trajectory trajectory) {
            this.trajectory = trajectory;
            if (state) {
                names.addAll(trajectory.stateColumnNames());
            }
            if (hessian) {
                names.addAll(HESSIAN_NAMES);
            }
            hessianEvaluator = hessian ? trajectory.spec().surface().newHessianEvaluator() : null;
            values = new double[names.size()];
        }

        /** The extra columns' names, in order. */
        List<String> names() {
            return names;
        }

        /** The values of row t, in the order of {@link #names()}; NaN where absent (the state at row 0). */
        double[] values(int t) {
            int k = 0;
            if (state) {
                for (int c = 0; c < trajectory.stateColumnNames().size(); c++) {
                    values[k++] = t == 0 ? Double.NaN : trajectory.stateColumn(c, t);
                }
            }
            if (hessian) {
                hessianEvaluator.valueGradientAndHessian(trajectory.x(t), trajectory.y(t), gradient, hessianValues);
                System.arraycopy(hessianValues, 0, values, k, 3);
            }
            return values;
        }
    }
}
