package dev.optimizerplayground.ui.lesson;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;

/**
 * Where the lesson card goes over the plot: the corner of the plot's axes box where the card hides
 * the least of what the lesson is about. A known minimum counts far more than where a run ends,
 * which counts far more than a trail point: the star, then the runs' ends, stay in view whenever
 * some corner allows it.
 */
public final class LessonCorner {

    /** Tried in this order; the first of equally good corners wins, so the card stays put when nothing is hidden. */
    static final List<Pos> CORNERS = List.of(Pos.TOP_LEFT, Pos.BOTTOM_LEFT, Pos.TOP_RIGHT, Pos.BOTTOM_RIGHT);
    /** How many trail points one minimum outweighs, and one run's end. */
    static final long MINIMUM_WEIGHT = 1_000_000_000;
    static final long END_WEIGHT = 1_000_000;

    private LessonCorner() {
    }

    /**
     * @param axes     the plot's axes box
     * @param inset  the gap between the card and the box's sides
     * @param trail  trail points, in the same coordinates as {@code axes}
     * @param ends   where the runs end, in the same coordinates
     * @param minima known minima, in the same coordinates
     */
    public static Pos leastHiding(Rectangle2D axes, double inset, double cardWidth, double cardHeight,
                                  List<Point2D> trail, List<Point2D> ends, List<Point2D> minima) {
        Pos best = CORNERS.get(0);
        long fewest = Long.MAX_VALUE;
        for (Pos corner : CORNERS) {
            Rectangle2D covered = cardAt(corner, axes, inset, cardWidth, cardHeight);
            long hidden = count(covered, trail) + END_WEIGHT * count(covered, ends)
                    + MINIMUM_WEIGHT * count(covered, minima);
            if (hidden < fewest) {
                fewest = hidden;
                best = corner;
            }
        }
        return best;
    }

    /** The card's box when it sits in {@code corner} of {@code axes}. */
    public static Rectangle2D cardAt(Pos corner, Rectangle2D axes, double inset, double cardWidth, double cardHeight) {
        boolean left = corner.getHpos() == HPos.LEFT;
        boolean top = corner.getVpos() == VPos.TOP;
        double x = left ? axes.getMinX() + inset : axes.getMaxX() - inset - cardWidth;
        double y = top ? axes.getMinY() + inset : axes.getMaxY() - inset - cardHeight;
        return new Rectangle2D(x, y, Math.max(0, cardWidth), Math.max(0, cardHeight));
    }

    private static long count(Rectangle2D box, List<Point2D> points) {
        return points.stream().filter(box::contains).count();
    }
}
