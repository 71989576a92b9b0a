package dev.optimizerplayground.ui.model;

import dev.optimizerplayground.session.OptimizerLane;
import java.util.Objects;

/** One point of one lane's trail: the row of its run (the step that produced it). */
public record TrailPoint(OptimizerLane lane, int row) {
    public TrailPoint {
        Objects.requireNonNull(lane, "lane");
        if (row < 0) {
            throw new IllegalArgumentException("row must be ≥ 0, got " + row);
        }
    }
}
