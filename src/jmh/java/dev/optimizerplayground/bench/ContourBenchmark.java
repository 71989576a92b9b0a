package dev.optimizerplayground.bench;

import dev.optimizerplayground.core.surface.Preset;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.surface.SurfaceParseException;
import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.plot.ContourComputation;
import dev.optimizerplayground.plot.ContourResult;
import dev.optimizerplayground.plot.LevelScale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The full contour pipeline (sample, levels, filled raster, contour lines) at the default plot size,
 * for the named preset exactly as the app draws it: its compiled surface over its own view window.
 * Any preset id may be passed with {@code -p surface=...}; an unknown one fails the setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ContourBenchmark {

    @Param({"rosenbrock", "rastrigin"})
    public String surface;

    @Param({"800x600"})
    public String size;

    private Preset preset;
    private Surface compiled;
    private int width;
    private int height;

    @Setup
    public void setUp() throws SurfaceParseException {
        String[] wh = size.split("x");
        width = Integer.parseInt(wh[0]);
        height = Integer.parseInt(wh[1]);
        preset = Presets.byId(surface).orElseThrow(() -> new IllegalArgumentException(
                "unknown preset '" + surface + "'; choose one of " + Presets.all().stream().map(Preset::id).toList()));
        compiled = Surface.parse(preset.formula());
    }

    @Benchmark
    public ContourResult compute() {
        return ContourComputation.compute(compiled::newEvaluator, preset.window(), width, height, LevelScale.AUTO,
                CancellationToken.none());
    }
}
