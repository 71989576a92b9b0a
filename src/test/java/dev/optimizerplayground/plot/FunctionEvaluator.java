package dev.optimizerplayground.plot;

import dev.optimizerplayground.core.surface.Evaluator;

import java.util.function.DoubleBinaryOperator;
import java.util.function.Supplier;

/** A hand-written surface for tests: f given as a lambda, gradient by central differences. */
final class FunctionEvaluator implements Evaluator {

    static final DoubleBinaryOperator ROSENBROCK = (x, y) -> (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
    static final DoubleBinaryOperator SADDLE = (x, y) -> x * x - y * y;
    static final DoubleBinaryOperator BOWL = (x, y) -> x * x + y * y;
    static final DoubleBinaryOperator RASTRIGIN = (x, y) ->
            20 + x * x - 10 * Math.cos(2 * Math.PI * x) + y * y - 10 * Math.cos(2 * Math.PI * y);

    private final DoubleBinaryOperator f;

    FunctionEvaluator(DoubleBinaryOperator f) {
        this.f = f;
    }

    static Supplier<Evaluator> of(DoubleBinaryOperator f) {
        return () -> new FunctionEvaluator(f);
    }

    @Override
    public double value(double x, double y) {
        return f.applyAsDouble(x, y);
    }

    @Override
    public double valueAndGradient(double x, double y, double[] gradientOut) {
        double h = 1e-6;
        gradientOut[0] = (value(x + h, y) - value(x - h, y)) / (2 * h);
        gradientOut[1] = (value(x, y + h) - value(x, y - h)) / (2 * h);
        return value(x, y);
    }
}
