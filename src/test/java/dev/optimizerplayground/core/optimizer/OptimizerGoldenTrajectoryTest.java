package dev.optimizerplayground.core.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our optimizers (PYTORCH convention) against trajectories recorded from torch.optim in float64 by
 * src/test/resources/golden/make_golden.py, whose table of cases this test mirrors.
 */
class OptimizerGoldenTrajectoryTest {

    /** A test surface: its hand-written gradient, start point and the SGD-family learning rate. */
    private record Surface(String name, double x0, double y0, double sgdLearningRate, Gradient gradient) {}

    private interface Gradient {
        void at(double x, double y, double[] out);
    }

    private static final List<Surface> SURFACES = List.of(
            new Surface("rosenbrock", -1.5, 2, 5e-4, (x, y, out) -> {
                // (1 − x)² + 100·(y − x²)²
                out[0] = -2 * (1 - x) - 400 * x * (y - x * x);
                out[1] = 200 * (y - x * x);
            }),
            new Surface("valley", -4, 2, 0.02, (x, y, out) -> {
                // x² + 10·y²
                out[0] = 2 * x;
                out[1] = 20 * y;
            }),
            new Surface("himmelblau", 0, 0, 0.01, (x, y, out) -> {
                // (x² + y − 11)² + (x + y² − 7)²
                double a = x * x + y - 11;
                double b = x + y * y - 7;
                out[0] = 4 * x * a + 2 * b;
                out[1] = 2 * a + 4 * y * b;
            }));

    private static OptimizerConfig pytorch(OptimizerKind kind) {
        return OptimizerConfig.defaults(kind, Convention.PYTORCH);
    }

    /** Same cases as OPTIMIZERS in make_golden.py; the argument is the surface's SGD learning rate. */
    private static final Map<String, Function<Double, OptimizerConfig>> OPTIMIZERS = Map.ofEntries(
            Map.entry("sgd", lr -> pytorch(OptimizerKind.SGD).withLearningRate(lr)),
            Map.entry("sgd_momentum", lr -> pytorch(OptimizerKind.SGD).withLearningRate(lr).withMomentum(0.9)),
            Map.entry("sgd_nesterov", lr -> pytorch(OptimizerKind.SGD).withLearningRate(lr).withMomentum(0.9)
                    .withNesterov(true)),
            Map.entry("adagrad", lr -> pytorch(OptimizerKind.ADAGRAD).withLearningRate(0.5)),
            Map.entry("rmsprop", lr -> pytorch(OptimizerKind.RMSPROP).withLearningRate(0.01)),
            Map.entry("rmsprop_centered", lr -> pytorch(OptimizerKind.RMSPROP).withLearningRate(0.01).withCentered(true)),
            Map.entry("rmsprop_momentum", lr -> pytorch(OptimizerKind.RMSPROP).withLearningRate(0.01).withMomentum(0.9)),
            Map.entry("adam", lr -> pytorch(OptimizerKind.ADAM).withLearningRate(0.05)),
            Map.entry("adam_amsgrad", lr -> pytorch(OptimizerKind.ADAM).withLearningRate(0.05).withAmsgrad(true)),
            Map.entry("nadam", lr -> pytorch(OptimizerKind.NADAM).withLearningRate(0.05)),
            Map.entry("adadelta", lr -> pytorch(OptimizerKind.ADADELTA)));

    static Stream<Arguments> cases() {
        return SURFACES.stream().flatMap(surface -> OPTIMIZERS.keySet().stream().sorted()
                .map(optimizer -> Arguments.of(surface.name() + "_" + optimizer, surface, optimizer)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reproducesTorchOptim(String file, Surface surface, String optimizerName) throws IOException {
        List<double[]> golden = read("/golden/" + file + ".csv");
        Optimizer optimizer = OPTIMIZERS.get(optimizerName).apply(surface.sgdLearningRate()).create(2);
        double[] theta = {surface.x0(), surface.y0()};
        double[] gradient = new double[2];
        for (double[] row : golden) {
            int step = (int) row[0];
            while (optimizer.stepCount() < step) {
                surface.gradient().at(theta[0], theta[1], gradient);
                optimizer.step(theta, gradient);
            }
            assertClose(row[1], theta[0], file + " x at step " + step);
            assertClose(row[2], theta[1], file + " y at step " + step);
        }
        assertEquals(150, optimizer.stepCount());
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
    }

    private static List<double[]> read(String resource) throws IOException {
        InputStream in = OptimizerGoldenTrajectoryTest.class.getResourceAsStream(resource);
        assertNotNull(in, resource + " is missing; run make_golden.py");
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            assertEquals("step,x,y", reader.readLine());
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",");
                rows.add(new double[] {Double.parseDouble(cells[0]), Double.parseDouble(cells[1]),
                        Double.parseDouble(cells[2])});
            }
        }
        return rows;
    }
}
