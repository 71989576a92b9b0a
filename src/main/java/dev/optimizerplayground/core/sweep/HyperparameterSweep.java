package dev.optimizerplayground.core.sweep;

import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.text.Messages;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs of one setting with one or two hyperparameters swept: column i takes x's value i, row j
 * y's value j counted from the top of the picture, that is y's largest index first, so that y grows
 * upwards as on a plot. Without a y axis there is one row.
 *
 * <p>Every value of both axes is checked up front (a β of 1 would make each of those runs fail),
 * so a sweep that was built can run every one of its cells.
 */
public final class HyperparameterSweep implements CellGrid {

    private final RunSpec base;
    private final SweepAxis x;
    private final SweepAxis y;

    /**
     * @param base the run every cell makes (surface, start, budget, training conditions), with the swept
     *     parameters' values in place of its own
     * @param y the second axis, or null for a 1-D sweep
     * @throws IllegalArgumentException if both axes sweep the same name, or an end of a range is
     *     not a valid value of its parameter (the message names it)
     */
    public HyperparameterSweep(RunSpec base, SweepAxis x, SweepAxis y) {
        this.base = Objects.requireNonNull(base, "base");
        this.x = Objects.requireNonNull(x, "x");
        this.y = y;
        if (y != null && y.name().equals(x.name())) {
            throw new IllegalArgumentException(Messages.get("error.sweep.same-parameter", x.name()));
        }
        // The valid values of every hyperparameter form an interval, so checking both ends of each
        // axis, in every combination, checks every cell.
        for (int i : new int[] {0, x.count() - 1}) {
            for (int j : y == null ? new int[] {0} : new int[] {0, y.count() - 1}) {
                config(i, j).validate();
            }
        }
    }

    public RunSpec base() {
        return base;
    }

    public SweepAxis x() {
        return x;
    }

    public Optional<SweepAxis> y() {
        return Optional.ofNullable(y);
    }

    @Override
    public int columns() {
        return x.count();
    }

    @Override
    public int rows() {
        return y == null ? 1 : y.count();
    }

    /** The index on the y axis shown in picture row {@code row}. */
    public int yIndex(int row) {
        return rows() - 1 - row;
    }

    /** The picture row that shows y index {@code yIndex}. */
    public int rowOf(int yIndex) {
        return rows() - 1 - yIndex;
    }

    /** The configuration of column i and y index j. */
    public OptimizerConfig config(int i, int j) {
        OptimizerConfig c = x.parameter().set(base.optimizer(), x.value(i));
        return y == null ? c : y.parameter().set(c, y.value(j));
    }

    @Override
    public RunSpec cell(int column, int row) {
        return new RunSpec(base.surface(), config(column, yIndex(row)), base.start(), base.steps(), base.tolerance(),
                base.noise(), base.schedule());
    }
}
