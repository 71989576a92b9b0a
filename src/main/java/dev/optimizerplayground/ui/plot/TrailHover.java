package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.plot.PlotTransform;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import dev.optimizerplayground.session.RunSet.LaneRun;
import dev.optimizerplayground.ui.model.TrailPoint;
import javafx.scene.input.MouseEvent;

/**
 * Hovering a point of a trail on the overlay plot makes it the hovered trail point, which the step
 * inspector then explains; leaving it (or the plot) clears it. Only points already drawn (up to the
 * step shown) count, and only within a few pixels of the mouse.
 */
final class TrailHover {

    /** How close (pixels) the mouse must be to a trail point. */
    static final double REACH = 6;

    private final PlaygroundModel model;
    private final PlotView view;

    private TrailHover(PlaygroundModel model, PlotView view) {
        this.model = model;
        this.view = view;
    }

    static void install(PlaygroundModel model, PlotView view) {
        TrailHover hover = new TrailHover(model, view);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, e -> model.hoveredPointProperty().set(hover.nearest(e.getX(), e.getY())));
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> model.hoveredPointProperty().set(null));
    }

    /** The trail point nearest to pixel (px, py) within {@link #REACH}, or null. */
    TrailPoint nearest(double px, double py) {
        if (model.window() == null) {
            return null;
        }
        PlotTransform t = view.plotTransform();
        double best = REACH * REACH;
        TrailPoint nearest = null;
        for (LaneRun run : model.runs().runs()) {
            Trajectory trajectory = run.trajectory();
            if (trajectory.length() == 0) {
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
}
