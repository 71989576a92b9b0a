package dev.optimizerplayground.plot;

import dev.optimizerplayground.core.run.Trajectory;
import java.util.Arrays;

/**
 * A trajectory's trail reduced to what one plot's pixel grid can show, built row by row and kept:
 * the polyline pieces to stroke, in the order the run walks them, each vertex tagged with the row
 * that reached it. Drawing the trail up to any step is then drawing a prefix ({@link #sizeAt}), so a
 * jump, a step back or a redraw costs the vertices on screen, not the rows behind them.
 *
 * <p>Two reductions, both of the picture only:
 * <ul>
 * <li>A row closer than {@code spacing} pixels to the last row kept is left out (a run converging
 *     in place adds nothing). Since the rows left out all lie within {@code spacing} of the kept one,
 *     every drawn line stays within {@code spacing} of the true path.</li>
 * <li>The trail keeps a bitmap of the pixels its line has already passed through, and of each new
 *     segment draws only the stretches that cross pixels not yet passed: a run scribbling over a
 *     bumpy surface for 100,000 steps (SGD on Rastrigin: over ten million pixels of line) costs no
 *     more than the pixels it covers. Whatever is left out runs through a pixel the drawn line
 *     crosses, so the picture differs by at most a pixel under a line two pixels wide.</li>
 * </ul>
 * Each drawn segment crosses at least one pixel crossed for the first time, so the segments never
 * outnumber the pixels the path crosses. Segments are clipped to a rectangle (a little beyond the
 * plot: a diverging run reaches 1e300, which no renderer takes).
 *
 * <p>Work can be spread over animation frames: {@link #extendTo(int, long)} stops after a budget of
 * pixels and carries on from there on the next call.
 */
public final class PixelTrail {

    /**
     * Passed pixels a stretch may run over to reach fresh ones on the same segment: drawing through
     * them costs less than ending the stretch and starting another (each end is a round cap).
     */
    private static final int BRIDGE = 3;

    private final Trajectory trajectory;
    private final PlotTransform transform;
    private final double spacingSquared;
    private final double left;
    private final double top;
    private final double right;
    private final double bottom;
    private final double cell;
    private final int columns;
    private final int cellRows;
    private final long[] passed;

    private double[] xs = new double[256];
    private double[] ys = new double[256];
    private int[] rows = new int[256];
    /** Bit i: vertex i starts a new piece (it is not joined to vertex i − 1). */
    private long[] pieceStarts = new long[4];
    private int size;
    /** Vertices in the piece being built; a piece of one vertex is dropped when it ends. */
    private int openPiece;

    /** Where the trail left the rectangle, and at which row: usually a diverging run's exit. */
    private double[] exitX = new double[4];
    private double[] exitY = new double[4];
    private int[] exitRows = new int[4];
    private int exits;

    /** The last row kept, in pixels (maybe outside the rectangle). */
    private double lastX;
    private double lastY;
    private int nextRow;
    /** Whether the last vertex is where the next segment starts, so it may continue that piece. */
    private boolean continues;
    /** Clipped segment ends and whether it leaves the rectangle before its end, set by {@link #clip}. */
    private double c0x;
    private double c0y;
    private double c1x;
    private double c1y;
    private boolean leaves;
    private final double[] clipT = new double[2];

    /**
     * @param spacing rows closer than this many pixels to the last row kept are left out
     * @param cell    the size of a pixel of the grid, in the transform's units (the output scale)
     */
    public PixelTrail(Trajectory trajectory, PlotTransform transform, double spacing, double cell,
                      double left, double top, double right, double bottom) {
        if (!(cell > 0) || !(right > left) || !(bottom > top)) {
            throw new IllegalArgumentException("need a positive cell and a non-empty rectangle, got cell " + cell
                    + " and [" + left + ", " + right + "] × [" + top + ", " + bottom + "]");
        }
        this.trajectory = trajectory;
        this.transform = transform;
        this.spacingSquared = spacing * spacing;
        this.left = left;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
        this.cell = cell;
        this.columns = Math.max(1, (int) Math.ceil((right - left) / cell));
        this.cellRows = Math.max(1, (int) Math.ceil((bottom - top) / cell));
        this.passed = new long[(int) (((long) columns * cellRows + 63) / 64)];
        if (trajectory.length() > 0) {
            lastX = transform.toPixelX(trajectory.x(0));
            lastY = transform.toPixelY(trajectory.y(0));
        }
        nextRow = 1;
    }

