package dev.optimizerplayground.cli;

import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.core.io.AtomicFiles;
import dev.optimizerplayground.core.format.CellGridCsv;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.SurfaceParseException;
import dev.optimizerplayground.core.sweep.CellOutcomes;
import dev.optimizerplayground.core.sweep.GridComputation;
import dev.optimizerplayground.core.sweep.HyperparameterSweep;
import dev.optimizerplayground.core.sweep.SweepAxis;
import dev.optimizerplayground.core.text.NumberText;
import dev.optimizerplayground.export.PngEncoder;
import dev.optimizerplayground.plot.CellMapRaster;
import dev.optimizerplayground.core.optimizer.Hyperparameter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code sweep}: runs one optimizer at every combination of one or two of its hyperparameters and
 * writes how each run ended, as CSV or as a picture. Never starts JavaFX.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run one optimizer over a grid of one or two of its hyperparameters and write how each run "
                + "ended: final loss, the step it converged at, the step it diverged at.",
                "A linear axis takes A+(B-A)*i/(N-1), a log axis A*(B/A)^(i/(N-1)), i = 0..N-1. Without --y-param it "
                        + "is a 1-D sweep. Each cell equals what trace gives for the same settings.",
                "CSV: one row per cell, columns P,Q,final_loss,converged_step,diverged_step (empty when none). "
                        + "PNG: final loss on a log scale (viridis, dark is low), diverged runs hatched."},
        footer = {"", "Example:",
                "  sweep --surface rosenbrock --start -1.5,2 --steps 500 --optimizer rmsprop --x-param lr "
                        + "--x-range 1e-4:1 --x-log --x-count 64 --y-param beta --y-range 0:0.99 --y-count 64 "
                        + "--out sweep.png"})
public final class SweepCommand implements Callable<Integer> {

    /** Pixels across the longer side of a picture of a small grid. */
    private static final int PICTURE_SIDE = 512;
    /** Height of the strip that pictures a 1-D sweep. */
    private static final int STRIP_HEIGHT = 48;

    @Spec
    CommandSpec spec;

    @Option(names = "--surface", required = true, paramLabel = "TEXT",
            description = "A preset name (rosenbrock, elongated-valley, ...) or a formula in x and y.")
    String surface;

    @Option(names = "--start", required = true, paramLabel = "X,Y", converter = PointConverter.class,
            description = "Start point of every run, e.g. -1.5,2.")
    Point start;

    @Option(names = "--steps", required = true, paramLabel = "N", description = "Steps of each run.")
    int steps;

    @Option(names = "--tolerance", paramLabel = "TOL",
            description = "Gradient norm under which a run counts as converged (default: ${DEFAULT-VALUE}).")
    double tolerance = RunSpec.DEFAULT_TOLERANCE;

    @Mixin
    OptimizerOptions optimizer;

    @Mixin
    NoiseOptions noise;

    @Option(names = "--x-param", required = true, paramLabel = "P",
            description = "The swept option, named as in trace without dashes: lr, momentum, beta, beta1, beta2, "
                    + "eps, initial-accumulator, momentum-decay.")
    String xParam;

    @Option(names = "--x-range", required = true, paramLabel = "A:B", converter = RangeConverter.class,
            description = "First and last value of P.")
    Range xRange;

    @Option(names = "--x-log", description = "Space the values of P on a log scale (needs A, B > 0).")
    boolean xLog;

    @Option(names = "--x-count", required = true, paramLabel = "N",
            description = "Number of values of P (1 to " + SweepAxis.MAX_COUNT + ").")
    int xCount;

    @Option(names = "--y-param", paramLabel = "Q", description = "A second swept option (a 2-D sweep).")
    String yParam;

    @Option(names = "--y-range", paramLabel = "C:D", converter = RangeConverter.class,
            description = "First and last value of Q.")
    Range yRange;

    @Option(names = "--y-log", description = "Space the values of Q on a log scale (needs C, D > 0).")
    boolean yLog;

