package dev.optimizerplayground.core.sweep;

import dev.optimizerplayground.core.run.RunSpec;

/**
 * A rectangle of runs, {@code columns × rows}, one per cell, all independent of each other: a
 * hyperparameter sweep or a map of start points. Row 0 is the top of a picture of it.
 */
public interface CellGrid {

    int columns();

    int rows();

    /** The run of cell (column, row); a valid spec for every cell of the grid. */
    RunSpec cell(int column, int row);
}
