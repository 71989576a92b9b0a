package dev.optimizerplayground.plot;

import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.Point;

/**
 * Where a run's marker is drawn while a slow animation is between two steps. When a step lasts
 * longer than a frame, a marker put on whole steps stands still for several frames and then jumps;
 * instead it travels along the segment from step k to step k + 1 by the fraction of the step that
 * has elapsed. Only the picture glides: the step on screen (and in the state) stays a whole number.
 */
public final class MarkerGlide {

    private MarkerGlide() {
    }

    /**
     * The marker's position at {@code step} plus {@code fraction} of the way to the next step: the
     * point of the step's row moved that far along the segment to the next row. It stays on the
     * step's row when the run has no next row: at its last step, or after it stopped (converged, or
     * diverged: a run keeps only finite rows, so the marker never heads for infinity).
     *
     * @param fraction how much of the next step has elapsed, 0 ≤ fraction < 1; anything outside
     *                 that range is taken as 0 (no glide)
     */
    public static Point at(Trajectory trajectory, int step, double fraction) {
        int row = trajectory.rowAt(step);
        double x = trajectory.x(row);
        double y = trajectory.y(row);
        if (!(fraction > 0 && fraction < 1) || step < 0 || row != step || row + 1 >= trajectory.length()) {
            return new Point(x, y);
        }
        return new Point(x + fraction * (trajectory.x(row + 1) - x), y + fraction * (trajectory.y(row + 1) - y));
    }
}
