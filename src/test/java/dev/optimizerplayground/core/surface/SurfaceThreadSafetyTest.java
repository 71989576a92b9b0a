package dev.optimizerplayground.core.surface;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** Parallel evaluation, through separate evaluators or the shared convenience methods, equals sequential. */
class SurfaceThreadSafetyTest {

    private static final int THREADS = 4;
    private static final int POINTS = 20_000;

    @Test
    void parallelEvaluationEqualsSequential() throws Exception {
        String huge = "x" + " + sin(x*y)".repeat(1000); // interpreted: evaluators own scratch arrays
        for (String formula : List.of(Presets.byId("goldstein-price").orElseThrow().formula(), huge)) {
            Surface surface = Surface.parse(formula);
            double[][] sequential = evaluateAll(surface.newEvaluator());
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<double[][]>> viaEvaluators = new ArrayList<>();
                List<Future<double[][]>> viaSurface = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    viaEvaluators.add(pool.submit(() -> evaluateAll(surface.newEvaluator())));
                    viaSurface.add(pool.submit(() -> evaluateAll(new Evaluator() {
                        @Override public double value(double x, double y) {
                            return surface.value(x, y);
                        }

                        @Override public double valueAndGradient(double x, double y, double[] out) {
                            return surface.valueAndGradient(x, y, out);
                        }
                    })));
                }
                for (Future<double[][]> f : viaEvaluators) {
                    assertThat(f.get()).isDeepEqualTo(sequential);
                }
                for (Future<double[][]> f : viaSurface) {
                    assertThat(f.get()).isDeepEqualTo(sequential);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static double[][] evaluateAll(Evaluator evaluator) {
        double[][] results = new double[POINTS][4];
        double[] gradient = new double[2];
        for (int i = 0; i < POINTS; i++) {
            double x = -2 + 4.0 * i / POINTS;
            double y = 1.5 - 3.0 * ((i * 7919) % POINTS) / POINTS;
            results[i][0] = evaluator.value(x, y);
            results[i][1] = evaluator.valueAndGradient(x, y, gradient);
            results[i][2] = gradient[0];
            results[i][3] = gradient[1];
        }
        return results;
    }
}
