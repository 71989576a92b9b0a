package dev.optimizerplayground.core.run;

import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.NumberText;
import dev.optimizerplayground.core.training.GradientNoise;
import dev.optimizerplayground.core.training.Schedule;
import java.util.Objects;

/**
 * Everything that determines a run: surface, optimizer configuration, start point, step budget and
 * the training conditions (gradient noise, learning-rate schedule). Validated on construction, so a
 * run built from a spec cannot fail on bad input.
 *
 * @param tolerance a run counts as converged at the first step whose gradient norm is below this
 * @param noise noise added to the gradient the optimizer sees ({@link GradientNoise#NONE}: exact)
 * @param schedule the learning rate of each update ({@link Schedule#CONSTANT}: the optimizer's η)
 */
public record RunSpec(Surface surface, OptimizerConfig optimizer, Point start, int steps, double tolerance,
                      GradientNoise noise, Schedule schedule) {

    /** Gradient norm under which a run is marked converged, unless a spec says otherwise. */
    public static final double DEFAULT_TOLERANCE = 1e-6;

    public RunSpec {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(noise, "noise");
        Objects.requireNonNull(schedule, "schedule");
        if (!Double.isFinite(start.x()) || !Double.isFinite(start.y())) {
            throw new IllegalArgumentException(Messages.get("error.run.start", start.x(), start.y()));
        }
        if (steps < 0 || steps > StepLimits.MAX_RUN_STEPS) {
            throw new IllegalArgumentException(Messages.get("error.steps.range", StepLimits.MAX_RUN_STEPS, steps));
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException(Messages.get("error.value.non-negative",
                    Messages.get("run.tolerance"), NumberText.exact(tolerance)));
        }
        optimizer.validate();
    }

    /** Exact gradients and a constant learning rate. */
    public RunSpec(Surface surface, OptimizerConfig optimizer, Point start, int steps, double tolerance) {
        this(surface, optimizer, start, steps, tolerance, GradientNoise.NONE, Schedule.CONSTANT);
    }

    public RunSpec(Surface surface, OptimizerConfig optimizer, Point start, int steps) {
        this(surface, optimizer, start, steps, DEFAULT_TOLERANCE);
    }

    public RunSpec withOptimizer(OptimizerConfig newOptimizer) {
        return new RunSpec(surface, newOptimizer, start, steps, tolerance, noise, schedule);
    }

    public RunSpec withSteps(int newSteps) {
        return new RunSpec(surface, optimizer, start, newSteps, tolerance, noise, schedule);
    }

    public RunSpec withNoise(GradientNoise newNoise) {
        return new RunSpec(surface, optimizer, start, steps, tolerance, newNoise, schedule);
    }

    public RunSpec withSchedule(Schedule newSchedule) {
        return new RunSpec(surface, optimizer, start, steps, tolerance, noise, newSchedule);
    }
}
