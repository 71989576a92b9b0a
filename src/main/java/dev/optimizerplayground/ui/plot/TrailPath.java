package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.plot.PlotTransform;
import java.util.Arrays;

/**
 * Turns rows θ₀…θₙ of a trajectory into the pixel polylines to stroke: segments are clipped to a
 * rectangle a little larger than the plot (a diverging run reaches 1e300, which no renderer takes),
 * points closer than {@code minSpacing} pixels to the last drawn one are left out, and a segment
 * that was already drawn (same ends, to within that spacing) is not drawn again. So a 10,000-step
 * run costs as many points as the pixels it covers, even when it oscillates for thousands of steps
 * between the same few points (RMSProp at a large learning rate; SGD bouncing across Rastrigin),
 * which would otherwise stroke the same lines hundreds of thousands of pixels long. Only what is
 * drawn is thinned; the trajectory is untouched. One instance is reused for every trail of every frame.
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
    private final SegmentSet drawn = new SegmentSet();
    private Trajectory trajectory;
    private PlotTransform transform;
    private double minSquared;
    /** The last row's pixel position, clipped or not. */
    private double px;
    private double py;
    private int nextRow;
    private double cell;
    private boolean hasLastDrawn;
    private double lastDrawnX;
    private double lastDrawnY;

    /**
     * Traces rows 0…{@code lastRow}, clipped to [left, right] × [top, bottom] pixels, handing each
     * connected piece to {@code sink}.
     */
    void trace(Trajectory trajectory, int lastRow, PlotTransform transform, double minSpacing,
               double left, double top, double right, double bottom, Sink sink) {
        begin(trajectory, transform, minSpacing, left, top, right, bottom);
        extendTo(lastRow, sink);
    }

    /** Starts a trail at row 0 of {@code trajectory}; {@link #extendTo} then draws it piece by piece. */
    void begin(Trajectory trajectory, PlotTransform transform, double minSpacing,
               double left, double top, double right, double bottom) {
        this.trajectory = trajectory;
        this.transform = transform;
        this.left = left;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
        count = 0;
        hasLastDrawn = false;
        drawn.clear();
        cell = Math.max(minSpacing, 1e-3);
        minSquared = minSpacing * minSpacing;
        px = transform.toPixelX(trajectory.x(0));
        py = transform.toPixelY(trajectory.y(0));
        if (inside(px, py)) {
            add(px, py);
        }
        nextRow = 1;
    }

    /** The row the trail has been drawn up to. */
    int drawnRow() {
        return nextRow - 1;
    }

    /**
     * Draws rows up to {@code lastRow} that are not drawn yet. Called once per animation frame, it
     * costs only the new steps: what was drawn stays on the canvas.
     */
    void extendTo(int lastRow, Sink sink) {
        for (int row = nextRow; row <= lastRow; row++) {
            double cx = transform.toPixelX(trajectory.x(row));
            double cy = transform.toPixelY(trajectory.y(row));
            if (clip(px, py, cx, cy)) {
                if (count == 0) {
                    add(c0x, c0y);
                }
                double dx = c1x - xs[count - 1];
                double dy = c1y - ys[count - 1];
                if (exits || row == lastRow || dx * dx + dy * dy >= minSquared) {
                    addUnlessDrawn(c1x, c1y, sink);
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
        nextRow = Math.max(nextRow, lastRow + 1);
        // Draw what is pending but keep its end: the next extension continues the line from there.
        boolean keep = count > 0;
        double endX = keep ? xs[count - 1] : 0;
        double endY = keep ? ys[count - 1] : 0;
        flush(sink);
        if (keep) {
            add(endX, endY);
        }
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

    /** Extends the piece to (x, y), or, if that segment is already on screen, starts a new piece there. */
    private void addUnlessDrawn(double x, double y, Sink sink) {
        if (drawn.add(quantize(xs[count - 1]), quantize(ys[count - 1]), quantize(x), quantize(y))) {
            add(x, y);
        } else {
            flush(sink);
            add(x, y);
        }
    }

    private int quantize(double pixel) {
        return (int) Math.floor((pixel - left) / cell);
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

    /**
     * Segments between quantized points, either direction, in an open-addressing table of longs
     * (no boxing: thousands of lookups per frame). Coordinates fit in 16 bits: the clip rectangle
     * is a screen, and the cell is at least a thousandth of a pixel only in theory — wider
     * coordinates simply share keys, which at worst skips a segment that would be hidden anyway.
     */
    private static final class SegmentSet {
        private static final long EMPTY = Long.MIN_VALUE;
        private long[] keys = new long[1 << 12];
        private int size;

        SegmentSet() {
            Arrays.fill(keys, EMPTY);
        }

        void clear() {
            if (size > 0) {
                Arrays.fill(keys, EMPTY);
                size = 0;
            }
        }

        /** Adds the segment; false if it was there already. */
        boolean add(int x0, int y0, int x1, int y1) {
            long a = (long) (x0 & 0xFFFF) << 16 | (y0 & 0xFFFF);
            long b = (long) (x1 & 0xFFFF) << 16 | (y1 & 0xFFFF);
            long key = a < b ? a << 32 | b : b << 32 | a;
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            return insert(keys, key);
        }

        private boolean insert(long[] table, long key) {
            int mask = table.length - 1;
            int i = (int) (mix(key) & mask);
            while (table[i] != EMPTY) {
                if (table[i] == key) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            table[i] = key;
            if (table == keys) {
                size++;
            }
            return true;
        }

        private void grow() {
            long[] old = keys;
            keys = new long[old.length * 2];
            Arrays.fill(keys, EMPTY);
            for (long key : old) {
                if (key != EMPTY) {
                    insert(keys, key);
                }
            }
        }

        private static long mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 29);
        }
    }
}
