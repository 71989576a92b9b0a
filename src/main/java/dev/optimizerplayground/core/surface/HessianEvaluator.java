package dev.optimizerplayground.core.surface;

/**
 * Evaluates one compiled surface f(x, y) with its exact gradient and Hessian, by second-order
 * forward-mode automatic differentiation (each intermediate value carries its first and second
 * partial derivatives, as hyper-dual numbers do). Like an {@link Evaluator} it allocates nothing per
 * call and is <em>not</em> thread-safe: give each thread its own ({@link Surface#newHessianEvaluator()}).
 */
public interface HessianEvaluator {

    /**
     * f(x, y), its gradient and its Hessian.
     *
     * @param gradientOut receives ∂f/∂x in [0] and ∂f/∂y in [1]
     * @param hessianOut receives ∂²f/∂x² in [0], ∂²f/∂x∂y in [1] and ∂²f/∂y² in [2]
     * @return f(x, y)
     */
    double valueGradientAndHessian(double x, double y, double[] gradientOut, double[] hessianOut);
}
