package dev.optimizerplayground.bench;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Preset;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.surface.SurfaceParseException;
import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.plot.ColorBands;
import dev.optimizerplayground.plot.Colormap;
import dev.optimizerplayground.plot.ContourLevels;
import dev.optimizerplayground.plot.GridSampler;
import dev.optimizerplayground.plot.LevelScale;
import dev.optimizerplayground.plot.SampledGrid;
import dev.optimizerplayground.plot.landscape.Camera;
import dev.optimizerplayground.plot.landscape.LandscapeMesh;
import dev.optimizerplayground.plot.landscape.LandscapeRenderer;
import dev.optimizerplayground.plot.landscape.LandscapeScene;
import dev.optimizerplayground.plot.landscape.LandscapeTrail;
import dev.optimizerplayground.plot.landscape.Projection;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One frame of the 3D view while it is being rotated: a 200×200 mesh (from the 800×600 contour grid)
 * with four 10,000-step trails and their balls, drawn at 800×600, the camera a degree further round
 * each frame. The goal is 60 frames per second: at most 16.7 ms a frame.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LandscapeBenchmark {

    @Param({"elongated-valley", "rosenbrock"})
    public String surface;

    private static final int STEPS = 10_000;

    private LandscapeRenderer renderer;
    private LandscapeMesh mesh;
    private List<LandscapeTrail> trails;
    private List<Point> minima;
    private double azimuth;

    @Setup
    public void setUp() throws SurfaceParseException {
        Preset preset = Presets.byId(surface).orElseThrow();
        Surface f = Surface.parse(preset.formula());
        SampledGrid grid = GridSampler.sample(f::newEvaluator, preset.window(), 800, 600, CancellationToken.none());
        mesh = LandscapeMesh.of(grid, ColorBands.of(ContourLevels.forGrid(grid, LevelScale.AUTO), Colormap.VIRIDIS));
        OptimizerKind[] kinds = {OptimizerKind.RMSPROP, OptimizerKind.ADAGRAD, OptimizerKind.SGD, OptimizerKind.ADAM};
        double[] rates = surface.equals("rosenbrock") ? new double[] {0.01, 0.5, 0.001, 0.05} : new double[] {0.1, 0.5, 0.09, 0.1};
        int[] colours = {0xFFE4572E, 0xFF17BEBB, 0xFFFFC914, 0xFF76B041};
        trails = new ArrayList<>();
        for (int k = 0; k < kinds.length; k++) {
            OptimizerConfig config = OptimizerConfig.defaults(kinds[k], Convention.TEXTBOOK).withLearningRate(rates[k]);
            trails.add(new LandscapeTrail(Runner.run(new RunSpec(f, config, preset.start(), STEPS)), colours[k]));
        }
        minima = preset.minima();
        renderer = new LandscapeRenderer(800, 600);
    }

    @Benchmark
    public Projection rotatingFrame(CpuTime cpu) {
        azimuth += 1;
        Camera camera = Camera.DEFAULT.withAngles(azimuth, Camera.DEFAULT.elevation());
        Projection projection = renderer.render(new LandscapeScene(mesh, camera, trails, STEPS, minima, 1, 0xFFFFFFFF));
        cpu.frameDone();
        return projection;
    }

    /**
     * The CPU time a frame takes, all threads of the process together: on a shared, loaded machine
     * the wall time says more about the other processes than about the renderer, while this says
     * what a frame asks of an idle machine's cores (divide by their number for the wall time).
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private static final OperatingSystemMXBean OS =
                (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        public double cpuMsPerFrame;
        private long start;
        private long frames;
        private int iterations;

        @Setup(Level.Iteration)
        public void reset(BenchmarkParams params) {
            start = OS.getProcessCpuTime();
            frames = 0;
            iterations = params.getMeasurement().getCount();
        }

        /** JMH adds an EVENTS counter up over the measurement iterations: each holds its share of the mean. */
        void frameDone() {
            frames++;
            cpuMsPerFrame = (OS.getProcessCpuTime() - start) / 1e6 / frames / iterations;
        }
    }
}
