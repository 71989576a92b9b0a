package dev.optimizerplayground.plot;

import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.core.surface.ViewWindow;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.DoubleBinaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MarchingSquaresTest {

    private static SampledGrid sample(DoubleBinaryOperator f, ViewWindow bounds, int width, int height) {
        return GridSampler.sample(FunctionEvaluator.of(f), bounds, width, height, CancellationToken.none());
    }

    @Test
    void circleContoursLieAtTheirRadiusAndAreClosedLoops() {
        ViewWindow bounds = new ViewWindow(-2, 2, -2, 2);
        SampledGrid grid = sample(FunctionEvaluator.BOWL, bounds, 200, 200);
        double pixel = 4.0 / 200;

        List<LevelLines> lines = MarchingSquares.lines(grid, new double[] {0.25, 1, 2.25}, CancellationToken.none());

        assertThat(lines).extracting(LevelLines::level).containsExactly(0.25, 1.0, 2.25);
        for (LevelLines level : lines) {
            double radius = Math.sqrt(level.level());
            assertThat(level.polylines()).as("one joined loop per circle").hasSize(1);
            Polyline loop = level.polylines().get(0);
            assertThat(loop.closed()).isTrue();
            assertThat(loop.x(loop.size() - 1)).isEqualTo(loop.x(0));
            assertThat(loop.y(loop.size() - 1)).isEqualTo(loop.y(0));
            assertThat(loop.size()).isGreaterThan((int) (2 * Math.PI * radius / pixel));
            for (int i = 0; i < loop.size(); i++) {
                assertThat(Math.hypot(loop.x(i), loop.y(i))).isCloseTo(radius, within(pixel));
            }
        }
    }

    @Test
    void aLineAcrossTheViewIsOneOpenPolylineFromBorderToBorder() {
        SampledGrid grid = sample((x, y) -> x + 0.1 * y, new ViewWindow(-1, 1, -1, 1), 50, 40);

        List<LevelLines> lines = MarchingSquares.lines(grid, new double[] {0.05}, CancellationToken.none());

        List<Polyline> polylines = lines.get(0).polylines();
        assertThat(polylines).hasSize(1);
        Polyline line = polylines.get(0);
        assertThat(line.closed()).isFalse();
        // A point on every one of the 40 sample rows, plus one per sample column crossed: the line
        // spans x in [-0.0475, 0.1475], which holds the column centres -0.02, 0.02, 0.06, 0.10, 0.14.
        assertThat(line.size()).isEqualTo(40 + 5);
        for (int i = 0; i < line.size(); i++) {
            assertThat(line.x(i) + 0.1 * line.y(i)).isCloseTo(0.05, within(1e-9));
        }
        double topAndBottom = 1 - 0.5 * 2.0 / 40; // outermost sample rows
        assertThat(Set.of(Math.abs(line.y(0)), Math.abs(line.y(line.size() - 1))))
                .allSatisfy(y -> assertThat(y).isCloseTo(topAndBottom, within(1e-12)));
    }

    /** A 2×2 grid over [0,2]²: samples at (0.5, 1.5) (0, 0) … (1.5, 0.5) (1, 1), i.e. one cell. */
    private static SampledGrid oneCell(double topLeft, double topRight, double bottomLeft, double bottomRight) {
        return new SampledGrid(new ViewWindow(0, 2, 0, 2), 2, 2,
                new double[] {topLeft, topRight, bottomLeft, bottomRight});
    }

    private static Set<Set<List<Double>>> segments(SampledGrid grid, double level) {
        Set<Set<List<Double>>> segments = new HashSet<>();
        for (Polyline p : MarchingSquares.lines(grid, new double[] {level}, CancellationToken.none()).get(0).polylines()) {
            assertThat(p.size()).isEqualTo(2);
            segments.add(Set.of(List.of(p.x(0), p.y(0)), List.of(p.x(1), p.y(1))));
        }
        return segments;
    }

    @Test
    void saddleCellWithLowCentreSeparatesTheHighCorners() {
        // High top-left and bottom-right, centre average 0.5 is not above 0.5: the high corners are
        // cut off separately.
        Set<Set<List<Double>>> segments = segments(oneCell(1, 0, 0, 1), 0.5);

        assertThat(segments).containsExactlyInAnyOrder(
                Set.of(List.of(1.0, 1.5), List.of(0.5, 1.0)),   // top edge – left edge
                Set.of(List.of(1.5, 1.0), List.of(1.0, 0.5)));  // right edge – bottom edge
    }

    @Test
    void saddleCellWithHighCentreJoinsTheHighCorners() {
        // Same corners, centre average 0.55 > 0.5: the high diagonal is connected, the low corners
        // (top-right, bottom-left) are cut off.
        Set<Set<List<Double>>> segments = segments(oneCell(1, 0, 0, 1.2), 0.5);

        assertThat(segments).hasSize(2);
        assertThat(segments).anySatisfy(s -> assertThat(s).contains(List.of(1.0, 1.5))
                .anySatisfy(p -> assertThat(p.get(0)).isEqualTo(1.5)));            // top – right
        assertThat(segments).anySatisfy(s -> assertThat(s).contains(List.of(0.5, 1.0))
                .anySatisfy(p -> assertThat(p.get(1)).isCloseTo(0.5, within(1e-12)))); // left – bottom
    }

    @Test
    void cellsWithAnUndefinedCornerAreSkipped() {
        // The unit circle, undefined left of x = -0.3: what is left is one open arc.
        SampledGrid grid = sample((x, y) -> x < -0.3 ? Double.NaN : x * x + y * y, new ViewWindow(-2, 2, -2, 2), 100, 100);

        List<Polyline> arcs = MarchingSquares.lines(grid, new double[] {1}, CancellationToken.none()).get(0).polylines();

        assertThat(arcs).hasSize(1);
        Polyline arc = arcs.get(0);
        assertThat(arc.closed()).isFalse();
        for (int i = 0; i < arc.size(); i++) {
            assertThat(arc.x(i)).isGreaterThan(-0.3);
            assertThat(Math.hypot(arc.x(i), arc.y(i))).isCloseTo(1, within(0.04));
        }
        assertThat(arc.x(0)).isLessThan(-0.2);
        assertThat(arc.x(arc.size() - 1)).isLessThan(-0.2);
    }

    @Test
    void parallelTracingEqualsSingleThreadedTracing() throws Exception {
        SampledGrid grid = sample(FunctionEvaluator.RASTRIGIN, new ViewWindow(-5.12, 5.12, -5.12, 5.12), 300, 220);
        double[] levels = ContourLevels.forGrid(grid, LevelScale.AUTO).values();

        List<LevelLines> parallel = MarchingSquares.lines(grid, levels, CancellationToken.none());
        ForkJoinPool onePool = new ForkJoinPool(1);
        List<LevelLines> single;
        try {
            single = onePool.submit(() -> MarchingSquares.lines(grid, levels, CancellationToken.none())).get();
        } finally {
            onePool.shutdown();
        }

        assertThat(parallel).isEqualTo(single);
        assertThat(parallel.stream().mapToInt(l -> l.polylines().size()).sum()).isGreaterThan(100);
    }

    @Test
    void cancelledTokenStopsTracing() {
        SampledGrid grid = sample(FunctionEvaluator.BOWL, new ViewWindow(-1, 1, -1, 1), 20, 20);
        CancellationToken token = new CancellationToken();
        token.cancel();

        assertThatThrownBy(() -> MarchingSquares.lines(grid, new double[] {0.5}, token))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void rejectsLevelsThatAreNotAscending() {
        SampledGrid grid = sample(FunctionEvaluator.BOWL, new ViewWindow(-1, 1, -1, 1), 20, 20);

        assertThatThrownBy(() -> MarchingSquares.lines(grid, new double[] {1, 0.5}, CancellationToken.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ascending");
        assertThatThrownBy(() -> MarchingSquares.lines(grid, new double[] {Double.NaN}, CancellationToken.none()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSingleRowOrColumnHasNoCellsAndNoLines() {
        SampledGrid grid = sample(FunctionEvaluator.BOWL, new ViewWindow(-1, 1, -1, 1), 30, 1);

        assertThat(MarchingSquares.lines(grid, new double[] {0.5}, CancellationToken.none()).get(0).polylines()).isEmpty();
    }
}
