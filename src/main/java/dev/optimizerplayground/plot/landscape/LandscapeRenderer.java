package dev.optimizerplayground.plot.landscape;

import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.plot.AxisTicks;
import dev.optimizerplayground.plot.ColorBands;
import dev.optimizerplayground.plot.Ticks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Draws a {@link LandscapeScene} into an ARGB pixel buffer with a z-buffer, in software, so the 3D view
 * runs wherever the app does (no GPU, headless {@code render}).
 *
 * <p>A frame is four passes: the mesh vertices are projected (in parallel over mesh rows); the
 * triangles are rasterized in horizontal strips of the image, one task per strip, each strip owning
 * its rows of every buffer so no two threads write the same pixel; contour lines are drawn where
 * neighbouring pixels of one continuous surface lie in different contour bands (in parallel again);
 * then the box, minima, trails and balls, which are few pixels, on the calling thread. Each pixel of the
 * surface takes the colour of the contour band of its interpolated f — the same bands as the contour
 * plot — times the Gouraud-interpolated brightness of the fixed light; back faces (the underside,
 * seen past the edge of the box) are drawn dark.
 *
 * <p>The buffers belong to the renderer and are reused: a frame allocates none (the vertex buffers grow
 * only when a larger mesh arrives). Not thread-safe: one renderer per view, one frame at a time.
 */
public final class LandscapeRenderer {

    private static final float NOTHING = Float.NEGATIVE_INFINITY;
    private static final int STRIPS_PER_WORKER = 4;
    /** The contour plot draws its lines black at 28 % opacity; the same darkening here. */
    private static final int CONTOUR_KEEP = 184; // of 256: 72 %
    private static final float BACK_BRIGHTNESS = 0.35f;
    /** Barycentric slack so that pixel centres on a shared edge are never missed by both triangles. */
    private static final float EDGE_SLACK = 1e-4f;
    /** A contour line is not drawn across a depth jump larger than this many pixels (a silhouette). */
    private static final double SILHOUETTE_PIXELS = 8;
    /** Lines on the surface are lifted towards the eye by this many pixels to win the depth test. */
    private static final double LINE_LIFT_PIXELS = 3;
    private static final int MAX_PIECES = 256;
    private static final double PIECE_PIXELS = 6;
    private static final double MIN_SEGMENT_PIXELS = 1;
    private static final int FRAME_ARGB = 0xFF8A8A8A;
    private static final int HALO_ARGB = 0xFFFFFFFF;
    private static final int INK_ARGB = 0xFF222222;
    private static final double TRAIL_WIDTH = 2.2;
    private static final double BALL_RADIUS = 5.5;
    private static final double STAR_ARM = 7;
    private static final double LABEL_OFFSET = 16;
    private static final int AXIS_TICKS = 5;
    /** Pixels between height-axis labels below which they are left out. */
    private static final double MIN_TICK_SPACING = 14;
    /** Fraction of an edge at each end where floor ticks are not labelled. */
    private static final double CORNER_GAP = 0.08;

    private final int width;
    private final int height;
    private final int[] argb;
    private final float[] depth;
    /** Contour band + 1 of each pixel of the surface, 0 where there is none. */
    private final short[] band;
    private final int strips;

    private LandscapeMesh mesh;
    private int[] bandColours;
    private double[] levels;
    /** The contour band of each mesh vertex. */
    private int[] vertexBand;
    private float[] vx = new float[0];
    private float[] vy = new float[0];
    private float[] vd = new float[0];
    /** Smallest and largest screen y of each mesh row of cells, to skip rows a strip does not touch. */
    private float[] cellRowTop = new float[0];
    private float[] cellRowBottom = new float[0];
    /** One trail's projected points, NaN x marking a break; grows to the longest trail, then is reused. */
    private double[] pathX = new double[256];
    private double[] pathY = new double[256];
    private double[] pathD = new double[256];
    /** Where each trail's points start in the path buffers; entry n is the end of the last one. */
    private int[] trailStart = new int[8];
    /** Each trail's ball: its centre on screen and its depth, NaN x when it has none. */
    private double[] ballX = new double[8];
    private double[] ballY = new double[8];
    private double[] ballD = new double[8];

