package dev.optimizerplayground.core.surface;

/**
 * Evaluates one compiled surface f(x, y). An evaluator owns its scratch space, so it allocates
 * nothing per call and is <em>not</em> thread-safe: give each thread its own
 * ({@link Surface#newEvaluator()}).
 */
public interface Evaluator {

    /** f(x, y); NaN where f is undefined (log of a negative, 0/0, ...). */
    double value(double x, double y);

    /**
     * f(x, y) and its exact gradient, by forward-mode automatic differentiation.
     *
     * @param gradientOut receives ∂f/∂x in [0] and ∂f/∂y in [1]
     * @return f(x, y)
     */
    double valueAndGradient(double x, double y, double[] gradientOut);
}
