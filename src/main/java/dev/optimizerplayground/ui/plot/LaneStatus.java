package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.plot.TickFormat;
import java.util.OptionalInt;

/** What the legend says about a lane at an animation step (the window's legend and exported pictures). */
public final class LaneStatus {

    private LaneStatus() {
    }

    /**
     * "loss 0.0123 at step 57", "✕ diverged at step 12", "converged at step 80", or, when f has no
     * value where the run starts (log of a negative), "✕ f is undefined at the start".
     */
    public static String describe(Trajectory trajectory, int step) {
        if (trajectory.length() == 0) {
            return "✕ f is undefined at the start";
        }
        OptionalInt divergedAt = trajectory.divergedAt();
        if (divergedAt.isPresent() && step >= divergedAt.getAsInt()) {
            return "✕ diverged at step " + divergedAt.getAsInt();
        }
        OptionalInt convergedAt = trajectory.convergedAt();
        if (convergedAt.isPresent() && step >= convergedAt.getAsInt()) {
            return "converged at step " + convergedAt.getAsInt();
        }
        int row = trajectory.rowAt(step);
        return "loss " + TickFormat.compact(trajectory.loss(row)) + " at step " + row;
    }
}
