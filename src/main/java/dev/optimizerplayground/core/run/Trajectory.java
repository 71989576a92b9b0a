package dev.optimizerplayground.core.run;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The immutable record of one run. Row t (0 ≤ t < {@link #length()}) holds θₜ, f(θₜ), ∇f(θₜ), the
 * effective learning rate of each parameter in the update that produced θₜ (NaN at t = 0, where no
 * update happened yet) and the optimizer's internal state after that update.
 *
 * <p>Columns are kept as primitive arrays: a 100,000-step run is a few megabytes, and the charts
 * read them without boxing.
 */
public final class Trajectory {

    private final RunSpec spec;
    private final double[] x;
    private final double[] y;
    private final double[] loss;
    private final double[] gradX;
    private final double[] gradY;
    /** The noisy gradients the optimizer stepped along; null when the gradients were exact. */
    private final double[] sampleGradX;
    private final double[] sampleGradY;
    private final double[] lrX;
    private final double[] lrY;
    private final StateColumns layout;
    /** state[c][t]: state column c (see {@link #stateColumnNames()}) after the update of row t. */
    private final double[][] state;
    private final RunSummary summary;

    Trajectory(RunSpec spec, Columns columns, RunSummary summary) {
        this.spec = spec;
        this.x = columns.x;
        this.y = columns.y;
        this.loss = columns.loss;
        this.gradX = columns.gradX;
        this.gradY = columns.gradY;
        this.sampleGradX = columns.sampleGradX;
        this.sampleGradY = columns.sampleGradY;
        this.lrX = columns.lrX;
        this.lrY = columns.lrY;
        this.layout = columns.layout;
        this.state = columns.state;
        this.summary = summary;
    }

    public RunSpec spec() {
        return spec;
    }

    /** Number of rows: the start plus every step taken (fewer than steps + 1 if the run diverged). */
    public int length() {
        return summary.length();
    }

    /** The last step with a row, or -1 when even the start could not be evaluated. */
    public int lastStep() {
        return summary.length() - 1;
    }

    public double x(int t) {
        return x[check(t)];
    }

    public double y(int t) {
        return y[check(t)];
    }

    public double loss(int t) {
        return loss[check(t)];
    }

    public double gradX(int t) {
        return gradX[check(t)];
    }

    public double gradY(int t) {
        return gradY[check(t)];
    }

    /** True when the optimizer stepped along noisy sample gradients rather than the exact ones. */
    public boolean noisy() {
        return sampleGradX != null;
    }

    /**
     * The x component of the gradient the optimizer used for the update that leaves θₜ: the exact
     * {@link #gradX(int)} plus the spec's noise (equal to it when the gradients are exact).
     */
    public double sampleGradX(int t) {
        return sampleGradX == null ? gradX(t) : sampleGradX[check(t)];
    }

    /** The y component of the gradient used for the update that leaves θₜ; see {@link #sampleGradX}. */
    public double sampleGradY(int t) {
        return sampleGradY == null ? gradY(t) : sampleGradY[check(t)];
    }

    /** Effective learning rate of parameter x in the update that produced row t; NaN at t = 0. */
    public double lrX(int t) {
        return lrX[check(t)];
    }

    /** Effective learning rate of parameter y in the update that produced row t; NaN at t = 0. */
    public double lrY(int t) {
        return lrY[check(t)];
    }

    /**
     * Names of the optimizer's state quantities as PyTorch's {@code optimizer.state} names them,
     * e.g. ["square_avg"] for RMSProp or ["exp_avg", "exp_avg_sq"] for Adam.
     */
    public List<String> stateNames() {
        return layout.stateNames;
    }

    /** Whether state quantity {@code stateIndex} is one number for both parameters (Nadam's mu_product). */
    public boolean isScalarState(int stateIndex) {
        return layout.scalar[stateIndex];
    }

    /**
     * State quantity {@code stateIndex} of parameter p (0 = x, 1 = y; ignored for a scalar) after
     * the update of row t; at t = 0 the initial state, before any update.
     */
    public double state(int stateIndex, int parameter, int t) {
        return state[layout.firstColumn[stateIndex] + (layout.scalar[stateIndex] ? 0 : parameter)][check(t)];
    }

    /**
     * One name per state column, in order: "name_x", "name_y" for a per-parameter quantity, "name"
     * for a scalar, e.g. ["exp_avg_x", "exp_avg_y", "exp_avg_sq_x", "exp_avg_sq_y", "mu_product"].
     */
    public List<String> stateColumnNames() {
        return layout.columnNames;
    }

    /** State column {@code column} (index into {@link #stateColumnNames()}) at row t. */
    public double stateColumn(int column, int t) {
        return state[column][check(t)];
    }

    public RunStatus status() {
        return summary.status();
    }

    public RunSummary summary() {
        return summary;
    }

    public boolean diverged() {
        return summary.status() == RunStatus.DIVERGED;
    }

    /** The step at which θ, f or ∇f stopped being finite (that step has no row). */
    public OptionalInt divergedAt() {
        return summary.divergedAtStep();
    }

    /** What stopped being finite, if the run diverged. */
    public Optional<Breakdown> breakdown() {
        return summary.breakdownIfDiverged();
    }

    /** The first step whose gradient norm fell below the spec's tolerance. */
    public OptionalInt convergedAt() {
        return summary.convergedAtStep();
    }

    /** The row shown at step t of an animation: step t, or the last row if the run ended earlier. */
    public int rowAt(int step) {
        return Math.max(0, Math.min(step, summary.length() - 1));
    }

    private int check(int t) {
        if (t < 0 || t >= summary.length()) {
            throw new IndexOutOfBoundsException("step " + t + " outside 0.." + (summary.length() - 1));
        }
        return t;
    }

    /**
     * The arrays a {@link Runner} fills, sized for the whole budget up front; handed over to a
     * Trajectory, which reads only its first {@code length} rows (fewer when the run diverged).
     */
    static final class Columns {
        final double[] x;
        final double[] y;
        final double[] loss;
        final double[] gradX;
        final double[] gradY;
        final double[] sampleGradX;
        final double[] sampleGradY;
        final double[] lrX;
        final double[] lrY;
        final StateColumns layout;
        final double[][] state;

        Columns(int capacity, StateColumns layout, boolean noisy) {
            x = new double[capacity];
            y = new double[capacity];
            loss = new double[capacity];
            gradX = new double[capacity];
            gradY = new double[capacity];
            sampleGradX = noisy ? new double[capacity] : null;
            sampleGradY = noisy ? new double[capacity] : null;
            lrX = new double[capacity];
            lrY = new double[capacity];
            this.layout = layout;
            state = new double[layout.count()][capacity];
        }

        void record(Row row) {
            int t = row.t;
            x[t] = row.x;
            y[t] = row.y;
            loss[t] = row.loss;
            gradX[t] = row.gradX;
            gradY[t] = row.gradY;
            if (sampleGradX != null) {
                sampleGradX[t] = row.sampleGradX;
                sampleGradY[t] = row.sampleGradY;
            }
            lrX[t] = row.lrX;
            lrY[t] = row.lrY;
            // The state after the update of row t (at t = 0 the initial one, not always zero:
            // Keras starts Adagrad's accumulator at 0.1).
            for (int c = 0; c < state.length; c++) {
                state[c][t] = row.stateColumn(c);
            }
        }
    }
}
