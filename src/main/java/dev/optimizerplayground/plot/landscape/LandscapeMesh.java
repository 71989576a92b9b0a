package dev.optimizerplayground.plot.landscape;

import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.plot.ColorBands;
import dev.optimizerplayground.plot.ContourResult;
import dev.optimizerplayground.plot.SampledGrid;

import java.util.Objects;

/**
 * The surface as a height field of vertices in model space, taken from a {@link SampledGrid}: at most
 * {@code maxSide} vertices along each side (the grid is sampled at every pixel, far finer than a mesh
 * needs), each with its value of f, its height and its brightness under a fixed light. Vertices where
 * f is undefined are NaN, and the renderer leaves out every triangle touching one: holes, not spikes.
 *
 * <p>Model space: the view window maps onto [−halfX, halfX] × [−halfY, halfY] keeping its proportions
 * (the longer side is 2 units), and the height onto [−{@value #HALF_HEIGHT}, {@value #HALF_HEIGHT}].
 * Immutable once built, so one mesh can be drawn from several threads.
 */
public final class LandscapeMesh {

    /** Half the box height: a landscape a little less than half as tall as it is wide. */
    public static final double HALF_HEIGHT = 0.45;
    /** Enough vertices for a smooth surface at 800×600; the 60 fps goal is set for this size. */
    public static final int DEFAULT_MAX_SIDE = 200;
    private static final double AMBIENT = 0.42;
    private static final double DIFFUSE = 0.62;
    /** Light from the front left, high up: the usual map hill-shading direction, seen from the default camera. */
    private static final double[] LIGHT = normalized(-0.45, -0.55, 1);

    private final ViewWindow window;
    private final ColorBands bands;
    private final HeightScale heightScale;
    private final int columns;
    private final int rows;
    private final double halfX;
    private final double halfY;
    private final double[] modelX;
    private final double[] modelY;
    /** Row-major, row 0 at the y = yMax side, as the grid. */
    private final double[] modelZ;
    private final double[] value;
    private final float[] brightness;

