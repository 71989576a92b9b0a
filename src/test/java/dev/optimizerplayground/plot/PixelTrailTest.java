package dev.optimizerplayground.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.surface.ViewWindow;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Trails reduced to the pixel grid: close to the true path, bounded by the pixels, the same however built. */
class PixelTrailTest {

    private static final PlotTransform VALLEY = new PlotTransform(new ViewWindow(-5, 5, -3, 3), 50, 10, 800, 600);
    private static final PlotTransform RASTRIGIN =
            new PlotTransform(new ViewWindow(-5.12, 5.12, -5.12, 5.12), 50, 10, 600, 600);
    private static final String RASTRIGIN_F = "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)";
    private static final double SPACING = 0.75;

    private static Trajectory sgd(String formula, double learningRate, Point start, int steps) throws Exception {
        OptimizerConfig sgd = OptimizerConfig.defaults(OptimizerKind.SGD, Convention.TEXTBOOK)
                .withLearningRate(learningRate);
        return Runner.run(new RunSpec(Surface.parse(formula), sgd, start, steps));
    }

    private static PixelTrail trail(Trajectory trajectory, PlotTransform t) {
        return new PixelTrail(trajectory, t, SPACING, 1, t.left(), t.top(), t.left() + t.width(), t.top() + t.height());
    }

    @Test
    void tenThousandSmallStepsBecomeAboutAsManyVerticesAsPixelsAlongTheTruePath() throws Exception {
        Trajectory slow = sgd("x^2 + 10*y^2", 0.0005, new Point(-4, 2), 10_000);
        PixelTrail trail = trail(slow, VALLEY);

        trail.extendTo(10_000);

        assertThat(trail.size()).isBetween(100, 2_000);
        assertThat(trail.x(0)).isEqualTo(VALLEY.toPixelX(-4));
        assertThat(trail.y(0)).isEqualTo(VALLEY.toPixelY(2));
        double[] full = pixels(slow, VALLEY);
        for (int v = 0; v < trail.size(); v++) {
            assertThat(distanceToPolyline(full, trail.x(v), trail.y(v))).as("vertex %d", v).isLessThan(SPACING + 1e-9);
        }
        double[] drawn = drawnSegments(trail, trail.size());
        for (int row = 0; row <= 10_000; row += 7) {
            assertThat(distanceToSegments(drawn, full[2 * row], full[2 * row + 1])).as("row %d", row)
                    .isLessThan(SPACING + Math.sqrt(2));
        }
        int last = trail.size() - 1;
        assertThat(Math.hypot(trail.x(last) - full[20_000], trail.y(last) - full[20_001])).isLessThan(SPACING);
    }

    @Test
    void aRunScribblingOverRastriginDrawsNoMoreSegmentsThanThePixelsItCrosses() throws Exception {
        Trajectory chaotic = sgd(RASTRIGIN_F, 0.09, new Point(3.2, -2.7), 10_000);
        PixelTrail trail = trail(chaotic, RASTRIGIN);

        trail.extendTo(10_000);

        double[] full = pixels(chaotic, RASTRIGIN);
        double[] drawn = drawnSegments(trail, trail.size());
        int segments = drawn.length / 4;
        int crossed = pixelsCrossed(full, RASTRIGIN);
        assertThat(segments).isPositive().isLessThanOrEqualTo(crossed);
        assertThat(segmentsLength(drawn)).as("drawn line, against %.0f px of true path", length(full))
                .isLessThan(length(full) / 5);
        // Every drawn segment lies on the true path (to within the spacing of the rows left out) ...
        for (int i = 0; i < drawn.length; i += 4 * Math.max(1, segments / 40)) {
            double mx = (drawn[i] + drawn[i + 2]) / 2;
            double my = (drawn[i + 1] + drawn[i + 3]) / 2;
            assertThat(distanceToPolyline(full, mx, my)).isLessThan(SPACING + 1e-9);
        }
        // ... and every row of the true path lies within a pixel's diagonal of what is drawn.
        for (int row = 0; row <= 10_000; row += 257) {
            if (!inside(RASTRIGIN, full[2 * row], full[2 * row + 1])) {
                continue;
            }
            assertThat(distanceToSegments(drawn, full[2 * row], full[2 * row + 1])).as("row %d", row)
                    .isLessThan(SPACING + Math.sqrt(2));
        }
    }

    @Test
    void aTrailBuiltFrameByFrameOnABudgetIsTheTrailBuiltAtOnceAndEachStepIsAPrefixOfIt() throws Exception {
        Trajectory chaotic = sgd(RASTRIGIN_F, 0.09, new Point(3.2, -2.7), 3_000);
        PixelTrail atOnce = trail(chaotic, RASTRIGIN);
        atOnce.extendTo(3_000);

        PixelTrail byFrames = trail(chaotic, RASTRIGIN);
        int calls = 0;
        for (int step = 0; step <= 3_000; step += 250) {
            while (byFrames.builtRow() < step) {
                assertThat(byFrames.extendTo(step, 2_000)).isLessThanOrEqualTo(2_000 + 2 * 600 + 1);
                calls++;
            }
            int n = byFrames.sizeAt(step);
            assertThat(atOnce.sizeAt(step)).isEqualTo(n);
            for (int v = 0; v < n; v++) {
                assertThat(byFrames.x(v)).isEqualTo(atOnce.x(v));
                assertThat(byFrames.y(v)).isEqualTo(atOnce.y(v));
                assertThat(byFrames.startsPiece(v)).isEqualTo(atOnce.startsPiece(v));
            }
        }
        assertThat(calls).as("the budget spread the work").isGreaterThan(13);
        assertThat(byFrames.size()).isEqualTo(atOnce.size());
    }