    public Trajectory trajectory() {
        return trajectory;
    }

    public PlotTransform transform() {
        return transform;
    }

    /** The last row taken into account; rows after it are not in the trail yet. */
    public int builtRow() {
        return Math.min(nextRow, trajectory.length()) - 1;
    }

    /** Builds the trail up to {@code row} (or the trajectory's last row), however long it takes. */
    public void extendTo(int row) {
        extendTo(row, Long.MAX_VALUE);
    }

    /**
     * Builds the trail up to {@code row}, stopping early once about {@code pixelBudget} pixels of line
     * have been walked; {@link #builtRow} says how far it got.
     *
     * @return the pixels walked
     */
    public long extendTo(int row, long pixelBudget) {
        int last = Math.min(row, trajectory.length() - 1);
        long walked = 0;
        while (nextRow <= last && walked < pixelBudget) {
            int r = nextRow++;
            double x = transform.toPixelX(trajectory.x(r));
            double y = transform.toPixelY(trajectory.y(r));
            double dx = x - lastX;
            double dy = y - lastY;
            if (dx * dx + dy * dy < spacingSquared) {
                continue;
            }
            if (clip(lastX, lastY, x, y)) {
                boolean joined = continues && c0x == lastX && c0y == lastY;
                walked += walk(joined, r);
                if (leaves) {
                    addExit(r);
                    continues = false;
                }
            } else {
                endPiece();
                continues = false;
            }
            lastX = x;
            lastY = y;
        }
        return walked;
    }

    /** Vertices built so far. */
    public int size() {
        return size;
    }

    /** Vertices that belong to the trail up to {@code row}: a prefix of them. */
    public int sizeAt(int row) {
        return lastAtOrBefore(rows, size, row);
    }

