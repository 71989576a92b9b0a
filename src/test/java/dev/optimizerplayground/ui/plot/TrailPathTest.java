package dev.optimizerplayground.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.plot.PlotTransform;
import dev.optimizerplayground.session.OptimizerLane;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decimation and clipping of trails, in pixels. */
class TrailPathTest {

    private static final PlotTransform TRANSFORM = new PlotTransform(new ViewWindow(-5, 5, -3, 3), 50, 10, 800, 600);
    private final TrailPath path = new TrailPath();

    private record Piece(double[] x, double[] y) {
    }

    private List<Piece> trace(Trajectory trajectory, int lastRow) {
        List<Piece> pieces = new ArrayList<>();
        path.trace(trajectory, lastRow, TRANSFORM, 0.75, 50, 10, 850, 610,
                (x, y, n) -> pieces.add(new Piece(java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n))));
        return pieces;
    }

    private static Trajectory run(String formula, double learningRate, int steps) throws Exception {
        return Runner.run(new RunSpec(Surface.parse(formula),
                OptimizerLane.SGD.initialConfig().withLearningRate(learningRate), new Point(-4, 2), steps));
    }

    @Test
    void tenThousandStepsBecomeAsManyPointsAsPixelsAndStillEndAtTheCurrentRow() throws Exception {
        Trajectory slow = run("x^2 + 10*y^2", 0.0005, 10_000);

        List<Piece> pieces = trace(slow, 10_000);

        assertThat(pieces).hasSize(1);
        Piece piece = pieces.get(0);
        assertThat(piece.x().length).isLessThan(2_000);
        for (int i = 1; i < piece.x().length - 1; i++) {
            assertThat(Math.hypot(piece.x()[i] - piece.x()[i - 1], piece.y()[i] - piece.y()[i - 1]))
                    .isGreaterThanOrEqualTo(0.75);
        }
        int last = piece.x().length - 1;
        assertThat(piece.x()[0]).isEqualTo(TRANSFORM.toPixelX(-4));
        assertThat(piece.x()[last]).isEqualTo(TRANSFORM.toPixelX(slow.x(10_000)));
        assertThat(piece.y()[last]).isEqualTo(TRANSFORM.toPixelY(slow.y(10_000)));
        // Decimation moves nothing by more than the spacing: every row lies near the drawn line.
        for (int row = 0; row <= 10_000; row += 97) {
            assertThat(distanceToPolyline(piece, TRANSFORM.toPixelX(slow.x(row)), TRANSFORM.toPixelY(slow.y(row))))
                    .isLessThan(0.76);
        }
    }

    @Test
    void aDivergingRunIsClippedToFinitePixelsInsideTheRectangle() throws Exception {
        Trajectory diverging = run("x^2 + 10*y^2", 1.5, 200);
        assertThat(diverging.diverged()).isTrue();

        List<Piece> pieces = trace(diverging, diverging.lastStep());

        assertThat(pieces).hasSize(1);
        for (Piece piece : pieces) {
            for (int i = 0; i < piece.x().length; i++) {
                assertThat(piece.x()[i]).isBetween(50.0, 850.0);
                assertThat(piece.y()[i]).isBetween(10.0, 610.0);
            }
        }
        assertThat(path.hasLastDrawn()).isTrue();
        double exitY = path.lastDrawnY();
        assertThat(exitY).as("first step goes to y = -58: leaves through the bottom").isEqualTo(610.0);
    }

    private static double distanceToPolyline(Piece piece, double px, double py) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 1; i < piece.x().length; i++) {
            double ax = piece.x()[i - 1];
            double ay = piece.y()[i - 1];
            double dx = piece.x()[i] - ax;
            double dy = piece.y()[i] - ay;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
            best = Math.min(best, Math.hypot(ax + t * dx - px, ay + t * dy - py));
        }
        return best;
    }
}
