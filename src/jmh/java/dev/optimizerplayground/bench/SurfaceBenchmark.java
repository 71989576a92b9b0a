package dev.optimizerplayground.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import dev.optimizerplayground.core.surface.Evaluator;
import dev.optimizerplayground.core.surface.HessianEvaluator;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.surface.SurfaceParseException;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;

/**
 * Rosenbrock evaluated five ways, plus value, gradient and Hessian (compiled and interpreted), whose
 * goal is at most 4× {@link #compiledValue}. x and y are non-final state fields so the JIT cannot fold them;
 * results go back to JMH (return value or Blackhole) so nothing is eliminated as dead code.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SurfaceBenchmark {

    private static final String ROSENBROCK = "(1-x)^2 + 100*(y-x^2)^2";

    public double x = -1.2;
    public double y = 1.7;

    private Evaluator compiled;
    private Evaluator interpreted;
    private Expression exp4j;
    private HessianEvaluator compiledHessian;
    private HessianEvaluator interpretedHessian;
    private final double[] gradient = new double[2];
    private final double[] hessian = new double[3];

    @Setup
    public void setUp() throws SurfaceParseException {
        Surface surface = Surface.parse(ROSENBROCK);
        if (!surface.isCompiled()) {
            throw new IllegalStateException("Rosenbrock should compile");
        }
        compiled = surface.newEvaluator();
        interpreted = surface.newInterpretingEvaluator();
        exp4j = new ExpressionBuilder(ROSENBROCK).variables("x", "y").build();
        compiledHessian = surface.newHessianEvaluator();
        interpretedHessian = surface.newInterpretingHessianEvaluator();
    }

    @Benchmark
    public double handWritten() {
        double a = 1 - x;
        double b = y - x * x;
        return a * a + 100 * b * b;
    }

    /**
     * Rosenbrock's value, gradient and Hessian written out by hand, returned as
     * {@link #compiledValueGradientAndHessian} returns them: the floor for that output shape (five
     * array stores read back and summed), against which the compiled code's extra work shows.
     */
    @Benchmark
    public double handWrittenValueGradientAndHessian() {
        double a = 1 - x;
        double b = y - x * x;
        gradient[0] = -2 * a - 400 * x * b;
        gradient[1] = 200 * b;
        hessian[0] = 2 - 400 * b + 800 * x * x;
        hessian[1] = -400 * x;
        hessian[2] = 200;
        double value = a * a + 100 * b * b;
        return value + gradient[0] + gradient[1] + hessian[0] + hessian[1] + hessian[2];
    }

    @Benchmark
    public double compiledValue() {
        return compiled.value(x, y);
    }

    @Benchmark
    public void compiledValueAndGradient(Blackhole blackhole) {
        blackhole.consume(compiled.valueAndGradient(x, y, gradient));
        blackhole.consume(gradient[0]);
        blackhole.consume(gradient[1]);
    }

    /** All six outputs summed into the returned value: one result for JMH, as compiledValue has. */
    @Benchmark
    public double compiledValueGradientAndHessian() {
        double value = compiledHessian.valueGradientAndHessian(x, y, gradient, hessian);
        return value + gradient[0] + gradient[1] + hessian[0] + hessian[1] + hessian[2];
    }

    @Benchmark
    public double interpretedValueGradientAndHessian() {
        double value = interpretedHessian.valueGradientAndHessian(x, y, gradient, hessian);
        return value + gradient[0] + gradient[1] + hessian[0] + hessian[1] + hessian[2];
    }

    @Benchmark
    public double interpretedValue() {
        return interpreted.value(x, y);
    }

    @Benchmark
    public void interpretedValueAndGradient(Blackhole blackhole) {
        blackhole.consume(interpreted.valueAndGradient(x, y, gradient));
        blackhole.consume(gradient[0]);
        blackhole.consume(gradient[1]);
    }

    @Benchmark
    public double exp4jEvaluate() {
        return exp4j.setVariable("x", x).setVariable("y", y).evaluate();
    }
}