    /** How many of the first {@code n} (ascending) values are at most {@code row}. */
    private static int lastAtOrBefore(int[] values, int n, int row) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= row) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public double x(int vertex) {
        return xs[vertex];
    }

    public double y(int vertex) {
        return ys[vertex];
    }

    /** Whether vertex i begins a new piece instead of continuing from vertex i − 1. */
    public boolean startsPiece(int vertex) {
        return (pieceStarts[vertex >>> 6] & (1L << vertex)) != 0;
    }

    /** The last place at or before {@code row} where the trail left the rectangle, or -1 if none. */
    public int exitAt(int row) {
        return lastAtOrBefore(exitRows, exits, row) - 1;
    }

    public double exitX(int exit) {
        return exitX[exit];
    }

    public double exitY(int exit) {
        return exitY[exit];
    }

    // =============================================================== the pixel walk

    /**
     * Walks the pixels of the clipped segment c0–c1 (Amanatides–Woo), drawing the stretches over
     * pixels not passed before. A segment that goes on from the last vertex may pass its own first
     * pixel again (it is where the piece ends), as long as it leaves that pixel.
     */
    private long walk(boolean joined, int row) {
        double gx0 = (c0x - left) / cell;
        double gy0 = (c0y - top) / cell;
        double gx1 = (c1x - left) / cell;
        double gy1 = (c1y - top) / cell;
        int cx = column(gx0);
        int cy = cellRow(gy0);
        int endX = column(gx1);
        int endY = cellRow(gy1);
        int crossings = Math.abs(endX - cx) + Math.abs(endY - cy);
        double dx = gx1 - gx0;
        double dy = gy1 - gy0;
        int stepX = dx > 0 ? 1 : -1;
        int stepY = dy > 0 ? 1 : -1;
        double deltaX = dx == 0 ? Double.POSITIVE_INFINITY : Math.abs(1 / dx);
        double deltaY = dy == 0 ? Double.POSITIVE_INFINITY : Math.abs(1 / dy);
        double nextX = dx > 0 ? (cx + 1 - gx0) / dx : dx < 0 ? (cx - gx0) / dx : Double.POSITIVE_INFINITY;
        double nextY = dy > 0 ? (cy + 1 - gy0) / dy : dy < 0 ? (cy - gy0) / dy : Double.POSITIVE_INFINITY;
        boolean drawing = joined;
        if (!joined) {
            endPiece();
        }
        double enter = 0;
        // Where the stretch being drawn reached its last fresh pixel, and how many passed ones followed.
        double freshEnd = 0;
        int passedSince = 0;
        for (int i = 0; i <= crossings; i++) {
            boolean fresh = markPassed(cx, cy) || (i == 0 && joined && crossings > 0);
            if (fresh && !drawing) {
                startPiece(c0x + enter * (c1x - c0x), c0y + enter * (c1y - c0y), row);
                drawing = true;
            }
            if (fresh) {
                passedSince = 0;
            } else if (drawing && passedSince++ == 0) {
                freshEnd = enter;
            }
            if (drawing && passedSince > BRIDGE) {
                endStretch(freshEnd, row);
                drawing = false;
            }
            if (i == crossings) {
                break;
            }
            if (nextX < nextY) {
                cx = Math.max(0, Math.min(columns - 1, cx + stepX));
                enter = Math.min(1, nextX);
                nextX += deltaX;
            } else {
                cy = Math.max(0, Math.min(cellRows - 1, cy + stepY));
                enter = Math.min(1, nextY);
                nextY += deltaY;
            }
        }
        if (drawing && passedSince > 0) {
            endStretch(freshEnd, row);
            drawing = false;
        } else if (drawing) {
            add(c1x, c1y, row);
        }
        continues = drawing;
        return crossings + 1;
    }

    /** Ends the piece at parameter t of the clipped segment (nothing to add at t = 0: the piece ends there). */
    private void endStretch(double t, int row) {
        if (t > 0) {
            add(c0x + t * (c1x - c0x), c0y + t * (c1y - c0y), row);
        }
        endPiece();
    }

    private int column(double gx) {
        return (int) Math.max(0, Math.min(columns - 1, Math.floor(gx)));
    }

    private int cellRow(double gy) {
        return (int) Math.max(0, Math.min(cellRows - 1, Math.floor(gy)));
    }

    /** Marks pixel (cx, cy) passed; false if it already was. */
    private boolean markPassed(int cx, int cy) {
        long index = (long) cy * columns + cx;
        int word = (int) (index >>> 6);
        long bit = 1L << index;
        if ((passed[word] & bit) != 0) {
            return false;
        }
        passed[word] |= bit;
        return true;
    }

    // =============================================================== vertices

    private void startPiece(double x, double y, int row) {
        endPiece();
        add(x, y, row);
        pieceStarts[(size - 1) >>> 6] |= 1L << (size - 1);
        openPiece = 1;
    }

    private void add(double x, double y, int row) {
        if (size == xs.length) {
            xs = Arrays.copyOf(xs, size * 2);
            ys = Arrays.copyOf(ys, size * 2);
            rows = Arrays.copyOf(rows, size * 2);
        }
        if ((size >>> 6) >= pieceStarts.length) {
            pieceStarts = Arrays.copyOf(pieceStarts, pieceStarts.length * 2);
        }
        xs[size] = x;
        ys[size] = y;
        rows[size] = row;
        size++;
        openPiece++;
    }

    /** Closes the piece being built; a piece of a single vertex draws nothing and is dropped. */
    private void endPiece() {
        if (openPiece == 1) {
            size--;
            pieceStarts[size >>> 6] &= ~(1L << size);
        }
        openPiece = 0;
    }

    private void addExit(int row) {
        if (exits == exitRows.length) {
            exitX = Arrays.copyOf(exitX, exits * 2);
            exitY = Arrays.copyOf(exitY, exits * 2);
            exitRows = Arrays.copyOf(exitRows, exits * 2);
        }
        exitX[exits] = c1x;
        exitY[exits] = c1y;
        exitRows[exits] = row;
        exits++;
    }

    // =============================================================== clipping

    /**
     * Liang–Barsky: the part of segment (x0, y0)–(x1, y1) inside the rectangle, into c0/c1, and in
     * {@link #leaves} whether it leaves the rectangle before its end. False if none of it is inside,
     * or a coordinate is beyond double range (a point past 1e305, whose direction is unknowable).
     */
    private boolean clip(double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
            return false;
        }
        double[] t = clipT;
        t[0] = 0;
        t[1] = 1;
        if (!edge(-dx, x0 - left, t) || !edge(dx, right - x0, t)
                || !edge(-dy, y0 - top, t) || !edge(dy, bottom - y0, t)) {
            return false;
        }
        c0x = t[0] > 0 ? x0 + t[0] * dx : x0;
        c0y = t[0] > 0 ? y0 + t[0] * dy : y0;
        c1x = t[1] < 1 ? x0 + t[1] * dx : x1;
        c1y = t[1] < 1 ? y0 + t[1] * dy : y1;
        leaves = t[1] < 1;
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
