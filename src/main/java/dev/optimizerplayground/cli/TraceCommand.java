package dev.optimizerplayground.cli;

import dev.optimizerplayground.core.format.TraceColumns;
import dev.optimizerplayground.core.format.TrajectoryCsv;
import dev.optimizerplayground.core.format.TrajectoryJson;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.run.Breakdown;
import dev.optimizerplayground.core.run.RunSummary;
import dev.optimizerplayground.core.run.StepLimits;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.SurfaceParseException;
import java.io.IOException;
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

    @Option(names = "--state",
            description = {"Append the optimizer's state after each step, named as PyTorch's optimizer.state",
                    "names it (square_avg_x,square_avg_y,..., exp_avg_x,..., mu_product); empty at step 0."})
    boolean state;

    @Option(names = "--hessian",
            description = "Append h_xx,h_xy,h_yy: the exact Hessian of f at each row's point (automatic differentiation).")
    boolean hessian;

    @Mixin
    OptimizerOptions optimizer;

    @Mixin
    NoiseOptions noise;

    @Override
    public Integer call() throws SurfaceParseException, IOException {
        RunSpec run = new RunSpec(Presets.resolve(surface), optimizer.toConfig(), start, steps, tolerance)
                .withNoise(noise.noise())
                .withSchedule(optimizer.schedule());
        // Rows are printed as they are computed: a million steps must not be held in memory.
        PrintWriter out = spec.commandLine().getOut();
        RunSummary summary;
        TraceColumns columns = new TraceColumns(state, hessian);
        if (format == Format.csv) {
            summary = Runner.stream(run, TrajectoryCsv.streamingTo(out, columns, run.surface()));
        } else {
            summary = TrajectoryJson.stream(run, out, columns);
            if (summary.length() > 0) {
                out.println();
            }
        }
        out.flush();
        if (summary.length() == 0) {
            // Nothing diverged: there is no row to print, so the start itself is the bad input.
            throw new IllegalArgumentException(undefinedAtStart(run, summary.breakdown()) + "; choose another --start");
        }
        summary.breakdownIfDiverged().ifPresent(breakdown -> spec.commandLine().getErr().println(
                run.optimizer().kind().id() + " diverged at step " + summary.divergedAt()
                        + ": " + breakdown.describe() + "; printed the " + summary.length()
                        + " rows before it"));
        return 0;
    }

    /** Names the gradient, not f, where only the gradient is undefined (√x at x = 0). */
    private static String undefinedAtStart(RunSpec run, Breakdown breakdown) {
        Point at = run.start();
        String where = "at the start (" + at.x() + ", " + at.y() + ")";
        return breakdown == Breakdown.GRADIENT
                ? "the gradient of f is not defined " + where + ", although f is (" + run.surface().value(at.x(), at.y()) + ")"
                : "f(x, y) is not defined " + where;
    }
}