    // The frame being drawn.
    private LandscapeScene current;
    private Projection projection;
    private int background;
    private double lift;

    /** @throws IllegalArgumentException if the size is not positive or too large for one int array */
    public LandscapeRenderer(int width, int height) {
        if (width <= 0 || height <= 0 || (long) width * height > Integer.MAX_VALUE / 4) {
            throw new IllegalArgumentException("image size must be positive and at most "
                    + Integer.MAX_VALUE / 4 + " pixels, got " + width + "×" + height);
        }
        this.width = width;
        this.height = height;
        this.argb = new int[width * height];
        this.depth = new float[width * height];
        this.band = new short[width * height];
        int workers = ForkJoinPool.getCommonPoolParallelism() + 1;
        this.strips = Math.min(height, workers * STRIPS_PER_WORKER);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /**
     * The picture of the last {@link #render}: {@code width × height} opaque 0xAARRGGBB pixels,
     * row-major, row 0 at the top. The live buffer, overwritten by the next frame.
     */
    public int[] pixels() {
        return argb;
    }

    /** Draws the scene into {@link #pixels()}; returns the projection used, e.g. to place labels. */
    public Projection render(LandscapeScene scene) {
        useMesh(scene.mesh());
        projection = new Projection(scene.camera(), width, height, mesh.footprint(), LandscapeMesh.HALF_HEIGHT);
        background = scene.background();
        lift = LINE_LIFT_PIXELS / projection.scale();
        IntStream.range(0, mesh.rows()).parallel().forEach(this::projectRow);
        for (int j = 0; j < mesh.rows() - 1; j++) {
            cellRowTop[j] = Math.min(cellRowTop[j], cellRowTop[j + 1]);
            cellRowBottom[j] = Math.max(cellRowBottom[j], cellRowBottom[j + 1]);
        }
        IntStream.range(0, strips).parallel().forEach(this::rasterStrip);
        current = scene;
        collectTrails(scene);
        IntStream.range(0, strips).parallel().forEach(this::overlayStrip);
        current = null;
        return projection;
    }

    private void useMesh(LandscapeMesh next) {
        if (next == mesh) {
            return;
        }
        mesh = next;
        ColorBands bands = next.bands();
        bandColours = new int[bands.count()];
        for (int k = 0; k < bandColours.length; k++) {
            bandColours[k] = bands.argb(k);
        }
        levels = bands.levels().values();
        int vertices = next.columns() * next.rows();
        if (vx.length < vertices) {
            vx = new float[vertices];
            vy = new float[vertices];
            vd = new float[vertices];
        }
        vertexBand = new int[vertices];
        for (int j = 0; j < next.rows(); j++) {
            for (int i = 0; i < next.columns(); i++) {
                vertexBand[j * next.columns() + i] = bandOf(next.vertexValue(i, j));
            }
        }
        if (cellRowTop.length < next.rows()) {
            cellRowTop = new float[next.rows()];
            cellRowBottom = new float[next.rows()];
        }
    }

    // ---- pass 1: vertices ------------------------------------------------------------------------

    private void projectRow(int j) {
        int columns = mesh.columns();
        double y = mesh.vertexY(j);
        float top = Float.POSITIVE_INFINITY;
        float bottom = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < columns; i++) {
            int v = j * columns + i;
            double z = mesh.vertexZ(i, j);
            if (z != z) {
                vx[v] = Float.NaN;
                continue;
            }
            double x = mesh.vertexX(i);
            vx[v] = (float) projection.screenX(x, y, z);
            vy[v] = (float) projection.screenY(x, y, z);
            vd[v] = (float) projection.depth(x, y, z);
            top = Math.min(top, vy[v]);
            bottom = Math.max(bottom, vy[v]);
        }
        cellRowTop[j] = top;
        cellRowBottom[j] = bottom;
    }

    // ---- pass 2: triangles -----------------------------------------------------------------------

    private int stripStart(int strip) {
        return (int) ((long) height * strip / strips);
    }

