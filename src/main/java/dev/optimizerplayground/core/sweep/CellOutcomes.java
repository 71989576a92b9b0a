package dev.optimizerplayground.core.sweep;

/**
 * How every run of a {@link CellGrid} ended, so far: an immutable snapshot taken after a pass of
 * {@link GridComputation}. While the picture is still coarse ({@link #stride()} &gt; 1) only cells
 * whose column and row are multiples of the stride have been run; every other cell reads the run
 * at the top-left corner of its stride × stride block, so the snapshot always fills the grid.
 */
public final class CellOutcomes {

    private final int columns;
    private final int rows;
    private final int stride;
    private final double[] endX;
    private final double[] endY;
    private final double[] finalLoss;
    private final int[] convergedStep;
    private final int[] divergedStep;

    CellOutcomes(int columns, int rows, int stride, double[] endX, double[] endY, double[] finalLoss,
                 int[] convergedStep, int[] divergedStep) {
        this.columns = columns;
        this.rows = rows;
        this.stride = stride;
        this.endX = endX;
        this.endY = endY;
        this.finalLoss = finalLoss;
        this.convergedStep = convergedStep;
        this.divergedStep = divergedStep;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    /** Side of the blocks that share one run; 1 once every cell has its own. */
    public int stride() {
        return stride;
    }

    public boolean complete() {
        return stride == 1;
    }

    /** The number of cells that have been run. */
    public int computedCells() {
        return ceilDiv(columns, stride) * ceilDiv(rows, stride);
    }

    public boolean diverged(int column, int row) {
        return divergedStep(column, row) >= 0;
    }

    /** f at the last row of the run; NaN when it diverged (or could not start). */
    public double finalLoss(int column, int row) {
        int k = source(column, row);
        return divergedStep[k] >= 0 ? Double.NaN : finalLoss[k];
    }

    /** The trajectory's convergedAt, or -1. */
    public int convergedStep(int column, int row) {
        return convergedStep[source(column, row)];
    }

    /** The trajectory's divergedAt, or -1. */
    public int divergedStep(int column, int row) {
        return divergedStep[source(column, row)];
    }

    /** θ at the end of the run; NaN when it diverged. */
    public double endX(int column, int row) {
        int k = source(column, row);
        return divergedStep[k] >= 0 ? Double.NaN : endX[k];
    }

    public double endY(int column, int row) {
        int k = source(column, row);
        return divergedStep[k] >= 0 ? Double.NaN : endY[k];
    }

    private int source(int column, int row) {
        if (column < 0 || column >= columns || row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("cell (" + column + ", " + row + ") outside " + columns + "x" + rows);
        }
        return (row - row % stride) * columns + (column - column % stride);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
