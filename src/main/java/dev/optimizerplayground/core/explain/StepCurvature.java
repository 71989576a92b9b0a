package dev.optimizerplayground.core.explain;

import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.HessianEvaluator;

/**
 * Along a run, each parameter's η_eff·∂²f/∂θᵢ² at the point each update started from: the step
 * the optimizer took in that parameter measured against the local curvature. Above 2 the update
 * overshoots the minimum of the local quadratic model along that parameter (for plain SGD on a
 * quadratic with a diagonal Hessian this is exactly η·λ > 2). NaN at row 0, where no update happened.
 */
public final class StepCurvature {

    private StepCurvature() {
    }

    /** {x column, y column}: row t is η_eff(update t)·∂²f/∂θᵢ² at θₜ₋₁. */
    public static double[][] of(Trajectory trajectory) {
        HessianEvaluator evaluator = trajectory.spec().surface().newHessianEvaluator();
        int n = trajectory.length();
        double[][] columns = new double[2][n];
        double[] gradient = new double[2];
        double[] hessian = new double[3];
        if (n > 0) {
            columns[0][0] = Double.NaN;
            columns[1][0] = Double.NaN;
        }
        for (int t = 1; t < n; t++) {
            evaluator.valueGradientAndHessian(trajectory.x(t - 1), trajectory.y(t - 1), gradient, hessian);
            columns[0][t] = trajectory.lrX(t) * hessian[0];
            columns[1][t] = trajectory.lrY(t) * hessian[2];
        }
        return columns;
    }
}