    private void rasterStrip(int strip) {
        int rowStart = stripStart(strip);
        int rowEnd = stripStart(strip + 1);
        Arrays.fill(argb, rowStart * width, rowEnd * width, background);
        Arrays.fill(depth, rowStart * width, rowEnd * width, NOTHING);
        Arrays.fill(band, rowStart * width, rowEnd * width, (short) 0);
        int columns = mesh.columns();
        for (int j = 0; j < mesh.rows() - 1; j++) {
            if (cellRowBottom[j] < rowStart - 1 || cellRowTop[j] > rowEnd + 1) {
                continue;
            }
            for (int i = 0; i < columns - 1; i++) {
                int a = j * columns + i;
                triangle(a, a + 1, a + columns, i, j, i + 1, j, i, j + 1, rowStart, rowEnd);
                triangle(a + 1, a + columns + 1, a + columns, i + 1, j, i + 1, j + 1, i, j + 1, rowStart, rowEnd);
            }
        }
    }

    /** Rasterizes the triangle of vertices a, b, c (mesh positions (ia, ja) …) into rows [rowStart, rowEnd). */
    private void triangle(int a, int b, int c, int ia, int ja, int ib, int jb, int ic, int jc,
            int rowStart, int rowEnd) {
        float x0 = vx[a];
        float x1 = vx[b];
        float x2 = vx[c];
        if (x0 != x0 || x1 != x1 || x2 != x2) {
            return; // f undefined at a corner: leave the triangle out
        }
        float y0 = vy[a];
        float y1 = vy[b];
        float y2 = vy[c];
        int top = Math.max(rowStart, (int) Math.ceil(Math.min(y0, Math.min(y1, y2)) - 0.5f));
        int bottom = Math.min(rowEnd - 1, (int) Math.floor(Math.max(y0, Math.max(y1, y2)) - 0.5f));
        if (top > bottom) {
            return;
        }
        int left = Math.max(0, (int) Math.ceil(Math.min(x0, Math.min(x1, x2)) - 0.5f));
        int right = Math.min(width - 1, (int) Math.floor(Math.max(x0, Math.max(x1, x2)) - 0.5f));
        if (left > right) {
            return;
        }
        float area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
        if (area == 0) {
            return;
        }
        // Seen from above the mesh's vertex order is positive; a negative area is the underside.
        boolean front = area > 0;
        float inv = 1 / area;
        // Barycentric weights of a and b, linear in the pixel centre; evaluated afresh at the start of
        // each row from differences of nearby numbers, since the expanded constant term loses the
        // precision of a float far from the image origin and leaves pin-holes between triangles.
        float waX = (y1 - y2) * inv;
        float wbX = (y2 - y0) * inv;
        float dC = vd[c];
        float dA = vd[a] - dC;
        float dB = vd[b] - dC;
        double fC = mesh.vertexValue(ic, jc);
        double fA = mesh.vertexValue(ia, ja) - fC;
        double fB = mesh.vertexValue(ib, jb) - fC;
        // f is linear over the triangle, so its pixels' bands lie between its corners' bands.
        int lowBand = Math.min(vertexBand[a], Math.min(vertexBand[b], vertexBand[c]));
        int highBand = Math.max(vertexBand[a], Math.max(vertexBand[b], vertexBand[c]));
        float lC = mesh.vertexBrightness(ic, jc);
        float lA = mesh.vertexBrightness(ia, ja) - lC;
        float lB = mesh.vertexBrightness(ib, jb) - lC;
        for (int row = top; row <= bottom; row++) {
            float py = row + 0.5f;
            float px = left + 0.5f;
            float wa = ((x1 - px) * (y2 - py) - (x2 - px) * (y1 - py)) * inv;
            float wb = ((x2 - px) * (y0 - py) - (x0 - px) * (y2 - py)) * inv;
            int p = row * width + left;
            boolean entered = false;
            for (int col = left; col <= right; col++, p++, wa += waX, wb += wbX) {
                float wc = 1 - wa - wb;
                if (wa < -EDGE_SLACK || wb < -EDGE_SLACK || wc < -EDGE_SLACK) {
                    if (entered) {
                        break; // a triangle is convex: once out of it, the rest of the row is too
                    }
                    continue;
                }
                entered = true;
                float d = dC + dA * wa + dB * wb;
                if (d <= depth[p]) {
                    continue;
                }
                depth[p] = d;
                int k = lowBand == highBand ? lowBand : bandOf(fC + fA * wa + fB * wb, lowBand, highBand);
                float light = front ? lC + lA * wa + lB * wb : BACK_BRIGHTNESS;
                argb[p] = scaled(bandColours[k], (int) (light * 256));
                band[p] = (short) (k + 1);
            }
        }
    }

