package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.plot.PlotTransform;
import java.util.Arrays;

/**
 * Turns rows θ₀…θₙ of a trajectory into the pixel polylines to stroke: segments are clipped to a
 * rectangle a little larger than the plot (a diverging run reaches 1e300, which no renderer takes),
 * and points closer than {@code minSpacing} pixels to the last drawn one are left out, so a
 * 10,000-step run costs as many points as the pixels it covers. Only what is drawn is thinned; the
 * trajectory is untouched. One instance is reused for every trail of every frame.
 */
final class TrailPath {

    /** Receives each connected piece; the arrays are reused after the call returns. */
    interface Sink {
        void piece(double[] x, double[] y, int count);
    }

    private double[] xs = new double[512];
    private double[] ys = new double[512];
    private int count;
    private double left;
    private double top;
    private double right;
    private double bottom;
    /** Ends of the clipped segment, written by {@link #clip}. */
    private double c0x;
    private double c0y;
    private double c1x;
    private double c1y;
    private boolean exits;
    private boolean hasLastDrawn;
    private double lastDrawnX;
    private double lastDrawnY;

    /**
     * Traces rows 0…{@code lastRow}, clipped to [left, right] × [top, bottom] pixels, handing each
     * connected piece to {@code sink}.
     */
    void trace(Trajectory trajectory, int lastRow, PlotTransform transform, double minSpacing,
               double left, double top, double right, double bottom, Sink sink) {
        this.left = left;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
        count = 0;
        hasLastDrawn = false;
        double minSquared = minSpacing * minSpacing;
        double px = transform.toPixelX(trajectory.x(0));
        double py = transform.toPixelY(trajectory.y(0));
        if (inside(px, py)) {
            add(px, py);
        }
        for (int row = 1; row <= lastRow; row++) {
            double cx = transform.toPixelX(trajectory.x(row));
            double cy = transform.toPixelY(trajectory.y(row));
            if (clip(px, py, cx, cy)) {
                if (count == 0) {
                    add(c0x, c0y);
                }
                double dx = c1x - xs[count - 1];
                double dy = c1y - ys[count - 1];
                if (exits || row == lastRow || dx * dx + dy * dy >= minSquared) {
                    add(c1x, c1y);
                }
                if (exits) {
                    flush(sink);
                }
            } else {
                flush(sink);
            }
            px = cx;
            py = cy;
        }
        flush(sink);
    }

    /** Whether the last trace drew anything; if so {@link #lastDrawnX()} is where it ended. */
    boolean hasLastDrawn() {
        return hasLastDrawn;
    }

    /** The last point drawn: the trail's end, or where it last left the clip rectangle. */
    double lastDrawnX() {
        return lastDrawnX;
    }

    double lastDrawnY() {
        return lastDrawnY;
    }

    private boolean inside(double x, double y) {
        return x >= left && x <= right && y >= top && y <= bottom;
    }

    private void add(double x, double y) {
        if (count == xs.length) {
            xs = Arrays.copyOf(xs, count * 2);
            ys = Arrays.copyOf(ys, count * 2);
        }
        xs[count] = x;
        ys[count] = y;
        count++;
        hasLastDrawn = true;
        lastDrawnX = x;
        lastDrawnY = y;
    }

    private void flush(Sink sink) {
        if (count >= 2) {
            sink.piece(xs, ys, count);
        }
        count = 0;
    }

    /**
     * Liang–Barsky: the part of segment (x0, y0)–(x1, y1) inside the rectangle, into c0/c1, and
     * whether it leaves the rectangle before its end. False if none of it is inside, or a coordinate
     * is beyond double range (a point past 1e305, whose direction is unknowable in pixels).
     */
    private boolean clip(double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
            return false;
        }
        double[] t = {0, 1};
        if (!edge(-dx, x0 - left, t) || !edge(dx, right - x0, t)
                || !edge(-dy, y0 - top, t) || !edge(dy, bottom - y0, t)) {
            return false;
        }
        c0x = x0 + t[0] * dx;
        c0y = y0 + t[0] * dy;
        c1x = t[1] < 1 ? x0 + t[1] * dx : x1;
        c1y = t[1] < 1 ? y0 + t[1] * dy : y1;
        exits = t[1] < 1;
        return true;
    }

    private static boolean edge(double p, double q, double[] t) {
        if (p == 0) {
            return q >= 0;
        }
        double r = q / p;
        if (p < 0) {
            if (r > t[1]) {
                return false;
            }
            t[0] = Math.max(t[0], r);
        } else {
            if (r < t[0]) {
                return false;
            }
            t[1] = Math.min(t[1], r);
        }
        return true;
    }
}
