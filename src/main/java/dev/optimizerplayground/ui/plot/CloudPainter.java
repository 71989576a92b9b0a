package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.core.run.RunCloud;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.plot.PlotTransform;
import dev.optimizerplayground.session.RunSet.LaneRun;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * Under noisy gradients each lane is a cloud of runs: every run is drawn faintly, whole, beneath
 * the trails (where the noise can take this optimizer), and the cloud's mean path up to the step
 * on screen is drawn as a dashed line in the lane's colour (where it goes on average). The lane's
 * solid trail stays the run with the chosen seed.
 */
final class CloudPainter {

    /** How opaque one run of a cloud is: a few overlapping runs read as a denser region. */
    private static final double RUN_OPACITY = 0.14;
    private static final double[] MEAN_DASHES = {6, 4};
    /** Points of a path closer than this (in pixels) to the last one drawn are skipped. */
    private static final double SPACING = 0.75;

    private CloudPainter() {
    }

    /** Every run of every cloud, whole and faint; clipped by the caller to the plot. */
    static void paintRuns(GraphicsContext gc, PlotTransform t, List<LaneRun> runs, double s) {
        PathBuffer path = new PathBuffer();
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setLineWidth(s);
        for (LaneRun run : runs) {
            RunCloud cloud = run.cloud();
            if (cloud == null) {
                continue;
            }
            gc.setStroke(Color.web(run.lane().colour(), RUN_OPACITY));
            for (Trajectory member : cloud.runs()) {
                path.clear();
                for (int k = 0; k < member.length(); k++) {
                    path.add(t.toPixelX(member.x(k)), t.toPixelY(member.y(k)), SPACING * s);
                }
                path.stroke(gc);
            }
        }
    }

    /** Each cloud's mean path from the start to {@code step}, dashed, with a thin white halo. */
    static void paintMeanPaths(GraphicsContext gc, PlotTransform t, List<LaneRun> runs, int step, double s) {
        PathBuffer path = new PathBuffer();
        for (LaneRun run : runs) {
            RunCloud cloud = run.cloud();
            if (cloud == null || cloud.length() == 0) {
                continue;
            }
            path.clear();
            int last = Math.min(step, cloud.length() - 1);
            for (int k = 0; k <= last; k++) {
                path.add(t.toPixelX(cloud.meanX(k)), t.toPixelY(cloud.meanY(k)), SPACING * s);
            }
            gc.setLineCap(StrokeLineCap.BUTT);
            gc.setLineJoin(StrokeLineJoin.ROUND);
            gc.setLineDashes(MEAN_DASHES[0] * s, MEAN_DASHES[1] * s);
            gc.setStroke(Color.rgb(255, 255, 255, 0.85));
            gc.setLineWidth(3.5 * s);
            path.stroke(gc);
            gc.setStroke(Color.web(run.lane().colour()));
            gc.setLineWidth(1.6 * s);
            path.stroke(gc);
            gc.setLineDashes((double[]) null);
        }
    }

    /** A polyline's points, keeping only those at least a given distance from the last one kept. */
    private static final class PathBuffer {
        private double[] xs = new double[256];
        private double[] ys = new double[256];
        private int n;

        void clear() {
            n = 0;
        }

        void add(double x, double y, double spacing) {
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                return;
            }
            if (n > 0 && Math.abs(x - xs[n - 1]) < spacing && Math.abs(y - ys[n - 1]) < spacing) {
                return;
            }
            if (n == xs.length) {
                xs = java.util.Arrays.copyOf(xs, 2 * n);
                ys = java.util.Arrays.copyOf(ys, 2 * n);
            }
            xs[n] = x;
            ys[n] = y;
            n++;
        }

        void stroke(GraphicsContext gc) {
            if (n > 1) {
                gc.strokePolyline(xs, ys, n);
            }
        }
    }
}
