package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.plot.PlotTransform;
import dev.optimizerplayground.ui.model.RunSet.LaneRun;
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
 */
final class TrailLayer {

    private final List<TrailPath> paths = new ArrayList<>();
    private List<Trajectory> drawnTrajectories = List.of();
    private PlotTransform drawnTransform;
    private double drawnScale;
    private int drawnStep = -1;

    /** Brings the trails on {@code gc} up to the frame's step. */
    void paint(GraphicsContext gc, double width, double height, PlotFrame frame) {
        PlotTransform t = PlotPainter.plotTransform(width, height, frame.window(), frame.options());
        double s = frame.options().scale();
        List<Trajectory> trajectories = frame.runs().stream().map(LaneRun::trajectory).toList();
        boolean continues = t.equals(drawnTransform) && s == drawnScale && frame.step() >= drawnStep
                && sameObjects(trajectories, drawnTrajectories);
        gc.save();
        if (!continues) {
            gc.clearRect(0, 0, width, height);
            while (paths.size() < trajectories.size()) {
                paths.add(new TrailPath());
            }
            for (int i = 0; i < trajectories.size(); i++) {
                if (trajectories.get(i).length() > 0) {
                    PlotPainter.beginTrail(paths.get(i), trajectories.get(i), t, s);
                }
            }
        }
        PlotPainter.clipToPlot(gc, t);
        for (int i = 0; i < trajectories.size(); i++) {
            Trajectory trajectory = trajectories.get(i);
            if (trajectory.length() > 0) {
                Color colour = Color.web(frame.runs().get(i).lane().colour());
                paths.get(i).extendTo(trajectory.rowAt(frame.step()),
                        (xs, ys, n) -> PlotPainter.strokeTrail(gc, colour, s, xs, ys, n));
            }
        }
        gc.restore();
        drawnTransform = t;
        drawnScale = s;
        drawnStep = frame.step();
        drawnTrajectories = trajectories;
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
