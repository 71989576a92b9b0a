package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.plot.ContourResult;
import dev.optimizerplayground.session.RunSet.LaneRun;
import java.util.List;
import java.util.Objects;

/**
 * Everything one picture of the plot shows, fixed at one moment: what {@link PlotPainter} draws,
 * on screen or into an exported image.
 *
 * @param contours the filled contours, or null while the first computation runs
 * @param window the part of the plane shown
 * @param runs the trails to draw
 * @param step the animation step: trails are drawn from θ₀ up to this step
 * @param start the start point (the draggable handle), or null for none
 * @param minima known minima of the surface, marked with a star
 * @param options decoration and size factor
 */
public record PlotFrame(ContourResult contours, ViewWindow window, List<LaneRun> runs, int step, Point start,
                        List<Point> minima, PlotOptions options) {

    public PlotFrame {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(options, "options");
        runs = List.copyOf(runs);
        minima = List.copyOf(minima);
    }
}