    /** Number of levels below f: the contour band, as {@link ColorBands#argbOf} finds it. */
    private int bandOf(double f) {
        return bandOf(f, 0, levels.length);
    }

    /** {@link #bandOf(double)} when the band is known to lie in [lo, hi]. */
    private int bandOf(double f, int lo, int hi) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (levels[mid] < f) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** An opaque colour with each channel times factor / 256. */
    private static int scaled(int colour, int factor) {
        int r = ((colour >> 16) & 0xFF) * factor >> 8;
        int g = ((colour >> 8) & 0xFF) * factor >> 8;
        int b = (colour & 0xFF) * factor >> 8;
        return 0xFF000000 | Math.min(r, 255) << 16 | Math.min(g, 255) << 8 | Math.min(b, 255);
    }

    // ---- pass 3: contour lines -------------------------------------------------------------------

    /**
     * Everything drawn over the surface, in the rows of one strip: the contour lines, then the box,
     * the minima, the trails and the balls, each clipped to the strip so strips never share a pixel.
     */
    private void overlayStrip(int strip) {
        int rowStart = stripStart(strip);
        int rowEnd = stripStart(strip + 1);
        contourLines(rowStart, rowEnd);
        double s = current.lineScale();
        drawBox(s, rowStart, rowEnd);
        for (Point minimum : current.minima()) {
            drawStar(minimum, s, rowStart, rowEnd);
        }
        List<LandscapeTrail> trails = current.trails();
        for (int t = 0; t < trails.size(); t++) {
            strokePath(trailStart[t], trailStart[t + 1], HALO_ARGB, (TRAIL_WIDTH + 2) * s, rowStart, rowEnd);
            strokePath(trailStart[t], trailStart[t + 1], trails.get(t).argb(), TRAIL_WIDTH * s, rowStart, rowEnd);
        }
        for (int t = 0; t < trails.size(); t++) {
            drawBall(t, trails.get(t).argb(), s, rowStart, rowEnd);
        }
    }

    private void contourLines(int rowStart, int rowEnd) {
        float jump = (float) (SILHOUETTE_PIXELS / projection.scale());
        for (int row = rowStart; row < rowEnd; row++) {
            int p = row * width;
            for (int col = 0; col < width; col++, p++) {
                int k = band[p];
                if (k == 0) {
                    continue;
                }
                boolean right = col + 1 < width && crosses(k, p, p + 1, jump);
                if (right || row + 1 < height && crosses(k, p, p + width, jump)) {
                    argb[p] = scaled(argb[p], CONTOUR_KEEP);
                }
            }
        }
    }

    /** Whether pixel q lies on the same stretch of surface as p but in another band: a level between. */
    private boolean crosses(int k, int p, int q, float jump) {
        int other = band[q];
        return other != 0 && other != k && Math.abs(depth[p] - depth[q]) < jump;
    }

    // ---- pass 4: box, minima, trails, balls ------------------------------------------------------

    private void drawBox(double s, int rowStart, int rowEnd) {
        double hx = mesh.halfX();
        double hy = mesh.halfY();
        double floor = -LandscapeMesh.HALF_HEIGHT;
        double[][] corners = {{-hx, -hy}, {hx, -hy}, {hx, hy}, {-hx, hy}};
        for (int k = 0; k < 4; k++) {
            double[] from = corners[k];
            double[] to = corners[(k + 1) % 4];
            modelLine(from[0], from[1], floor, to[0], to[1], floor, s, rowStart, rowEnd);
        }
        double[] axis = corners[heightAxisCorner()];
        modelLine(axis[0], axis[1], floor, axis[0], axis[1], LandscapeMesh.HALF_HEIGHT, s, rowStart, rowEnd);
    }

