package dev.optimizerplayground.core.explain;

import dev.optimizerplayground.core.surface.HessianEvaluator;

/**
 * The local quadratic model of f at one point: f(θ + d) ≈ f + gᵀd + ½·dᵀHd, from the exact gradient
 * g and Hessian H (automatic differentiation). Everything here is local: it describes the surface
 * near this point only, and changes along a path (except on a quadratic, where it is the same
 * everywhere and exact).
 *
 * @param hxx ∂²f/∂x²
 * @param hxy ∂²f/∂x∂y
 * @param hyy ∂²f/∂y²
 * @param gradX ∂f/∂x
 * @param gradY ∂f/∂y
 */
public record LocalCurvature(double x, double y, double gradX, double gradY, double hxx, double hxy, double hyy) {

    /** The curvature at (x, y), evaluated with the given evaluator (one per thread). */
    public static LocalCurvature at(HessianEvaluator evaluator, double x, double y) {
        double[] gradient = new double[2];
        double[] hessian = new double[3];
        evaluator.valueGradientAndHessian(x, y, gradient, hessian);
        return new LocalCurvature(x, y, gradient[0], gradient[1], hessian[0], hessian[1], hessian[2]);
    }

    /** The larger eigenvalue λ₁ of H (symmetric 2×2: both are real). */
    public double lambdaMax() {
        return mean() + radius();
    }

    /** The smaller eigenvalue λ₂ of H. */
    public double lambdaMin() {
        return mean() - radius();
    }

    /** Condition number κ = λ₁/λ₂ where both eigenvalues are positive (a bowl); NaN otherwise. */
    public double conditionNumber() {
        return lambdaMin() > 0 ? lambdaMax() / lambdaMin() : Double.NaN;
    }

    /** The angle (radians, from the x axis) of the eigenvector of λ₁. */
    public double lambdaMaxAngle() {
        return 0.5 * Math.atan2(2 * hxy, hxx - hyy);
    }

    /**
     * The largest learning rate for which plain SGD does not overshoot here, 2/λ₁: along the
     * eigen-direction of λ₁ a step η·g multiplies the distance to the quadratic model's minimum by
     * |1 − η·λ₁|, which exceeds 1 above it. NaN where λ₁ ≤ 0 (no curvature that SGD can overshoot).
     */
    public double sgdStabilityLimit() {
        double lambda = lambdaMax();
        return lambda > 0 ? 2 / lambda : Double.NaN;
    }

    /**
     * For an adaptive method with per-parameter rate η_eff, η_eff·∂²f/∂θᵢ²: above 2 the step along
     * that parameter alone overshoots the quadratic model's minimum (the diagonal analogue of 2/λ₁).
     */
    public double stepCurvature(int parameter, double effectiveLearningRate) {
        return effectiveLearningRate * (parameter == 0 ? hxx : hyy);
    }

    /** The Newton step −H⁻¹g as {dx, dy}; NaNs where H is singular. */
    public double[] newtonStep() {
        double determinant = hxx * hyy - hxy * hxy;
        if (determinant == 0 || !Double.isFinite(determinant)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {-(hyy * gradX - hxy * gradY) / determinant, -(-hxy * gradX + hxx * gradY) / determinant};
    }

    private double mean() {
        return 0.5 * (hxx + hyy);
    }

    private double radius() {
        return Math.hypot(0.5 * (hxx - hyy), hxy);
    }
}
