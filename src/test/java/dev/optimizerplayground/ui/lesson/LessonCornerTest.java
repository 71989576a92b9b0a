package dev.optimizerplayground.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class LessonCornerTest {

    private static final Rectangle2D AXES = new Rectangle2D(60, 40, 600, 500);

    @Test
    void withNothingToHideTheCardStaysTopLeft() {
        assertThat(LessonCorner.leastHiding(AXES, 8, 250, 150, List.of(), List.of(), List.of())).isEqualTo(Pos.TOP_LEFT);
    }

    @Test
    void aTrailThroughTheTopLeftSendsTheCardToAFreeCorner() {
        List<Point2D> trail = List.of(new Point2D(100, 80), new Point2D(150, 120), new Point2D(200, 160));
        assertThat(LessonCorner.leastHiding(AXES, 8, 250, 150, trail, List.of(), List.of())).isEqualTo(Pos.BOTTOM_LEFT);
    }

    @Test
    void aMinimumOutweighsAnyNumberOfTrailPoints() {
        // Trail everywhere but the top left, where the only minimum is: the card must not cover the
        // minimum; the bottom left hides the fewest trail points of the other corners.
        List<Point2D> trail = List.of(new Point2D(600, 80), new Point2D(600, 500), new Point2D(610, 490),
                new Point2D(100, 500));
        List<Point2D> minima = List.of(new Point2D(100, 80));
        assertThat(LessonCorner.leastHiding(AXES, 8, 250, 150, trail, List.of(), minima)).isEqualTo(Pos.BOTTOM_LEFT);
    }

    @Test
    void aRunsEndOutweighsTrailPointsButNotAMinimum() {
        List<Point2D> trail = List.of(new Point2D(100, 500), new Point2D(110, 500), new Point2D(600, 500));
        List<Point2D> ends = List.of(new Point2D(100, 80));
        // Top left hides the end; bottom left two trail points; top right nothing.
        assertThat(LessonCorner.leastHiding(AXES, 8, 250, 150, trail, ends, List.of())).isEqualTo(Pos.TOP_RIGHT);
        // An end in three corners, the minimum in the fourth: the card covers an end.
        List<Point2D> threeEnds = List.of(new Point2D(100, 80), new Point2D(100, 500), new Point2D(600, 500));
        assertThat(LessonCorner.leastHiding(AXES, 8, 250, 150, List.of(), threeEnds, List.of(new Point2D(600, 80))))
                .as("the minimum wins over an end").isEqualTo(Pos.TOP_LEFT);
    }

    @Test
    void theCardSitsInsideTheAxesAtItsCorner() {
        assertThat(LessonCorner.cardAt(Pos.BOTTOM_RIGHT, AXES, 8, 250, 150))
                .isEqualTo(new Rectangle2D(660 - 8 - 250, 540 - 8 - 150, 250, 150));
        assertThat(LessonCorner.cardAt(Pos.TOP_LEFT, AXES, 8, 250, 150)).isEqualTo(new Rectangle2D(68, 48, 250, 150));
    }
}
