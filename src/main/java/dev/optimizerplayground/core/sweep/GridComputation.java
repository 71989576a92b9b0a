package dev.optimizerplayground.core.sweep;

import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.core.run.RunOutcome;
import dev.optimizerplayground.core.run.Runner;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Runs every cell of a {@link CellGrid} on all cores, coarse to fine: first one cell in each block
 * of stride × stride cells (about {@value #FIRST_PASS_SIDE} across the grid's longer side), then
 * halving the stride until every cell has run. After each pass the listener gets a snapshot that
 * fills the whole grid, so a picture of it appears after a few dozen runs and sharpens.
 *
 * <p>Each cell is {@link Runner#outcome}, the path of every other run, so a cell equals a single
 * run of its spec bit for bit, whatever the thread or pass it ran in.
 */
public final class GridComputation {

    /** Cells across the longer side in the first, coarse pass. */
    static final int FIRST_PASS_SIDE = 8;

    /** Receives each pass' snapshot, on the computing thread. */
    @FunctionalInterface
    public interface Listener {
        void refined(CellOutcomes snapshot);
    }

    private GridComputation() {
    }

    /**
     * Computes the grid, calling {@code listener} after each pass (the last call gets the returned,
     * complete snapshot). Returns only when no worker is still running a cell of it, also when
     * cancelled.
     *
     * @throws java.util.concurrent.CancellationException when {@code token} was cancelled; no
     *     snapshot is handed out after that
     */
    public static CellOutcomes compute(CellGrid grid, CancellationToken token, Listener listener) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(listener, "listener");
        int columns = grid.columns();
        int rows = grid.rows();
        int cellCount = columns * rows;
        double[] endX = new double[cellCount];
        double[] endY = new double[cellCount];
        double[] finalLoss = new double[cellCount];
        int[] convergedStep = new int[cellCount];
        int[] divergedStep = new int[cellCount];

        CellOutcomes snapshot = null;
        for (int stride = firstStride(columns, rows); stride >= 1; stride /= 2) {
            int[] cells = passCells(columns, rows, stride, snapshot == null);
            // Cancelled cells are skipped rather than thrown out of, so that forEach returns only
            // after every worker has left this pass.
            IntStream.range(0, cells.length).parallel().forEach(k -> {
                if (token.isCancelled()) {
                    return;
                }
                int cell = cells[k];
                RunOutcome run = Runner.outcome(grid.cell(cell % columns, cell / columns));
                endX[cell] = run.endX();
                endY[cell] = run.endY();
                finalLoss[cell] = run.finalLoss();
                convergedStep[cell] = run.convergedStep();
                divergedStep[cell] = run.divergedStep();
            });
            token.throwIfCancelled();
            // The last pass hands over the arrays themselves: nothing writes them any more.
            boolean last = stride == 1;
            snapshot = new CellOutcomes(columns, rows, stride,
                    last ? endX : endX.clone(), last ? endY : endY.clone(),
                    last ? finalLoss : finalLoss.clone(), last ? convergedStep : convergedStep.clone(),
                    last ? divergedStep : divergedStep.clone());
            listener.refined(snapshot);
        }
        return snapshot;
    }

    /** The largest power of two that leaves at least {@value #FIRST_PASS_SIDE} cells across the longer side. */
    static int firstStride(int columns, int rows) {
        int target = Math.max(1, Math.max(columns, rows) / FIRST_PASS_SIDE);
        return Integer.highestOneBit(target);
    }

    /** The cells a pass of {@code stride} runs: on the stride's lattice, minus those a coarser pass ran. */
    static int[] passCells(int columns, int rows, int stride, boolean first) {
        int coarser = 2 * stride;
        return IntStream.range(0, rows).filter(r -> r % stride == 0)
                .flatMap(r -> IntStream.range(0, columns).filter(c -> c % stride == 0)
                        .filter(c -> first || c % coarser != 0 || r % coarser != 0)
                        .map(c -> r * columns + c))
                .toArray();
    }
}
