package dev.optimizerplayground.session;

/**
 * What the step inspector and the curvature lens look at: the lane picked (by its legend entry or
 * its trail) and whether the lens is on. A view setting, stored in scenarios like the layout.
 *
 * @param selectedLane the lane followed, or null for the first lane that runs
 * @param curvatureLens whether the curvature lens is drawn
 */
public record Inspection(OptimizerLane selectedLane, boolean curvatureLens) {

    /** No lane picked, the lens off: a new playground. */
    public static final Inspection NONE = new Inspection(null, false);

    public Inspection withSelectedLane(OptimizerLane lane) {
        return new Inspection(lane, curvatureLens);
    }

    public Inspection withCurvatureLens(boolean on) {
        return new Inspection(selectedLane, on);
    }
}