    private void modelLine(double x0, double y0, double z0, double x1, double y1, double z1, double s,
            int rowStart, int rowEnd) {
        Projection p = projection;
        line(p.screenX(x0, y0, z0), p.screenY(x0, y0, z0), p.depth(x0, y0, z0) + lift,
                p.screenX(x1, y1, z1), p.screenY(x1, y1, z1), p.depth(x1, y1, z1) + lift, FRAME_ARGB, s,
                true, true, rowStart, rowEnd);
    }

    /** The floor corner the height axis stands on: the leftmost on screen, the farther one on a tie. */
    private int heightAxisCorner() {
        double hx = mesh.halfX();
        double hy = mesh.halfY();
        double floor = -LandscapeMesh.HALF_HEIGHT;
        int best = 0;
        double bestX = Double.POSITIVE_INFINITY;
        double bestDepth = Double.POSITIVE_INFINITY;
        double[][] corners = {{-hx, -hy}, {hx, -hy}, {hx, hy}, {-hx, hy}};
        for (int k = 0; k < 4; k++) {
            double sx = projection.screenX(corners[k][0], corners[k][1], floor);
            double d = projection.depth(corners[k][0], corners[k][1], floor);
            if (sx < bestX - 0.5 || Math.abs(sx - bestX) <= 0.5 && d < bestDepth) {
                best = k;
                bestX = sx;
                bestDepth = d;
            }
        }
        return best;
    }

    private void drawStar(Point minimum, double s, int rowStart, int rowEnd) {
        double z = mesh.surfaceZ(minimum.x(), minimum.y());
        if (z != z) {
            return;
        }
        double mx = mesh.toModelX(minimum.x());
        double my = mesh.toModelY(minimum.y());
        double cx = projection.screenX(mx, my, z);
        double cy = projection.screenY(mx, my, z);
        double d = projection.depth(mx, my, z) + lift;
        double arm = STAR_ARM * s;
        for (int pass = 0; pass < 2; pass++) {
            int colour = pass == 0 ? INK_ARGB : HALO_ARGB;
            double w = pass == 0 ? 3.4 * s : 1.6 * s;
            for (int k = 0; k < 3; k++) {
                double angle = Math.PI / 2 + k * Math.PI / 3;
                double dx = Math.cos(angle) * arm;
                double dy = Math.sin(angle) * arm;
                line(cx - dx, cy - dy, d, cx + dx, cy + dy, d, colour, w, true, true, rowStart, rowEnd);
            }
        }
    }

    /** Projects every trail and ball of the scene, once, before the strips draw them. */
    private void collectTrails(LandscapeScene scene) {
        List<LandscapeTrail> trails = scene.trails();
        if (trailStart.length < trails.size() + 1) {
            trailStart = new int[trails.size() + 1];
            ballX = new double[trails.size()];
            ballY = new double[trails.size()];
            ballD = new double[trails.size()];
        }
        int count = 0;
        for (int t = 0; t < trails.size(); t++) {
            trailStart[t] = count;
            ballX[t] = Double.NaN;
            Trajectory trajectory = trails.get(t).trajectory();
            if (trajectory.length() > 0) {
                int last = trajectory.rowAt(scene.step());
                count = collectPath(trajectory, last, count);
                placeBall(t, trajectory.x(last), trajectory.y(last), scene.lineScale());
            }
        }
        trailStart[trails.size()] = count;
    }

    /** The ball rests on the surface at (x, y) — its centre a radius above it, not sunk in. */
    private void placeBall(int t, double x, double y, double s) {
        double z = mesh.surfaceZ(x, y);
        if (z != z) {
            return;
        }
        double mx = mesh.toModelX(x);
        double my = mesh.toModelY(y);
        double mz = z + BALL_RADIUS * s / projection.scale();
        ballX[t] = projection.screenX(mx, my, mz);
        ballY[t] = projection.screenY(mx, my, mz);
        ballD[t] = projection.depth(mx, my, mz) + lift;
    }

