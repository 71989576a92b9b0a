package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.core.run.Breakdown;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.plot.TickFormat;
import java.util.OptionalInt;

/** What the legend says about a lane at an animation step (the window's legend and exported pictures). */
public final class LaneStatus {

    /** How far the gradient may grow again after convergence before a run counts as having left. */
    private static final double STILL_THERE = 1000;

    private LaneStatus() {
    }

    /**
     * "loss 0.0123 at step 57", "✕ diverged at step 12", "converged at step 80", "loss 0.08 at
     * step 150 (converged at 125, then left)", or, when f has no value where the run
     * starts (log of a negative), "✕ f is undefined at the start", or where only its gradient has
     * none (√x at 0), "✕ the gradient is undefined at the start".
     */
    public static String describe(Trajectory trajectory, int step) {
        if (trajectory.length() == 0) {
            return trajectory.breakdown().orElse(Breakdown.VALUE) == Breakdown.GRADIENT
                    ? Messages.get("plot.status.gradient-undefined")
                    : Messages.get("plot.status.value-undefined");
        }
        OptionalInt divergedAt = trajectory.divergedAt();
        if (divergedAt.isPresent() && step >= divergedAt.getAsInt()) {
            return Messages.get("plot.status.diverged", divergedAt.getAsInt());
        }
        int row = trajectory.rowAt(step);
        String loss = TickFormat.compact(trajectory.loss(row));
        OptionalInt convergedAt = trajectory.convergedAt();
        if (convergedAt.isPresent() && step >= convergedAt.getAsInt()) {
            // A run goes on after converging, and a constant η can throw it out again (RMSProp's
            // E[g²] decays, so its step grows): only say "converged" while it is still there.
            return stillThere(trajectory, row)
                    ? Messages.get("plot.status.converged", convergedAt.getAsInt())
                    : Messages.get("plot.status.left", loss, row, convergedAt.getAsInt());
        }
        return Messages.get("plot.status.loss", loss, row);
    }

    /** Whether, at {@code step}, the run had converged and has since moved away again ("then left"). */
    public static boolean leftAfterConverging(Trajectory trajectory, int step) {
        if (trajectory.length() == 0) {
            return false;
        }
        OptionalInt divergedAt = trajectory.divergedAt();
        OptionalInt convergedAt = trajectory.convergedAt();
        return !(divergedAt.isPresent() && step >= divergedAt.getAsInt())
                && convergedAt.isPresent() && step >= convergedAt.getAsInt()
                && !stillThere(trajectory, trajectory.rowAt(step));
    }

    /** Whether the gradient at a row is still within {@value #STILL_THERE} times the convergence tolerance. */
    private static boolean stillThere(Trajectory trajectory, int row) {
        double limit = STILL_THERE * trajectory.spec().tolerance();
        return Math.hypot(trajectory.gradX(row), trajectory.gradY(row)) < limit;
    }
}
