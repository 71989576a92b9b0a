package dev.optimizerplayground.plot;

import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.core.surface.Evaluator;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleBinaryOperator;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GridSamplerTest {

    @Test
    void minimumOfShiftedBowlLandsOnItsPixel() {
        // 81 pixels of 0.1 over [-4.05, 4.05]: centres at -4, -3.9, …, 4; x = 1 is column 50,
        // y = -2 is row 60 counted from the top (y = 4).
        ViewWindow bounds = new ViewWindow(-4.05, 4.05, -4.05, 4.05);
        SampledGrid grid = GridSampler.sample(FunctionEvaluator.of((x, y) -> (x - 1) * (x - 1) + (y + 2) * (y + 2)),
                bounds, 81, 81, CancellationToken.none());

        int bestCol = -1;
        int bestRow = -1;
        for (int row = 0; row < 81; row++) {
            for (int col = 0; col < 81; col++) {
                if (bestCol < 0 || grid.value(col, row) < grid.value(bestCol, bestRow)) {
                    bestCol = col;
                    bestRow = row;
                }
            }
        }
        assertThat(bestCol).isEqualTo(50);
        assertThat(bestRow).isEqualTo(60);
        assertThat(grid.min()).isEqualTo(grid.value(50, 60)).isCloseTo(0, within(1e-12));
        assertThat(grid.max()).isCloseTo(5 * 5 + 6 * 6, within(1e-9)); // corner (-4, 4)
    }

    @Test
    void rowZeroIsTheTopAndSamplesArePixelCentres() {
        SampledGrid grid = GridSampler.sample(FunctionEvaluator.of((x, y) -> 1000 * x + y),
                new ViewWindow(0, 4, 0, 2), 4, 2, CancellationToken.none());

        assertThat(grid.value(0, 0)).isEqualTo(1000 * 0.5 + 1.5);
        assertThat(grid.value(3, 0)).isEqualTo(1000 * 3.5 + 1.5);
        assertThat(grid.value(0, 1)).isEqualTo(1000 * 0.5 + 0.5);
        assertThat(grid.dataX(3)).isEqualTo(3.5);
        assertThat(grid.dataY(1)).isEqualTo(0.5);
    }

    @Test
    void undefinedAndInfiniteValuesBecomeNaN() {
        // Infinite on the centre column (x ≈ 0), sqrt(x) NaN left of it.
        SampledGrid grid = GridSampler.sample(
                FunctionEvaluator.of((x, y) -> Math.abs(x) < 0.05 ? Double.POSITIVE_INFINITY : Math.sqrt(x)),
                new ViewWindow(-1.1, 1.1, 0, 1), 11, 3, CancellationToken.none());

        for (int row = 0; row < 3; row++) {
            for (int col = 0; col <= 5; col++) {
                assertThat(grid.value(col, row)).as("col %d", col).isNaN();
            }
            for (int col = 6; col < 11; col++) {
                assertThat(grid.value(col, row)).isEqualTo(Math.sqrt(grid.dataX(col)));
            }
        }
        assertThat(grid.finiteCount()).isEqualTo(15);
        assertThat(grid.min()).isEqualTo(Math.sqrt(grid.dataX(6)));
        assertThat(grid.max()).isEqualTo(Math.sqrt(grid.dataX(10)));
    }

    @Test
    void everythingUndefinedGivesNaNRange() {
        SampledGrid grid = GridSampler.sample(FunctionEvaluator.of((x, y) -> Math.log(-1 - x * x)),
                new ViewWindow(-1, 1, -1, 1), 5, 5, CancellationToken.none());

        assertThat(grid.finiteCount()).isZero();
        assertThat(grid.min()).isNaN();
        assertThat(grid.max()).isNaN();
    }

    @Test
    void parallelSamplingMatchesAPlainLoopWithOneEvaluatorPerThread() {
        Map<Evaluator, Set<Thread>> threadsPerEvaluator = new ConcurrentHashMap<>();
        DoubleBinaryOperator f = FunctionEvaluator.RASTRIGIN;
        Supplier<Evaluator> evaluators = () -> new Evaluator() {
            @Override
            public double value(double x, double y) {
                threadsPerEvaluator.computeIfAbsent(this, e -> ConcurrentHashMap.newKeySet()).add(Thread.currentThread());
                return f.applyAsDouble(x, y);
            }

            @Override
            public double valueAndGradient(double x, double y, double[] gradientOut) {
                throw new AssertionError("sampling needs no gradient");
            }
        };
        ViewWindow bounds = new ViewWindow(-5.12, 5.12, -3, 4);
        int width = 97;
        int height = 61;

        SampledGrid grid = GridSampler.sample(evaluators, bounds, width, height, CancellationToken.none());

        double xStep = bounds.width() / width;
        double yStep = bounds.height() / height;
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                double expected = f.applyAsDouble(bounds.xMin() + (col + 0.5) * xStep, bounds.yMax() - (row + 0.5) * yStep);
                assertThat(grid.value(col, row)).isEqualTo(expected);
            }
        }
        assertThat(threadsPerEvaluator).hasSizeGreaterThan(1);
        assertThat(threadsPerEvaluator.values()).allSatisfy(threads -> assertThat(threads).hasSize(1));
    }

    @Test
    void cancellingStopsSamplingEarlyAndThrows() {
        CancellationToken token = new CancellationToken();
        AtomicInteger calls = new AtomicInteger();
        DoubleBinaryOperator f = (x, y) -> {
            if (calls.incrementAndGet() == 500) {
                token.cancel();
            }
            return x * y;
        };

        assertThatThrownBy(() -> GridSampler.sample(FunctionEvaluator.of(f), new ViewWindow(0, 1, 0, 1), 300, 300, token))
                .isInstanceOf(CancellationException.class);
        // At most the row each band was on when the token flipped gets finished.
        assertThat(calls.get()).isLessThan(500 + 16 * 300);
    }

    @Test
    void alreadyCancelledTokenEvaluatesNothing() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> GridSampler.sample(FunctionEvaluator.of((x, y) -> calls.incrementAndGet()),
                new ViewWindow(0, 1, 0, 1), 10, 10, token))
                .isInstanceOf(CancellationException.class);
        assertThat(calls.get()).isZero();
    }

    @Test
    void rejectsImpossibleSizesWithAClearMessage() {
        Supplier<Evaluator> f = FunctionEvaluator.of(FunctionEvaluator.BOWL);
        ViewWindow bounds = new ViewWindow(0, 1, 0, 1);

        assertThatThrownBy(() -> GridSampler.sample(f, bounds, 0, 10, CancellationToken.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0×10");
        assertThatThrownBy(() -> GridSampler.sample(f, bounds, 100_000, 100_000, CancellationToken.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
    }

    @Test
    void boundsRejectEmptyOrNonFiniteRectangles() {
        assertThatThrownBy(() -> new ViewWindow(1, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xMin < xMax");
        assertThatThrownBy(() -> new ViewWindow(0, 1, 2, -2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ViewWindow(Double.NaN, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> new ViewWindow(-Double.MAX_VALUE, Double.MAX_VALUE, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too wide");
    }
}
