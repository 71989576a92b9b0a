package dev.optimizerplayground.bench;

import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.core.surface.Evaluator;
import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.plot.ContourComputation;
import dev.optimizerplayground.plot.ContourResult;
import dev.optimizerplayground.plot.LevelScale;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The full contour pipeline (sample, levels, filled raster, contour lines) at the default plot size,
 * on hand-written surfaces until the compiled surface layer is plugged in.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ContourBenchmark {

    @Param({"rosenbrock", "rastrigin"})
    public String surface;

    @Param({"800x600"})
    public String size;

    private Supplier<Evaluator> evaluators;
    private ViewWindow bounds;
    private int width;
    private int height;

    @Setup
    public void setUp() {
        String[] wh = size.split("x");
        width = Integer.parseInt(wh[0]);
        height = Integer.parseInt(wh[1]);
        if (surface.equals("rosenbrock")) {
            evaluators = Rosenbrock::new;
            bounds = new ViewWindow(-2, 2, -1, 3);
        } else {
            evaluators = Rastrigin::new;
            bounds = new ViewWindow(-5.12, 5.12, -5.12, 5.12);
        }
    }

    @Benchmark
    public ContourResult compute() {
        return ContourComputation.compute(evaluators, bounds, width, height, LevelScale.AUTO, CancellationToken.none());
    }

    /** (1 − x)² + 100 (y − x²)². */
    static final class Rosenbrock implements Evaluator {
        @Override
        public double value(double x, double y) {
            double a = 1 - x;
            double b = y - x * x;
            return a * a + 100 * b * b;
        }

        @Override
        public double valueAndGradient(double x, double y, double[] gradientOut) {
            double a = 1 - x;
            double b = y - x * x;
            gradientOut[0] = -2 * a - 400 * x * b;
            gradientOut[1] = 200 * b;
            return a * a + 100 * b * b;
        }
    }

    /** 20 + x² − 10 cos 2πx + y² − 10 cos 2πy. */
    static final class Rastrigin implements Evaluator {
        private static final double TAU = 2 * Math.PI;

        @Override
        public double value(double x, double y) {
            return 20 + x * x - 10 * Math.cos(TAU * x) + y * y - 10 * Math.cos(TAU * y);
        }

        @Override
        public double valueAndGradient(double x, double y, double[] gradientOut) {
            gradientOut[0] = 2 * x + 10 * TAU * Math.sin(TAU * x);
            gradientOut[1] = 2 * y + 10 * TAU * Math.sin(TAU * y);
            return value(x, y);
        }
    }
}