    /**
     * Projects the trail's points 0…last onto the mesh surface into the path buffers from index
     * {@code first} on, and returns the index after the last. A step longer than
     * {@value #PIECE_PIXELS} px on screen is split into pieces so the line follows the surface instead
     * of cutting through hills; points off the mesh or over a hole become breaks (NaN x).
     */
    private int collectPath(Trajectory trajectory, int last, int first) {
        int count = first;
        double px = Double.NaN;
        double py = Double.NaN;
        for (int t = 0; t <= last; t++) {
            double x = mesh.toModelX(trajectory.x(t));
            double y = mesh.toModelY(trajectory.y(t));
            int previous = count - 1;
            count = addPathPoint(count, x, y);
            int end = count - 1;
            if (t == 0 || px != px || pathX[previous] != pathX[previous] || pathX[end] != pathX[end]) {
                px = x;
                py = y;
                continue;
            }
            double length = Math.abs(pathX[end] - pathX[previous]) + Math.abs(pathY[end] - pathY[previous]);
            int pieces = (int) Math.min(MAX_PIECES, Math.ceil(length / PIECE_PIXELS));
            if (pieces > 1) {
                // Replace the end point by the pieces leading to it, then put it back.
                count = end;
                for (int k = 1; k <= pieces; k++) {
                    double f = (double) k / pieces;
                    count = addPathPoint(count, k == pieces ? x : px + (x - px) * f, k == pieces ? y : py + (y - py) * f);
                }
            }
            px = x;
            py = y;
        }
        return count;
    }

    private int addPathPoint(int count, double mx, double my) {
        if (count == pathX.length) {
            pathX = Arrays.copyOf(pathX, count * 2);
            pathY = Arrays.copyOf(pathY, count * 2);
            pathD = Arrays.copyOf(pathD, count * 2);
        }
        double z = mesh.surfaceZAtModel(mx, my);
        if (z != z) {
            pathX[count] = Double.NaN;
        } else {
            pathX[count] = projection.screenX(mx, my, z);
            pathY[count] = projection.screenY(mx, my, z);
            pathD[count] = projection.depth(mx, my, z) + lift;
        }
        return count + 1;
    }

    /**
     * Strokes the path points [from, to), skipping what would only draw pixels again: points closer
     * than {@value #MIN_SEGMENT_PIXELS} px to the last one drawn, and pieces that go back to where the
     * previous piece started. A settled or oscillating run repeats a few points thousands of times.
     */
    private void strokePath(int from, int to, int colour, double lineWidth, int rowStart, int rowEnd) {
        int last = -1;
        int before = -1; // where the last drawn piece started
        for (int k = from; k < to; k++) {
            if (pathX[k] != pathX[k]) {
                last = -1; // a break: the next point starts afresh
                before = -1;
                continue;
            }
            if (last < 0) {
                line(pathX[k], pathY[k], pathD[k], pathX[k], pathY[k], pathD[k], colour, lineWidth, false, true,
                        rowStart, rowEnd);
                last = k;
                continue;
            }
            boolean end = k == to - 1 || pathX[k + 1] != pathX[k + 1];
            if (!end && near(k, last)) {
                continue; // a settled run: thousands of repeats of one point
            }
            if (before < 0 || !near(k, before)) {
                line(pathX[last], pathY[last], pathD[last], pathX[k], pathY[k], pathD[k], colour, lineWidth, false,
                        false, rowStart, rowEnd);
            } // else it goes back over the piece just drawn: a run swinging across a valley
            before = last;
            last = k;
        }
    }

    private boolean near(int k, int other) {
        return Math.abs(pathX[k] - pathX[other]) + Math.abs(pathY[k] - pathY[other]) < MIN_SEGMENT_PIXELS;
    }

    private void drawBall(int t, int colour, double s, int rowStart, int rowEnd) {
        double cx = ballX[t];
        if (cx != cx) {
            return; // off the mesh or over a hole
        }
        double cy = ballY[t];
        double radius = BALL_RADIUS * s;
        double outline = Math.max(1, 1.2 * s);
        int top = Math.max(rowStart, (int) Math.floor(cy - radius));
        int bottom = Math.min(rowEnd - 1, (int) Math.ceil(cy + radius));
        int left = Math.max(0, (int) Math.floor(cx - radius));
        int right = Math.min(width - 1, (int) Math.ceil(cx + radius));
        for (int row = top; row <= bottom; row++) {
            for (int col = left; col <= right; col++) {
                double dx = (col + 0.5 - cx) / radius;
                double dy = (row + 0.5 - cy) / radius;
                double r2 = dx * dx + dy * dy;
                if (r2 > 1) {
                    continue;
                }
                double nz = Math.sqrt(1 - r2);
                float d = (float) (ballD[t] + nz * radius / projection.scale());
                int p = row * width + col;
                if (d < depth[p]) {
                    continue;
                }
                depth[p] = d;
                argb[p] = Math.sqrt(r2) * radius > radius - outline ? INK_ARGB : ballShade(colour, dx, dy, nz);
            }
        }
    }

