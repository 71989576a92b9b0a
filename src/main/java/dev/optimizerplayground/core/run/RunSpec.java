package dev.optimizerplayground.core.run;

import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.text.NumberText;
import java.util.Objects;

/**
 * Everything that determines a run: surface, optimizer configuration, start point and step budget.
 * Validated on construction, so a run built from a spec cannot fail on bad input.
 *
 * @param tolerance a run counts as converged at the first step whose gradient norm is below this
 */
public record RunSpec(Surface surface, OptimizerConfig optimizer, Point start, int steps, double tolerance) {

    /** Gradient norm under which a run is marked converged, unless a spec says otherwise. */
    public static final double DEFAULT_TOLERANCE = 1e-6;

    public RunSpec {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(start, "start");
        if (!Double.isFinite(start.x()) || !Double.isFinite(start.y())) {
            throw new IllegalArgumentException(
                    "start point must be two finite numbers, got " + start.x() + "," + start.y());
        }
        if (steps < 0 || steps > StepLimits.MAX_RUN_STEPS) {
            throw new IllegalArgumentException(
                    "steps must be between 0 and " + StepLimits.MAX_RUN_STEPS + ", got " + steps);
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number >= 0, got " + NumberText.exact(tolerance));
        }
        optimizer.validate();
    }

    public RunSpec(Surface surface, OptimizerConfig optimizer, Point start, int steps) {
        this(surface, optimizer, start, steps, DEFAULT_TOLERANCE);
    }
}
