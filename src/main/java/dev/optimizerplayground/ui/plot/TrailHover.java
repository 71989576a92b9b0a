package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.ui.model.PlaygroundModel;
import dev.optimizerplayground.ui.model.TrailPoint;
import javafx.scene.input.MouseEvent;

/**
 * Hovering a point of a trail on the overlay plot makes it the hovered trail point, which the step
 * inspector then explains; leaving it (or the plot) clears it. Only points already drawn (up to the
 * step shown) count, and only within a few pixels of the mouse.
 */
final class TrailHover {

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

    /** The trail point nearest to pixel (px, py) within {@link TrailHit#REACH}, or null. */
    TrailPoint nearest(double px, double py) {
        return TrailHit.nearestPoint(model, view.plotTransform(), null, px, py);
    }
}