    private LandscapeMesh(SampledGrid grid, ColorBands bands, HeightScale heightScale, int maxSide) {
        this.window = grid.bounds();
        this.bands = bands;
        this.heightScale = heightScale;
        this.columns = Math.min(grid.width(), maxSide);
        this.rows = Math.min(grid.height(), maxSide);
        double longer = Math.max(window.width(), window.height());
        this.halfX = window.width() / longer;
        this.halfY = window.height() / longer;
        this.modelX = new double[columns];
        this.modelY = new double[rows];
        this.modelZ = new double[columns * rows];
        this.value = new double[columns * rows];
        this.brightness = new float[columns * rows];
        // Vertices are evenly spaced (so a trail point finds its cell by division) and take the value
        // of the nearest sample, at most half a sample away: finer than anything the mesh can show.
        int[] gridColumn = new int[columns];
        for (int i = 0; i < columns; i++) {
            double position = spread(i, columns, grid.width());
            gridColumn[i] = (int) Math.round(position);
            modelX[i] = toModelX(grid.dataX(position));
        }
        for (int j = 0; j < rows; j++) {
            double position = spread(j, rows, grid.height());
            int gridRow = (int) Math.round(position);
            modelY[j] = toModelY(grid.dataY(position));
            for (int i = 0; i < columns; i++) {
                double f = grid.value(gridColumn[i], gridRow);
                value[j * columns + i] = f;
                modelZ[j * columns + i] = (heightScale.height(f) - 0.5) * 2 * HALF_HEIGHT;
            }
        }
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < columns; i++) {
                brightness[j * columns + i] = (float) shade(i, j);
            }
        }
    }

    /**
     * @param bands the contour plot's levels and colours: the mesh is coloured and lined with them,
     *              and its height follows their scale (log when the contours are log)
     */
    public static LandscapeMesh of(SampledGrid grid, ColorBands bands) {
        return of(grid, bands, DEFAULT_MAX_SIDE);
    }

    /** The mesh of a contour plot: its samples, levels and colours. */
    public static LandscapeMesh of(ContourResult contours) {
        return of(contours.grid(), contours.colorBands());
    }

    /** @throws IllegalArgumentException if {@code maxSide} is below 2 or the grid is smaller than 2×2 */
    public static LandscapeMesh of(SampledGrid grid, ColorBands bands, int maxSide) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(bands, "bands");
        if (maxSide < 2) {
            throw new IllegalArgumentException("a mesh needs at least 2 vertices a side, got " + maxSide);
        }
        if (grid.width() < 2 || grid.height() < 2) {
            throw new IllegalArgumentException("a mesh needs a grid of at least 2×2 samples, got "
                    + grid.width() + "×" + grid.height());
        }
        return new LandscapeMesh(grid, bands, HeightScale.of(bands.levels()), maxSide);
    }

    /** The (fractional) sample position of vertex k of n spread evenly over samples 0 … size − 1. */
    private static double spread(int k, int n, int size) {
        return (double) k * (size - 1) / (n - 1);
    }

    private double shade(int i, int j) {
        double dzdx = slope(modelZ, j * columns, 1, i, columns, modelX[Math.min(i + 1, columns - 1)]
                - modelX[Math.max(i - 1, 0)]);
        double dzdy = slope(modelZ, i, columns, j, rows, modelY[Math.min(j + 1, rows - 1)]
                - modelY[Math.max(j - 1, 0)]);
        // Normal of z = h(x, y): (−h_x, −h_y, 1).
        double nx = -dzdx;
        double ny = -dzdy;
        double length = Math.sqrt(nx * nx + ny * ny + 1);
        double lambert = (nx * LIGHT[0] + ny * LIGHT[1] + LIGHT[2]) / length;
        return Math.min(1, AMBIENT + DIFFUSE * Math.max(0, lambert));
    }

    /**
     * Central difference of z along one grid direction, one-sided beside an undefined neighbour, 0
     * when both neighbours are undefined (an isolated vertex is drawn flat).
     */
    private static double slope(double[] z, int origin, int stride, int k, int count, double span) {
        int lo = Math.max(k - 1, 0);
        int hi = Math.min(k + 1, count - 1);
        double zLo = z[origin + lo * stride];
        double zHi = z[origin + hi * stride];
        double zMid = z[origin + k * stride];
        double spacing = span / (hi - lo);
        if (zLo == zLo && zHi == zHi) {
            return (zHi - zLo) / span;
        }
        if (zHi == zHi && hi > k) {
            return (zHi - zMid) / spacing;
        }
        if (zLo == zLo && lo < k) {
            return (zMid - zLo) / spacing;
        }
        return 0;
    }

    private static double[] normalized(double x, double y, double z) {
        double length = Math.sqrt(x * x + y * y + z * z);
        return new double[] {x / length, y / length, z / length};
    }

    public ViewWindow window() {
        return window;
    }

    public ColorBands bands() {
        return bands;
    }

    public HeightScale heightScale() {
        return heightScale;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public double halfX() {
        return halfX;
    }

    public double halfY() {
        return halfY;
    }

    /** Radius of the box's floor: half its diagonal. */
    public double footprint() {
        return Math.hypot(halfX, halfY);
    }

    public double toModelX(double x) {
        return (x - (window.xMin() + window.xMax()) / 2) / (window.width() / 2) * halfX;
    }

    public double toModelY(double y) {
        return (y - (window.yMin() + window.yMax()) / 2) / (window.height() / 2) * halfY;
    }

    /** Model height of a value of f. */
    public double toModelZ(double f) {
        return (heightScale.height(f) - 0.5) * 2 * HALF_HEIGHT;
    }

    double vertexX(int i) {
        return modelX[i];
    }

    double vertexY(int j) {
        return modelY[j];
    }

    /** Model height of vertex (i, j), NaN where f is undefined. */
    double vertexZ(int i, int j) {
        return modelZ[j * columns + i];
    }

    double vertexValue(int i, int j) {
        return value[j * columns + i];
    }

    float vertexBrightness(int i, int j) {
        return brightness[j * columns + i];
    }

    /**
     * Height of the drawn surface above data point (x, y), bilinear between the four vertices around
     * it (so a trail lies on the mesh, not on the exact f between vertices); NaN outside the mesh or
     * where a surrounding vertex is undefined.
     */
    public double surfaceZ(double x, double y) {
        return surfaceZAtModel(toModelX(x), toModelY(y));
    }

    /** {@link #surfaceZ} at a point given in model coordinates. */
    double surfaceZAtModel(double mx, double my) {
        double u = (mx - modelX[0]) / (modelX[columns - 1] - modelX[0]) * (columns - 1);
        double v = (my - modelY[0]) / (modelY[rows - 1] - modelY[0]) * (rows - 1);
        if (!(u >= 0 && u <= columns - 1 && v >= 0 && v <= rows - 1)) {
            return Double.NaN;
        }
        int i = Math.min((int) u, columns - 2);
        int j = Math.min((int) v, rows - 2);
        double fu = u - i;
        double fv = v - j;
        double top = vertexZ(i, j) * (1 - fu) + vertexZ(i + 1, j) * fu;
        double bottom = vertexZ(i, j + 1) * (1 - fu) + vertexZ(i + 1, j + 1) * fu;
        return top * (1 - fv) + bottom * fv;
    }
}
