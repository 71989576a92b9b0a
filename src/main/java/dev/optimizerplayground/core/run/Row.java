package dev.optimizerplayground.core.run;

import dev.optimizerplayground.core.optimizer.Optimizer;
import java.util.List;

/**
 * One row of a run as the {@link Runner} computes it, for callers that stream rows instead of
 * keeping the whole {@link Trajectory}: θₜ, f(θₜ), ∇f(θₜ), the sample gradient stepped along from
 * θₜ, the effective learning rates of the update that produced θₜ (NaN at t = 0) and the
 * optimizer's state after it. The runner reuses one Row for every step, so read it during the call
 * only.
 */
public final class Row {

    private final Optimizer optimizer;
    private final StateColumns stateColumns;
    private final boolean noisy;
    int t;
    double x;
    double y;
    double loss;
    double gradX;
    double gradY;
    double sampleGradX;
    double sampleGradY;
    double lrX;
    double lrY;

    Row(Optimizer optimizer, boolean noisy) {
        this.optimizer = optimizer;
        this.stateColumns = new StateColumns(optimizer);
        this.noisy = noisy;
    }

    public int step() {
        return t;
    }

    public double x() {
        return x;
    }

    public double y() {
        return y;
    }

    public double loss() {
        return loss;
    }

    public double gradX() {
        return gradX;
    }

    public double gradY() {
        return gradY;
    }

    /** True when the optimizer steps along noisy sample gradients rather than the exact ones. */
    public boolean noisy() {
        return noisy;
    }

    /** The gradient the optimizer steps along from this row: the exact one plus the spec's noise. */
    public double sampleGradX() {
        return sampleGradX;
    }

    public double sampleGradY() {
        return sampleGradY;
    }

    public double lrX() {
        return lrX;
    }

    public double lrY() {
        return lrY;
    }

    public List<String> stateNames() {
        return optimizer.stateNames();
    }

    /** Whether state quantity {@code stateIndex} is one number for both parameters (Nadam's mu_product). */
    public boolean isScalarState(int stateIndex) {
        return optimizer.isScalarState(stateIndex);
    }

    /** The state column names, as {@link Trajectory#stateColumnNames()} gives them. */
    public List<String> stateColumnNames() {
        return stateColumns.columnNames;
    }

    /** State column {@code column} after this row's update (at row 0 the initial state). */
    public double stateColumn(int column) {
        return optimizer.state(stateColumns.columnState[column], stateColumns.columnParameter[column]);
    }

    /** State quantity {@code stateIndex} of parameter p (0 = x, 1 = y; ignored for a scalar) after this row's update. */
    public double state(int stateIndex, int parameter) {
        return optimizer.state(stateIndex, parameter);
    }
}
