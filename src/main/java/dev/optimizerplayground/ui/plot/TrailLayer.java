package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.plot.PlotTransform;
import dev.optimizerplayground.session.RunSet.LaneRun;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The trails of a live plot on their own canvas, drawn incrementally: while the animation plays
 * forward over the same runs and window, each frame adds only the steps since the last one, so a
 * frame costs the same at step 10,000 as at step 10 (a run that scribbles chaotically over the
 * whole plot would otherwise cost a full redraw of millions of pixels of line per frame). Anything
 * else (new runs, a step back, a zoom) clears the canvas and draws the trails anew.
 *
 * <p>The white halos go on a canvas of their own, below the colours: drawn piece by piece on one
 * canvas, each new piece's halo would paint over the end of the colour before it, leaving the
 * trail dashed with white.
 */
final class TrailLayer {

    private final List<TrailPath> paths = new ArrayList<>();
    private List<Trajectory> drawnTrajectories = List.of();
    private PlotTransform drawnTransform;
    private double drawnScale;
    private int drawnStep = -1;

    /** Brings the trails up to the frame's step: halos on {@code halos}, colours on {@code colours} above it. */
    void paint(GraphicsContext halos, GraphicsContext colours, double width, double height, PlotFrame frame) {
        PlotTransform t = PlotPainter.plotTransform(width, height, frame.window(), frame.options());
        double s = frame.options().scale();
        List<Trajectory> trajectories = frame.runs().stream().map(LaneRun::trajectory).toList();
        boolean continues = t.equals(drawnTransform) && s == drawnScale && frame.step() >= drawnStep
                && sameObjects(trajectories, drawnTrajectories);
        List<GraphicsContext> layers = List.of(halos, colours);
        for (GraphicsContext gc : layers) {
            gc.save();
            if (!continues) {
                gc.clearRect(0, 0, width, height);
            }
            PlotPainter.clipToPlot(gc, t);
        }
        if (!continues) {
            while (paths.size() < trajectories.size()) {
                paths.add(new TrailPath());
            }
            for (int i = 0; i < trajectories.size(); i++) {
                if (trajectories.get(i).length() > 0) {
                    PlotPainter.beginTrail(paths.get(i), trajectories.get(i), t, s);
                }
            }
        }
        for (int i = 0; i < trajectories.size(); i++) {
            Trajectory trajectory = trajectories.get(i);
            if (trajectory.length() > 0) {
                Color colour = Color.web(frame.runs().get(i).lane().colour());
                paths.get(i).extendTo(trajectory.rowAt(frame.step()),
                        (xs, ys, n) -> {
                            PlotPainter.strokeHalo(halos, s, xs, ys, n);
                            PlotPainter.strokeColour(colours, colour, s, xs, ys, n);
                        });
            }
        }
        layers.forEach(GraphicsContext::restore);
        drawnTransform = t;
        drawnScale = s;
        drawnStep = frame.step();
        drawnTrajectories = trajectories;
    }

    /** Where the trails on the canvases were drawn for, or null before the first {@link #paint}. */
    PlotTransform drawnTransform() {
        return drawnTransform;
    }

    /** The trail of run {@code index} as drawn by the last {@link #paint}. */
    TrailPath path(int index) {
        return paths.get(index);
    }

    private static boolean sameObjects(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