    /** A lit sphere: the lane colour, darker away from a light at the upper left, with a highlight. */
    private static int ballShade(int colour, double nx, double ny, double nz) {
        double lambert = Math.max(0, -0.45 * nx - 0.55 * ny + 0.70 * nz);
        int lit = scaled(colour, (int) ((0.38 + 0.75 * lambert) * 256));
        double highlight = Math.pow(lambert, 24) * 0.7;
        int r = (int) Math.min(255, ((lit >> 16) & 0xFF) + highlight * 255);
        int g = (int) Math.min(255, ((lit >> 8) & 0xFF) + highlight * 255);
        int b = (int) Math.min(255, (lit & 0xFF) + highlight * 255);
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    /**
     * A line of the given width from (x0, y0) to (x1, y1) in pixels, depth-tested against the surface
     * (depths interpolated along it) and clipped to rows [rowStart, rowEnd); {@code writeDepth} lets
     * it hide what is drawn later behind it; without {@code withStart} the first step is left out (a
     * path's previous piece drew it). Each step along the major axis draws a span of
     * {@code lineWidth} pixels across it, so a wide line costs its area, not a square per step.
     */
    private void line(double x0, double y0, double d0, double x1, double y1, double d1, int colour,
            double lineWidth, boolean writeDepth, boolean withStart, int rowStart, int rowEnd) {
        double r = lineWidth / 2;
        double clipTop = rowStart - r - 1;
        double clipBottom = rowEnd + r + 1;
        if (Math.max(y0, y1) < clipTop || Math.min(y0, y1) > clipBottom) {
            return;
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        int steps = (int) Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)));
        if (steps == 0) {
            dot(x0, y0, (float) d0, r, r, colour, writeDepth, rowStart, rowEnd);
            return;
        }
        int first = withStart ? 0 : 1;
        int last = steps;
        if (dy != 0) { // only the steps whose y can touch the strip
            double ta = (clipTop - y0) / dy;
            double tb = (clipBottom - y0) / dy;
            first = Math.max(first, (int) Math.floor(Math.min(ta, tb) * steps));
            last = Math.min(last, (int) Math.ceil(Math.max(ta, tb) * steps));
        }
        boolean alongX = Math.abs(dx) >= Math.abs(dy);
        double rx = alongX ? 0.5 : r;
        double ry = alongX ? r : 0.5;
        for (int k = first; k <= last; k++) {
            double f = (double) k / steps;
            dot(x0 + dx * f, y0 + dy * f, (float) (d0 + (d1 - d0) * f), rx, ry, colour, writeDepth, rowStart, rowEnd);
        }
    }

    /** Fills the pixels of rows [rowStart, rowEnd) whose centres lie within rx across and ry down of (x, y), depth-tested. */
    private void dot(double x, double y, float d, double rx, double ry, int colour, boolean writeDepth,
            int rowStart, int rowEnd) {
        int top = Math.max(rowStart, (int) Math.round(y - ry));
        int bottom = Math.min(rowEnd - 1, (int) Math.round(y + ry) - 1);
        int left = Math.max(0, (int) Math.round(x - rx));
        int right = Math.min(width - 1, (int) Math.round(x + rx) - 1);
        for (int row = top; row <= bottom; row++) {
            int p = row * width + left;
            for (int col = left; col <= right; col++, p++) {
                if (d >= depth[p]) {
                    argb[p] = colour;
                    if (writeDepth) {
                        depth[p] = d;
                    }
                }
            }
        }
    }

    // ---- labels ----------------------------------------------------------------------------------

    /**
     * The axis titles and tick labels of the last frame, placed beside the box edges they belong to:
     * x along the floor edge lowest on screen, y along the other floor edge lowest on screen (the
     * right one on a tie), f up the height axis.
     */
    public List<AxisLabel> axisLabels() {
        List<AxisLabel> labels = new ArrayList<>();
        if (projection == null) {
            return labels;
        }
        double hx = mesh.halfX();
        double hy = mesh.halfY();
        double floor = -LandscapeMesh.HALF_HEIGHT;
        double yEdge = lowerOnScreen(0, -hy, 0, hy, floor) ? -hy : hy;
        double xEdge = lowerOnScreen(-hx, 0, hx, 0, floor) ? -hx : hx;
        Ticks xTicks = AxisTicks.nice(mesh.window().xMin(), mesh.window().xMax(), AXIS_TICKS);
        for (int k = 0; k < xTicks.count(); k++) {
            if (nearCorner(mesh.toModelX(xTicks.value(k)), hx)) {
                continue;
            }
            labels.add(outside(xTicks.label(k), mesh.toModelX(xTicks.value(k)), yEdge, floor, false));
        }
        labels.add(outside("x", 0, yEdge * 1.22, floor, true));
        Ticks yTicks = AxisTicks.nice(mesh.window().yMin(), mesh.window().yMax(), AXIS_TICKS);
        for (int k = 0; k < yTicks.count(); k++) {
            if (nearCorner(mesh.toModelY(yTicks.value(k)), hy)) {
                continue;
            }
            labels.add(outside(yTicks.label(k), xEdge, mesh.toModelY(yTicks.value(k)), floor, false));
        }
        labels.add(outside("y", xEdge * 1.22, 0, floor, true));
        int corner = heightAxisCorner();
        double cx = corner == 0 || corner == 3 ? -hx : hx;
        double cy = corner < 2 ? -hy : hy;
        List<AxisTick> heightTicks = mesh.heightScale().ticks();
        double axisLength = Math.abs(projection.screenY(cx, cy, floor) - projection.screenY(cx, cy, -floor));
        if (axisLength < MIN_TICK_SPACING * heightTicks.size()) {
            heightTicks = List.of(); // seen from (almost) straight above, the labels would pile up
        }
        for (AxisTick tick : heightTicks) {
            double z = mesh.toModelZ(tick.value());
            labels.add(new AxisLabel(tick.label(), projection.screenX(cx, cy, z) - LABEL_OFFSET / 2,
                    projection.screenY(cx, cy, z), AxisLabel.Align.RIGHT, false));
        }
        double top = LandscapeMesh.HALF_HEIGHT;
        labels.add(new AxisLabel(mesh.heightScale().axisTitle(), projection.screenX(cx, cy, top),
                projection.screenY(cx, cy, top) - LABEL_OFFSET, AxisLabel.Align.CENTER, true));
        return labels;
    }

    /** Whether a tick lies so near the end of its edge that its label would collide with the other axis'. */
    private static boolean nearCorner(double position, double half) {
        return Math.abs(position) > half * (1 - CORNER_GAP);
    }

    private boolean lowerOnScreen(double ax, double ay, double bx, double by, double z) {
        double a = projection.screenY(ax, ay, z);
        double b = projection.screenY(bx, by, z);
        return Math.abs(a - b) > 0.5 ? a > b : projection.screenX(ax, ay, z) > projection.screenX(bx, by, z);
    }

    /** A label at floor point (x, y), pushed away from the floor's centre on screen. */
    private AxisLabel outside(String text, double x, double y, double z, boolean title) {
        double sx = projection.screenX(x, y, z);
        double sy = projection.screenY(x, y, z);
        double dx = sx - projection.screenX(0, 0, z);
        double dy = sy - projection.screenY(0, 0, z);
        double length = Math.hypot(dx, dy);
        if (length > 0) {
            sx += dx / length * LABEL_OFFSET;
            sy += dy / length * LABEL_OFFSET;
        }
        AxisLabel.Align align = Math.abs(dx) < 0.3 * length ? AxisLabel.Align.CENTER
                : dx < 0 ? AxisLabel.Align.RIGHT : AxisLabel.Align.LEFT;
        return new AxisLabel(text, sx, sy, align, title);
    }
}