    @Test
    void aDivergingRunIsClippedToTheRectangleAndSaysWhereItLeft() throws Exception {
        Trajectory diverging = sgd("x^2 + 10*y^2", 1.5, new Point(-4, 2), 200);
        assertThat(diverging.diverged()).isTrue();
        PixelTrail trail = trail(diverging, VALLEY);

        trail.extendTo(diverging.lastStep());

        assertThat(trail.size()).isGreaterThanOrEqualTo(2);
        for (int v = 0; v < trail.size(); v++) {
            assertThat(trail.x(v)).isBetween(50.0, 850.0);
            assertThat(trail.y(v)).isBetween(10.0, 610.0);
        }
        assertThat(trail.exitAt(0)).isEqualTo(-1);
        int exit = trail.exitAt(diverging.lastStep());
        assertThat(exit).isNotNegative();
        assertThat(trail.exitY(exit)).as("first step goes to y = -58: leaves through the bottom").isEqualTo(610.0);
    }

    // =============================================================== geometry helpers

    private static boolean inside(PlotTransform t, double x, double y) {
        return x >= t.left() && x <= t.left() + t.width() && y >= t.top() && y <= t.top() + t.height();
    }

    /** Rows 0 … last as pixel pairs x0, y0, x1, y1, … */
    private static double[] pixels(Trajectory t, PlotTransform transform) {
        double[] p = new double[2 * t.length()];
        for (int row = 0; row < t.length(); row++) {
            p[2 * row] = transform.toPixelX(t.x(row));
            p[2 * row + 1] = transform.toPixelY(t.y(row));
        }
        return p;
    }

    /** The trail's first n vertices as drawn segments ax, ay, bx, by, … */
    private static double[] drawnSegments(PixelTrail trail, int n) {
        double[] s = new double[4 * n];
        int count = 0;
        for (int v = 1; v < n; v++) {
            if (!trail.startsPiece(v)) {
                s[count++] = trail.x(v - 1);
                s[count++] = trail.y(v - 1);
                s[count++] = trail.x(v);
                s[count++] = trail.y(v);
            }
        }
        return Arrays.copyOf(s, count);
    }

    private static double distanceToPolyline(double[] p, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 2; i < p.length; i += 2) {
            best = Math.min(best, distanceToSegment(p[i - 2], p[i - 1], p[i], p[i + 1], x, y));
        }
        return best;
    }

    private static double distanceToSegments(double[] s, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < s.length; i += 4) {
            best = Math.min(best, distanceToSegment(s[i], s[i + 1], s[i + 2], s[i + 3], x, y));
        }
        return best;
    }

    private static double distanceToSegment(double ax, double ay, double bx, double by, double x, double y) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
        return Math.hypot(ax + t * dx - x, ay + t * dy - y);
    }

    private static double segmentsLength(double[] s) {
        double sum = 0;
        for (int i = 0; i < s.length; i += 4) {
            sum += Math.hypot(s[i + 2] - s[i], s[i + 3] - s[i + 1]);
        }
        return sum;
    }

    private static double length(double[] p) {
        double sum = 0;
        for (int i = 2; i < p.length; i += 2) {
            sum += Math.hypot(p[i] - p[i - 2], p[i + 1] - p[i - 1]);
        }
        return sum;
    }

    /**
     * The distinct pixels of the plot that the polyline passes through, found independently of the
     * trail's walk: each segment is cut where it crosses a grid line, and the middle of each cut
     * piece names its pixel.
     */
    private static int pixelsCrossed(double[] p, PlotTransform plot) {
        int columns = (int) plot.width();
        int rows = (int) plot.height();
        boolean[] crossed = new boolean[columns * rows];
        int count = 0;
        for (int i = 2; i < p.length; i += 2) {
            double ax = p[i - 2] - plot.left();
            double ay = p[i - 1] - plot.top();
            double dx = p[i] - p[i - 2];
            double dy = p[i + 1] - p[i - 1];
            double[] cuts = new double[2 * (columns + rows) + 2];
            int n = 0;
            cuts[n++] = 0;
            cuts[n++] = 1;
            for (int line = 0; line <= columns && dx != 0; line++) {
                double t = (line - ax) / dx;
                if (t > 0 && t < 1) {
                    cuts[n++] = t;
                }
            }
            for (int line = 0; line <= rows && dy != 0; line++) {
                double t = (line - ay) / dy;
                if (t > 0 && t < 1) {
                    cuts[n++] = t;
                }
            }
            Arrays.sort(cuts, 0, n);
            for (int k = 1; k < n; k++) {
                double t = (cuts[k - 1] + cuts[k]) / 2;
                int c = (int) Math.floor(ax + t * dx);
                int r = (int) Math.floor(ay + t * dy);
                if (c >= 0 && c < columns && r >= 0 && r < rows && !crossed[r * columns + c]) {
                    crossed[r * columns + c] = true;
                    count++;
                }
            }
        }
        return count;
    }
}
