package dev.optimizerplayground.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Preset;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.surface.SurfaceParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GridComputationTest {

    private static final Preset ROSENBROCK = Presets.byId("rosenbrock").orElseThrow();
    private static final Preset HIMMELBLAU = Presets.byId("himmelblau").orElseThrow();

    /** SGD on Rosenbrock: η above about 2e-3 diverges, so the sweep has both kinds of cell. */
    private static HyperparameterSweep sgdSweep(int columns, int rows) {
        OptimizerConfig sgd = OptimizerConfig.defaults(OptimizerKind.SGD, Convention.TEXTBOOK);
        RunSpec base = new RunSpec(surface(ROSENBROCK), sgd, new Point(-1.5, 2), 300);
        return new HyperparameterSweep(base,
                new SweepAxis("lr", OptimizerConfig::withLearningRate, 1e-5, 1e-2, true, columns),
                new SweepAxis("momentum", OptimizerConfig::withMomentum, 0, 0.95, false, rows));
    }

    @Test
    void sampledSweepCellsEqualSingleRunsBitForBit() {
        HyperparameterSweep sweep = sgdSweep(24, 20);
        CellOutcomes cells = GridComputation.compute(sweep, CancellationToken.none(), s -> { });
        assertThat(cells.complete()).isTrue();
        Random random = new Random(11);
        int diverged = 0;
        for (int n = 0; n < 40; n++) {
            int c = random.nextInt(sweep.columns());
            int r = random.nextInt(sweep.rows());
            Trajectory single = Runner.run(new RunSpec(surface(ROSENBROCK),
                    OptimizerConfig.defaults(OptimizerKind.SGD, Convention.TEXTBOOK).withLearningRate(sweep.x().value(c))
                            .withMomentum(sweep.y().orElseThrow().value(sweep.yIndex(r))),
                    new Point(-1.5, 2), 300));
            assertEqualsRun(cells, c, r, single);
            diverged += single.diverged() ? 1 : 0;
        }
        // The sample holds both kinds of cell, or it would test too little.
        assertThat(diverged).isBetween(1, 39);
    }

    @Test
    void sampledBasinCellsEqualSingleRunsFromTheirCentres() {
        OptimizerConfig sgd = OptimizerConfig.defaults(OptimizerKind.SGD, Convention.TEXTBOOK).withLearningRate(0.01);
        BasinMap map = new BasinMap(new RunSpec(surface(HIMMELBLAU), sgd, HIMMELBLAU.start(), 200),
                HIMMELBLAU.window(), 30, 20, HIMMELBLAU.minima());
        CellOutcomes cells = GridComputation.compute(map, CancellationToken.none(), s -> { });
        double cellWidth = HIMMELBLAU.window().width() / 30;
        double cellHeight = HIMMELBLAU.window().height() / 20;
        for (int[] cell : new int[][] {{0, 0}, {29, 19}, {7, 13}, {15, 10}, {22, 3}}) {
            int c = cell[0];
            int r = cell[1];
            Point centre = new Point(HIMMELBLAU.window().xMin() + (c + 0.5) * cellWidth,
                    HIMMELBLAU.window().yMax() - (r + 0.5) * cellHeight);
            assertEqualsRun(cells, c, r, Runner.run(new RunSpec(surface(HIMMELBLAU), sgd, centre, 200)));
        }
        // Himmelblau's four minima each draw some of the starts.
        boolean[] reached = new boolean[4];
        for (int r = 0; r < 20; r++) {
            for (int c = 0; c < 30; c++) {
                int k = map.minimumNear(cells.endX(c, r), cells.endY(c, r));
                if (k >= 0) {
                    reached[k] = true;
                }
            }
        }
        assertThat(reached).containsOnly(true);
    }

    @Test
    void passesGoFromCoarseToFineAndEachSnapshotFillsTheGrid() {
        HyperparameterSweep sweep = sgdSweep(37, 64);
        List<CellOutcomes> snapshots = new ArrayList<>();
        CellOutcomes result = GridComputation.compute(sweep, CancellationToken.none(), snapshots::add);

        assertThat(snapshots).extracting(CellOutcomes::stride).containsExactly(8, 4, 2, 1);
        assertThat(snapshots.get(0).computedCells()).isEqualTo(5 * 8);
        assertThat(snapshots.get(snapshots.size() - 1)).isSameAs(result);
        // A coarse cell shows the run at the corner of its block, which the final picture agrees with.
        CellOutcomes coarse = snapshots.get(0);
        assertThat(coarse.finalLoss(13, 30)).isEqualTo(result.finalLoss(8, 24));
        assertThat(coarse.convergedStep(13, 30)).isEqualTo(result.convergedStep(8, 24));
        assertThat(coarse.divergedStep(36, 63)).isEqualTo(result.divergedStep(32, 56));
    }

    @Test
    void everyCellRunsExactlyOnce() {
        CountingGrid grid = new CountingGrid(sgdSweep(33, 17), Integer.MAX_VALUE, null);
        GridComputation.compute(grid, CancellationToken.none(), s -> { });
        assertThat(grid.calls.get()).isEqualTo(33 * 17);
    }

    @Test
    void cancelStopsTheWorkersBeforeComputeReturnsAndHandsOutNoFurtherSnapshot() throws InterruptedException {
        CancellationToken token = new CancellationToken();
        CountingGrid grid = new CountingGrid(sgdSweep(128, 128), 200, token);
        List<CellOutcomes> snapshots = new ArrayList<>();

        assertThatThrownBy(() -> GridComputation.compute(grid, token, snapshots::add))
                .isInstanceOf(CancellationException.class);

        int startedWhenReturned = grid.calls.get();
        assertThat(startedWhenReturned).isLessThan(128 * 128 / 4);
        Thread.sleep(200);
        // No worker of the cancelled computation started another cell after compute returned.
        assertThat(grid.calls.get()).isEqualTo(startedWhenReturned);
        assertThat(grid.running.get()).isZero();
        assertThat(snapshots).allMatch(s -> s.stride() > 1);
    }

    /** Counts the runs started and running; cancels the token when the n-th starts. */
    private static final class CountingGrid implements CellGrid {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger running = new AtomicInteger();
        private final CellGrid grid;
        private final int cancelAt;
        private final CancellationToken token;

        CountingGrid(CellGrid grid, int cancelAt, CancellationToken token) {
            this.grid = grid;
            this.cancelAt = cancelAt;
            this.token = token;
        }

        @Override
        public int columns() {
            return grid.columns();
        }

        @Override
        public int rows() {
            return grid.rows();
        }

        @Override
        public RunSpec cell(int column, int row) {
            running.incrementAndGet();
            try {
                if (calls.incrementAndGet() == cancelAt) {
                    token.cancel();
                }
                // A spec is built just before its run, so a spec that is still being built is a
                // worker still busy with this computation.
                return grid.cell(column, row);
            } finally {
                running.decrementAndGet();
            }
        }
    }

    private static void assertEqualsRun(CellOutcomes cells, int c, int r, Trajectory single) {
        assertThat(cells.divergedStep(c, r)).isEqualTo(single.divergedAt().orElse(-1));
        assertThat(cells.convergedStep(c, r)).isEqualTo(single.convergedAt().orElse(-1));
        if (single.diverged()) {
            assertThat(cells.finalLoss(c, r)).isNaN();
            assertThat(cells.endX(c, r)).isNaN();
        } else {
            int last = single.lastStep();
            assertThat(Double.doubleToRawLongBits(cells.finalLoss(c, r))).isEqualTo(Double.doubleToRawLongBits(single.loss(last)));
            assertThat(Double.doubleToRawLongBits(cells.endX(c, r))).isEqualTo(Double.doubleToRawLongBits(single.x(last)));
            assertThat(Double.doubleToRawLongBits(cells.endY(c, r))).isEqualTo(Double.doubleToRawLongBits(single.y(last)));
        }
    }

    private static Surface surface(Preset preset) {
        try {
            return Surface.parse(preset.formula());
        } catch (SurfaceParseException e) {
            throw new AssertionError(e);
        }
    }
}