    @Option(names = "--y-count", paramLabel = "M", description = "Number of values of Q (1 to "
            + SweepAxis.MAX_COUNT + ").")
    Integer yCount;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "sweep.csv or sweep.png.")
    Path out;

    @Override
    public Integer call() throws IOException, SurfaceParseException {
        String format = OutputFile.check(out, "csv", "png");
        OptimizerConfig base = optimizer.toConfig();
        SweepAxis x = axis("--x", xParam, xRange, xLog, xCount);
        SweepAxis y = null;
        if (yParam != null) {
            if (yRange == null || yCount == null) {
                throw new IllegalArgumentException("--y-param needs --y-range C:D and --y-count M");
            }
            y = axis("--y", yParam, yRange, yLog, yCount);
        } else if (yRange != null || yCount != null || yLog) {
            throw new IllegalArgumentException("--y-range, --y-count and --y-log need --y-param");
        }
        RunSpec run = new RunSpec(Presets.resolve(surface), base, start, steps, tolerance)
                .withNoise(noise.noise()).withSchedule(optimizer.schedule());
        HyperparameterSweep sweep = new HyperparameterSweep(run, x, y);
        if (Runner.outcome(new RunSpec(run.surface(), base, start, 0, tolerance)).length() == 0) {
            throw new IllegalArgumentException("f(x, y) or its gradient is not defined at the start (" + start.x() + ", "
                    + start.y() + "); choose another --start");
        }

        long began = System.nanoTime();
        CellOutcomes cells = GridComputation.compute(sweep, CancellationToken.none(), snapshot -> { });
        double seconds = (System.nanoTime() - began) / 1e9;
        if (format.equals("csv")) {
            StringBuilder csv = new StringBuilder(sweep.columns() * sweep.rows() * 60);
            CellGridCsv.writeSweep(sweep, cells, csv);
            AtomicFiles.writeString(out, csv.toString());
        } else {
            writePicture(sweep, cells);
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %s cells of %d steps in %.2f s%n",
                out.toAbsolutePath(), sweep.columns() + (y == null ? "" : "×" + sweep.rows()), steps, seconds);
        return 0;
    }

    private SweepAxis axis(String option, String name, Range range, boolean log, int count) {
        String key = name.replaceFirst("^-+", "");
        Hyperparameter parameter = OptimizerOptions.numeric(key, optimizer.kind());
        if (spec.commandLine().getParseResult().hasMatchedOption("--" + key)) {
            throw new IllegalArgumentException(option + "-param " + key + " sweeps --" + key
                    + "; leave --" + key + " out");
        }
        return new SweepAxis(key, parameter::with, range.from(), range.to(), log, count);
    }

    private void writePicture(HyperparameterSweep sweep, CellOutcomes cells) throws IOException {
        int cellWidth = Math.max(1, PICTURE_SIDE / Math.max(sweep.columns(), sweep.rows()));
        int cellHeight = sweep.rows() == 1 ? Math.max(STRIP_HEIGHT, cellWidth) : cellWidth;
        int[] argb = CellMapRaster.raster(sweep.columns(), sweep.rows(), cellWidth, cellHeight,
                CellMapRaster.byFinalLoss(cells));
        int width = sweep.columns() * cellWidth;
        int height = sweep.rows() * cellHeight;
        AtomicFiles.write(out, stream -> PngEncoder.write(stream, argb, width, height, description(sweep)));
    }

    private String description(HyperparameterSweep sweep) {
        StringBuilder text = new StringBuilder("Sweep of ").append(axisText(sweep.x()));
        sweep.y().ifPresent(y -> text.append(" (left to right) × ").append(axisText(y)).append(" (bottom to top)"));
        return text.append(" for ").append(optimizer.kind().id()).append(" on ").append(surface)
                .append(" from (").append(NumberText.exact(start.x())).append(", ")
                .append(NumberText.exact(start.y())).append("), ").append(steps)
                .append(" steps. Colour: final loss, log scale, dark is low; hatched: diverged.").toString();
    }

    private static String axisText(SweepAxis axis) {
        return axis.name() + " " + NumberText.exact(axis.from()) + ".." + NumberText.exact(axis.to())
                + (axis.log() ? " log" : "") + ", " + axis.count() + " values";
    }

    /** A range A:B of a swept option. */
    record Range(double from, double to) {
    }

    /** Reads A:B, two numbers separated by a colon (each may be negative or written 1e-4). */
    static final class RangeConverter implements ITypeConverter<Range> {
        @Override
        public Range convert(String text) {
            String[] parts = text.split(":", -1);
            if (parts.length != 2) {
                throw new TypeConversionException(
                        "expected A:B (two numbers separated by a colon), got '" + text + "'");
            }
            return new Range(number(parts[0], text), number(parts[1], text));
        }

        private static double number(String part, String text) {
            try {
                double value = Double.parseDouble(part.strip());
                if (!Double.isFinite(value)) {
                    throw new TypeConversionException("range ends must be finite, got '" + text + "'");
                }
                return value;
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + part.strip() + "' in '" + text
                        + "' is not a number");
            }
        }
    }
}
