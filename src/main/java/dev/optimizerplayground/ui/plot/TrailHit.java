package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.plot.PlotTransform;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.session.RunSet.LaneRun;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import dev.optimizerplayground.ui.model.TrailPoint;

/**
 * Which trail drawn on a plot is under a pixel: the nearest point (hovering inspects a step) or
 * the nearest stretch of line (a click picks a lane). Only what is drawn counts: the trails up to
 * the step shown, of the lanes the plot shows, within {@link #REACH} pixels.
 */
final class TrailHit {

    /** How close (pixels) the mouse must be to a trail. */
    static final double REACH = 6;

    private TrailHit() {
    }

    /**
     * The trail point nearest to pixel (px, py) within {@link #REACH}, or null.
     *
     * @param only the one lane the plot shows, or null for all
     */
    static TrailPoint nearestPoint(PlaygroundModel model, PlotTransform t, OptimizerLane only, double px, double py) {
        if (model.window() == null) {
            return null;
        }
        double best = REACH * REACH;
        TrailPoint nearest = null;
        for (LaneRun run : model.runs().runs()) {
            Trajectory trajectory = run.trajectory();
            if (trajectory.length() == 0 || (only != null && run.lane() != only)) {
                continue;
            }
            int last = trajectory.rowAt(model.playback().step());
            for (int row = 0; row <= last; row++) {
                double dx = t.toPixelX(trajectory.x(row)) - px;
                double dy = t.toPixelY(trajectory.y(row)) - py;
                double d = dx * dx + dy * dy;
                if (d <= best) {
                    best = d;
                    nearest = new TrailPoint(run.lane(), row);
                }
            }
        }
        return nearest;
    }

    /**
     * The lane whose drawn trail (its points and the lines between them) passes nearest to pixel
     * (px, py) within {@link #REACH}, or null.
     *
     * @param only the one lane the plot shows, or null for all
     */
    static OptimizerLane laneAt(PlaygroundModel model, PlotTransform t, OptimizerLane only, double px, double py) {
        if (model.window() == null) {
            return null;
        }
        double best = REACH * REACH;
        OptimizerLane nearest = null;
        for (LaneRun run : model.runs().runs()) {
            Trajectory trajectory = run.trajectory();
            if (trajectory.length() == 0 || (only != null && run.lane() != only)) {
                continue;
            }
            int last = trajectory.rowAt(model.playback().step());
            double ax = t.toPixelX(trajectory.x(0));
            double ay = t.toPixelY(trajectory.y(0));
            for (int row = 0; row <= last; row++) {
                double bx = t.toPixelX(trajectory.x(row));
                double by = t.toPixelY(trajectory.y(row));
                double d = squaredDistanceToSegment(px, py, ax, ay, bx, by);
                if (d <= best) {
                    best = d;
                    nearest = run.lane();
                }
                ax = bx;
                ay = by;
            }
        }
        return nearest;
    }

    /** Squared pixel distance from (px, py) to the segment a–b (a point when a = b); NaN ends give NaN. */
    static double squaredDistanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double along = lengthSquared == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / lengthSquared;
        along = Math.max(0, Math.min(1, along));
        double cx = ax + along * dx - px;
        double cy = ay + along * dy - py;
        return cx * cx + cy * cy;
    }
}
