package dev.optimizerplayground.cli;

import dev.optimizerplayground.core.format.TrajectoryCsv;
import dev.optimizerplayground.core.format.TrajectoryJson;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.run.StepLimits;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.SurfaceParseException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trace}: runs one optimizer headless and prints every step. Never starts JavaFX. */
@Command(name = "trace", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run one optimizer on a surface and print its trajectory, one row per step.",
                "A diverged run prints the rows before it diverged, says so on stderr and exits 0;",
                "a start where f is not defined is bad input (exit 2)."},
        footer = {"", "Example:",
                "  trace --surface rosenbrock --optimizer rmsprop --lr 0.01 --steps 100 --start -1.5,2"})
public final class TraceCommand implements Callable<Integer> {

    enum Format { csv, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--surface", required = true, paramLabel = "TEXT",
            description = "A preset name (rosenbrock, elongated-valley, ...) or a formula in x and y.")
    String surface;

    @Option(names = "--start", required = true, paramLabel = "X,Y", converter = PointConverter.class,
            description = "Start point, e.g. -1.5,2.")
    Point start;

    @Option(names = "--steps", required = true, paramLabel = "N",
            description = "Number of steps (0 prints just the start row; at most " + StepLimits.MAX_RUN_STEPS + ").")
    int steps;

    @Option(names = "--tolerance", paramLabel = "TOL",
            description = "Gradient norm under which the run counts as converged (default: ${DEFAULT-VALUE}).")
    double tolerance = RunSpec.DEFAULT_TOLERANCE;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv (default) or json.")
    Format format = Format.csv;

    @Mixin
    OptimizerOptions optimizer;

    @Mixin
    TrainingOptions training;

    @Override
    public Integer call() throws SurfaceParseException {
        RunSpec run = training.applyTo(
                new RunSpec(Presets.resolve(surface), optimizer.toConfig(), start, steps, tolerance));
        Trajectory trajectory = Runner.run(run);
        if (trajectory.length() == 0) {
            // Nothing diverged: there is no row to print, so the start itself is the bad input.
            throw new IllegalArgumentException("f(x, y) or its gradient is not defined at the start ("
                    + start.x() + ", " + start.y() + "); choose another --start");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.csv) {
            TrajectoryCsv.write(trajectory, out);
        } else {
            out.println(TrajectoryJson.toString(trajectory));
        }
        out.flush();
        trajectory.divergedAt().ifPresent(step -> spec.commandLine().getErr().println(
                run.optimizer().kind().id() + " diverged at step " + step
                        + ": θ, f(θ) or ∇f(θ) is no longer finite; printed the " + trajectory.length()
                        + " rows before it"));
        return 0;
    }
}
