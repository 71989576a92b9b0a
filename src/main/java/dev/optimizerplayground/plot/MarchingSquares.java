package dev.optimizerplayground.plot;

import dev.optimizerplayground.core.concurrent.CancellationToken;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Contour lines of a sampled grid by marching squares, joined into polylines.
 *
 * <p>A cell is the square between four neighbouring samples; a sample is "above" a level when its
 * value is > the level. A line crosses each cell edge whose two corners differ, at the linearly
 * interpolated position; both cells sharing the edge compute that point from the same two samples,
 * so joined polylines meet exactly. Saddle cells (diagonal corners alike, the other two not) are
 * resolved by the average of the four corners, the value of the bilinear interpolant at the centre.
 * Cells with a NaN corner are skipped, so lines stop at the edge of an undefined region.
 *
 * <p>Work: one parallel pass finds, for every level, the cells it crosses (a level crosses a cell iff
 * it lies in [smallest corner, largest corner)); then each level is traced in parallel, walking from
 * cell to cell through the shared edges, so every crossing cell is visited once per level.
 */
public final class MarchingSquares {

    private static final int TOP = 0;
    private static final int RIGHT = 1;
    private static final int BOTTOM = 2;
    private static final int LEFT = 3;

    private MarchingSquares() {
    }

    /**
     * @param levels ascending, finite
     * @return one entry per level, in the same order, with polylines in data coordinates
     * @throws IllegalArgumentException if the levels are not finite and ascending
     * @throws java.util.concurrent.CancellationException if {@code token} is cancelled meanwhile
     */
    public static List<LevelLines> lines(SampledGrid grid, double[] levels, CancellationToken token) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(token, "token");
        double[] sorted = checkedLevels(levels);
        token.throwIfCancelled();
        int[] bands = bandIndices(grid, sorted, token);
        int[][] crossings = crossedCells(grid, bands, sorted.length, token);
        LevelLines[] result = new LevelLines[sorted.length];
        IntStream.range(0, sorted.length).parallel().forEach(level -> {
            token.throwIfCancelled();
            result[level] = new LevelLines(sorted[level],
                    new Tracer(grid, bands, level, sorted[level], crossings[level]).trace());
        });
        return List.of(result);
    }

    private static double[] checkedLevels(double[] levels) {
        Objects.requireNonNull(levels, "levels");
        for (int i = 0; i < levels.length; i++) {
            if (!Double.isFinite(levels[i]) || (i > 0 && !(levels[i - 1] < levels[i]))) {
                throw new IllegalArgumentException("contour levels must be finite and strictly ascending, got "
                        + Arrays.toString(levels));
            }
        }
        return levels.clone();
    }

    /** For each sample, how many levels lie strictly below its value; -1 for NaN. */
    private static int[] bandIndices(SampledGrid grid, double[] levels, CancellationToken token) {
        double[] values = grid.valuesView();
        int width = grid.width();
        int[] bands = new int[values.length];
        IntStream.range(0, grid.height()).parallel().forEach(row -> {
            token.throwIfCancelled();
            for (int i = row * width, end = i + width; i < end; i++) {
                double v = values[i];
                bands[i] = v == v ? ContourLevels.bandOf(levels, v) : -1;
            }
        });
        return bands;
    }

    /**
     * For each level, the ascending ids of the cells it crosses. A cell's id is the index of its
     * top-left sample, so the neighbours of cell c are c ± 1 and c ± width.
     */
    private static int[][] crossedCells(SampledGrid grid, int[] bands, int levelCount, CancellationToken token) {
        int width = grid.width();
        int cellRows = grid.height() - 1;
        if (width < 2 || cellRows < 1 || levelCount == 0) {
            return new int[levelCount][0];
        }
        int chunks = Math.min(cellRows, 64);
        IntList[][] perChunk = new IntList[chunks][];
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            IntList[] lists = new IntList[levelCount];
            Arrays.setAll(lists, l -> new IntList());
            for (int row = cellRows * chunk / chunks, end = cellRows * (chunk + 1) / chunks; row < end; row++) {
                token.throwIfCancelled();
                for (int c = row * width, rowEnd = c + width - 1; c < rowEnd; c++) {
                    int a = bands[c];
                    int b = bands[c + 1];
                    int d = bands[c + width];
                    int e = bands[c + width + 1];
                    int lo = Math.min(Math.min(a, b), Math.min(d, e));
                    int hi = Math.max(Math.max(a, b), Math.max(d, e));
                    if (lo < 0) {
                        continue; // a NaN corner
                    }
                    for (int level = lo; level < hi; level++) {
                        lists[level].add(c);
                    }
                }
            }
            perChunk[chunk] = lists;
        });
        int[][] crossings = new int[levelCount][];
        for (int level = 0; level < levelCount; level++) {
            IntList all = new IntList();
            for (IntList[] lists : perChunk) {
                all.addAll(lists[level]);
            }
            crossings[level] = all.toArray();
        }
        return crossings;
    }

    /** Joins the segments of one level into polylines. */
    private static final class Tracer {

        private final SampledGrid grid;
        private final double[] values;
        private final int[] bands;
        private final int width;
        private final int levelIndex;
        private final double level;
        /** Ascending ids of the cells this level crosses. */
        private final int[] cells;
        /** Per crossing cell: bit 0 / bit 1 set once its first / second (saddle) segment is traced. */
        private final byte[] used;

        Tracer(SampledGrid grid, int[] bands, int levelIndex, double level, int[] cells) {
            this.grid = grid;
            this.values = grid.valuesView();
            this.bands = bands;
            this.width = grid.width();
            this.levelIndex = levelIndex;
            this.level = level;
            this.cells = cells;
            this.used = new byte[cells.length];
        }

        List<Polyline> trace() {
            List<Polyline> polylines = new ArrayList<>();
            for (int k = 0; k < cells.length; k++) {
                int cell = cells[k];
                int edges = crossedEdges(cell);
                if ((used[k] & 1) == 0) {
                    polylines.add(traceFrom(k, Integer.numberOfTrailingZeros(edges)));
                }
                // A saddle's second segment is the one through BOTTOM (TOP always belongs to the first).
                if (edges == 0b1111 && (used[k] & 2) == 0) {
                    polylines.add(traceFrom(k, BOTTOM));
                }
            }
            return polylines;
        }

        /** Follows the line through cell {@code cells[k]}'s segment at {@code edge} both ways. */
        private Polyline traceFrom(int k, int edge) {
            int cell = cells[k];
            markUsed(k, cell, edge);
            PointList forward = new PointList();
            addPoint(forward, cell, edge);
            int exit = partner(cell, edge);
            addPoint(forward, cell, exit);
            boolean closed = follow(cell, exit, forward);
            if (closed) {
                return forward.toPolyline(true);
            }
            PointList backward = new PointList();
            follow(cell, edge, backward);
            return backward.reversedThen(forward).toPolyline(false);
        }

        /**
         * Walks out of {@code cell} through {@code edge} cell by cell, adding each exit point,
         * until the line leaves the grid or a NaN region (false) or returns to its start (true).
         */
        private boolean follow(int cell, int edge, PointList points) {
            while (true) {
                int next = neighbour(cell, edge);
                int entry = (edge + 2) & 3; // the same edge, seen from the other cell
                int k = next < 0 ? -1 : Arrays.binarySearch(cells, next);
                if (k < 0) {
                    return false;
                }
                if (isUsed(k, next, entry)) {
                    return true;
                }
                markUsed(k, next, entry);
                cell = next;
                edge = partner(next, entry);
                addPoint(points, cell, edge);
            }
        }

        private int neighbour(int cell, int edge) {
            return switch (edge) {
                case TOP -> cell - width;
                case RIGHT -> cell + 1;
                case BOTTOM -> cell + width;
                default -> cell - 1;
            };
        }

        private boolean above(int sample) {
            return bands[sample] > levelIndex;
        }

        /** Bit e set when edge e has corners on both sides of the level. */
        private int crossedEdges(int cell) {
            boolean topLeft = above(cell);
            boolean topRight = above(cell + 1);
            boolean bottomLeft = above(cell + width);
            boolean bottomRight = above(cell + width + 1);
            return (topLeft != topRight ? 1 << TOP : 0)
                    | (topRight != bottomRight ? 1 << RIGHT : 0)
                    | (bottomLeft != bottomRight ? 1 << BOTTOM : 0)
                    | (topLeft != bottomLeft ? 1 << LEFT : 0);
        }

        /**
         * In a saddle, whether the line cuts off the top-right and bottom-left corners (segments
         * TOP–RIGHT and BOTTOM–LEFT), i.e. the centre is on the same side as the top-left corner.
         */
        private boolean cutsTopRightCorner(int cell) {
            double centre = (values[cell] + values[cell + 1] + values[cell + width] + values[cell + width + 1]) / 4;
            return (centre > level) == above(cell);
        }

        /** The other end of the segment of {@code cell} that touches {@code edge}. */
        private int partner(int cell, int edge) {
            int edges = crossedEdges(cell);
            if (edges != 0b1111) {
                return Integer.numberOfTrailingZeros(edges & ~(1 << edge));
            }
            if (cutsTopRightCorner(cell)) {
                return switch (edge) {
                    case TOP -> RIGHT;
                    case RIGHT -> TOP;
                    case BOTTOM -> LEFT;
                    default -> BOTTOM;
                };
            }
            return switch (edge) {
                case TOP -> LEFT;
                case LEFT -> TOP;
                case RIGHT -> BOTTOM;
                default -> RIGHT;
            };
        }

        /** Bit of the segment touching {@code edge}: 2 for a saddle's segment without TOP, else 1. */
        private int segmentBit(int cell, int edge) {
            return edge == TOP || crossedEdges(cell) != 0b1111 || partner(cell, edge) == TOP ? 1 : 2;
        }

        private boolean isUsed(int k, int cell, int edge) {
            return (used[k] & segmentBit(cell, edge)) != 0;
        }

        private void markUsed(int k, int cell, int edge) {
            used[k] |= (byte) segmentBit(cell, edge);
        }

        /** Adds where the level crosses {@code edge}, interpolating from the edge's first corner. */
        private void addPoint(PointList points, int cell, int edge) {
            int from = edge == BOTTOM ? cell + width : edge == RIGHT ? cell + 1 : cell;
            int to = edge == TOP || edge == BOTTOM ? from + 1 : from + width;
            double t = (level - values[from]) / (values[to] - values[from]);
            double col = from % width;
            double row = from / width;
            if (edge == TOP || edge == BOTTOM) {
                col += t;
            } else {
                row += t;
            }
            points.add(grid.dataX(col), grid.dataY(row));
        }
    }
}
