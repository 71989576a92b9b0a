package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.plot.PixelTrail;
import dev.optimizerplayground.plot.PlotTransform;
import dev.optimizerplayground.session.RunSet.LaneRun;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The trails of a live plot on their own canvas. Each lane's trail is reduced to the pixel grid once
 * ({@link PixelTrail}, kept while the run and the plot's transform stay the same) and drawn as a
 * prefix of it: while the animation plays forward, each frame strokes only the vertices added since
 * the last one; a step back clears the canvas and strokes the (cached) prefix up to the step. So a
 * frame, a jump or a redraw costs the pixels on screen, not the steps behind them.
 *
 * <p>No frame waits for a big trail: each {@link #paint} walks at most {@link #PIXELS_PER_FRAME}
 * pixels of new line and strokes at most {@link #VERTICES_PER_FRAME} vertices, and says whether the
 * trails are complete; if not the view paints again next frame, so opening 9 runs of 100,000 steps
 * draws them in over a few frames instead of freezing the window.
 *
 * <p>The white halos go on a canvas of their own, below the colours: drawn piece by piece on one
 * canvas, each new piece's halo would paint over the end of the colour before it, leaving the
 * trail dashed with white.
 */
final class TrailLayer {

    /** Pixels of line reduced to the grid per frame, all lanes together: a few milliseconds. */
    static final long PIXELS_PER_FRAME = 600_000;
    /** Vertices stroked per frame, all lanes together: well under a frame in the software renderer. */
    static final int VERTICES_PER_FRAME = 4_000;

    private final List<PixelTrail> trails = new ArrayList<>();
    /** Per lane, how many of its trail's vertices are on the canvases. */
    private int[] painted = new int[0];
    private PlotTransform drawnTransform;
    private double drawnScale;
    private int drawnStep = -1;

    /**
     * Brings the trails towards the frame's step: halos on {@code halos}, colours on {@code colours}
     * above it.
     *
     * @return whether they are complete; if not, call again (next frame) to go on
     */
    boolean paint(GraphicsContext halos, GraphicsContext colours, double width, double height, PlotFrame frame) {
        PlotTransform t = PlotPainter.plotTransform(width, height, frame.window(), frame.options());
        double s = frame.options().scale();
        List<LaneRun> runs = frame.runs();
        boolean sameView = t.equals(drawnTransform) && s == drawnScale;
        boolean restart = !sameView || runs.size() != trails.size() || frame.step() < drawnStep;
        for (int i = 0; i < runs.size(); i++) {
            Trajectory trajectory = runs.get(i).trajectory();
            if (i < trails.size() && sameView && trails.get(i) != null && trails.get(i).trajectory() == trajectory) {
                continue;
            }
            restart = true;
            PixelTrail trail = trajectory.length() > 0 ? PlotPainter.newTrail(trajectory, t, s) : null;
            if (i < trails.size()) {
                trails.set(i, trail);
            } else {
                trails.add(trail);
            }
        }
        while (trails.size() > runs.size()) {
            trails.remove(trails.size() - 1);
        }
        if (!restart && upToDate(frame.step())) {
            // Not a single command: any, even a save and restore, would have the canvases composited again.
            drawnStep = frame.step();
            return true;
        }
        if (restart) {
            halos.clearRect(0, 0, width, height);
            colours.clearRect(0, 0, width, height);
            painted = new int[runs.size()];
        }
        for (GraphicsContext gc : List.of(halos, colours)) {
            gc.save();
            PlotPainter.clipToPlot(gc, t);
        }
        long pixels = PIXELS_PER_FRAME;
        int vertices = VERTICES_PER_FRAME;
        boolean complete = true;
        for (int i = 0; i < runs.size(); i++) {
            PixelTrail trail = trails.get(i);
            if (trail == null) {
                continue;
            }
            int row = trail.trajectory().rowAt(frame.step());
            if (trail.builtRow() < row && pixels > 0) {
                pixels -= trail.extendTo(row, pixels);
            }
            int goal = trail.sizeAt(row);
            int to = Math.min(goal, painted[i] + vertices);
            if (to > painted[i]) {
                Color colour = PlotPainter.colourOf(runs.get(i));
                PlotPainter.strokeHalo(halos, s, trail, painted[i], to);
                PlotPainter.strokeColour(colours, colour, s, trail, painted[i], to);
                vertices -= to - painted[i];
                painted[i] = to;
            }
            complete &= trail.builtRow() >= row && to == goal;
        }
        halos.restore();
        colours.restore();
        drawnTransform = t;
        drawnScale = s;
        drawnStep = frame.step();
        return complete;
    }

    /** Whether every trail is on the canvases up to {@code step} already. */
    private boolean upToDate(int step) {
        for (int i = 0; i < trails.size(); i++) {
            PixelTrail trail = trails.get(i);
            if (trail != null) {
                int row = trail.trajectory().rowAt(step);
                if (trail.builtRow() < row || painted[i] != trail.sizeAt(row)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Where the trails on the canvases were drawn for, or null before the first {@link #paint}. */
    PlotTransform drawnTransform() {
        return drawnTransform;
    }

    /** The trail of run {@code index} as last painted, or null for a run with no rows. */
    PixelTrail trail(int index) {
        return index < trails.size() ? trails.get(index) : null;
    }
}
