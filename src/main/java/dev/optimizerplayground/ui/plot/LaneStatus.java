package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.plot.TickFormat;
import java.util.OptionalInt;

/** What the legend says about a lane at an animation step (the window's legend and exported pictures). */
public final class LaneStatus {

    private LaneStatus() {
    }

    /** "loss 0.0123 at step 57", "✕ diverged at step 12" or "converged at step 80". */
    public static String describe(Trajectory trajectory, int step) {
        OptionalInt divergedAt = trajectory.divergedAt();
        if (divergedAt.isPresent() && step >= divergedAt.getAsInt()) {
            return "✕ diverged at step " + divergedAt.getAsInt();
        }
        if (trajectory.length() == 0) {
            return "undefined at the start point";
        }
        OptionalInt convergedAt = trajectory.convergedAt();
        if (convergedAt.isPresent() && step >= convergedAt.getAsInt()) {
            return "converged at step " + convergedAt.getAsInt();
        }
        int row = trajectory.rowAt(step);
        return "loss " + TickFormat.compact(trajectory.loss(row)) + " at step " + row;
    }
}
