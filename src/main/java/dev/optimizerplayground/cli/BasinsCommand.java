package dev.optimizerplayground.cli;

import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.core.io.AtomicFiles;
import dev.optimizerplayground.core.format.CellGridCsv;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Preset;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.SurfaceParseException;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.core.sweep.BasinMap;
import dev.optimizerplayground.core.sweep.CellOutcomes;
import dev.optimizerplayground.core.sweep.GridComputation;
import dev.optimizerplayground.core.sweep.SweepAxis;
import dev.optimizerplayground.core.text.NumberText;
import dev.optimizerplayground.export.PngEncoder;
import dev.optimizerplayground.plot.CellMapRaster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code basins}: starts one optimizer from the centre of every cell of a window and writes where
 * each run ends: which known minimum, elsewhere, or diverged. Never starts JavaFX.
 */
@Command(name = "basins", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Start a run at the centre of every cell of a grid over the window and write where each ends: "
                + "its basin of attraction.",
                "CSV: one row per cell, top row of the window first, columns "
                        + "x0,y0,end_x,end_y,final_loss,converged_step,diverged_step,minimum (minimum: the 0-based "
                        + "index of the preset's known minimum within 1e-3 of the end point; empty when none).",
                "PNG: one colour per known minimum, grey for anywhere else, diverged runs hatched."},
        footer = {"", "Example:",
                "  basins --surface himmelblau --optimizer sgd --lr 0.01 --steps 500 --grid 200x200 --out basins.png"})
public final class BasinsCommand implements Callable<Integer> {

    private static final int PICTURE_SIDE = 600;

    @Spec
    CommandSpec spec;

    @Option(names = "--surface", required = true, paramLabel = "TEXT",
            description = "A preset name (its window and known minima come with it) or a formula in x and y.")
    String surface;

    @Mixin
    OptimizerOptions optimizer;

    @Mixin
    NoiseOptions noise;

    @Option(names = "--steps", required = true, paramLabel = "N", description = "Steps of each run.")
    int steps;

    @Option(names = "--tolerance", paramLabel = "TOL",
            description = "Gradient norm under which a run counts as converged (default: ${DEFAULT-VALUE}).")
    double tolerance = RunSpec.DEFAULT_TOLERANCE;

    @Option(names = "--grid", required = true, paramLabel = "WxH", converter = GridConverter.class,
            description = "Cells across and down, each 1 to " + SweepAxis.MAX_COUNT + ", e.g. 200x200.")
    GridSize grid;

    @Option(names = "--window", paramLabel = "XMIN,XMAX,YMIN,YMAX", converter = WindowConverter.class,
            description = "The start points' rectangle (default: the preset's window; required for a formula).")
    ViewWindow window;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "basins.csv or basins.png.")
    Path out;

    @Override
    public Integer call() throws IOException, SurfaceParseException {
        String format = OutputFile.check(out, "csv", "png");
        Optional<Preset> preset = Presets.byId(surface);
        ViewWindow area = window != null ? window : preset.map(Preset::window).orElseThrow(
                () -> new IllegalArgumentException("--window XMIN,XMAX,YMIN,YMAX is needed for a formula"));
        List<Point> minima = preset.map(Preset::minima).orElse(List.of());
        // The window's centre stands in for base's start, which every cell replaces with its own.
        Point centre = new Point(area.xMin() + area.width() / 2, area.yMin() + area.height() / 2);
        RunSpec base = new RunSpec(Presets.resolve(surface), optimizer.toConfig(), centre, steps,
                tolerance).withNoise(noise.noise()).withSchedule(optimizer.schedule());
        BasinMap map = new BasinMap(base, area, grid.columns(), grid.rows(), minima);

        long began = System.nanoTime();
        CellOutcomes cells = GridComputation.compute(map, CancellationToken.none(), snapshot -> { });
        double seconds = (System.nanoTime() - began) / 1e9;
        if (format.equals("csv")) {
            StringBuilder csv = new StringBuilder(map.columns() * map.rows() * 120);
            CellGridCsv.writeBasins(map, cells, csv);
            AtomicFiles.writeString(out, csv.toString());
        } else {
            int cell = Math.max(1, PICTURE_SIDE / Math.max(map.columns(), map.rows()));
            int[] argb = CellMapRaster.raster(map.columns(), map.rows(), cell, cell,
                    CellMapRaster.byBasin(cells, map::minimumNear));
            AtomicFiles.write(out, stream -> PngEncoder.write(stream, argb, map.columns() * cell, map.rows() * cell,
                    description(area, minima.size())));
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %d×%d starts of %d steps in %.2f s%n",
                out.toAbsolutePath(), map.columns(), map.rows(), steps, seconds);
        return 0;
    }

    private String description(ViewWindow area, int minimumCount) {
        return "Basins of attraction of " + optimizer.kind().id() + " on " + surface + ", " + steps + " steps, starts in x "
                + NumberText.exact(area.xMin()) + ".." + NumberText.exact(area.xMax()) + ", y "
                + NumberText.exact(area.yMin()) + ".." + NumberText.exact(area.yMax()) + ". Colour: which of the "
                + minimumCount + " known minima the run ends at; grey: elsewhere; hatched: diverged.";
    }

    /** Cells across and down. */
    record GridSize(int columns, int rows) {
    }

    /** Reads WxH, e.g. 200x200. */
    static final class GridConverter implements ITypeConverter<GridSize> {
        @Override
        public GridSize convert(String text) {
            String[] parts = text.toLowerCase(Locale.ROOT).split("[x×]", -1);
            try {
                if (parts.length == 2) {
                    return new GridSize(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
                }
            } catch (NumberFormatException e) {
                // falls through to the one message below
            }
            throw new TypeConversionException("expected WxH (two whole numbers, e.g. 200x200), got '" + text + "'");
        }
    }

    /** Reads XMIN,XMAX,YMIN,YMAX. */
    static final class WindowConverter implements ITypeConverter<ViewWindow> {
        @Override
        public ViewWindow convert(String text) {
            String[] parts = text.split(",", -1);
            if (parts.length != 4) {
                throw new TypeConversionException("expected XMIN,XMAX,YMIN,YMAX (four numbers), got '" + text + "'");
            }
            double[] v = new double[4];
            for (int i = 0; i < 4; i++) {
                try {
                    v[i] = Double.parseDouble(parts[i].strip());
                } catch (NumberFormatException e) {
                    throw new TypeConversionException("'" + parts[i].strip() + "' in '" + text + "' is not a number");
                }
            }
            try {
                return new ViewWindow(v[0], v[1], v[2], v[3]);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
