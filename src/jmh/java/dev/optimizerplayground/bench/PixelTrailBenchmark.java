package dev.optimizerplayground.bench;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.plot.PixelTrail;
import dev.optimizerplayground.plot.PlotTransform;
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
 * The worst trail there is to draw: 100,000 steps of SGD (η = 0.09) bouncing over Rastrigin, some
 * ten million pixels of line in a 670×680 plot. "wholeTrail" is what a jump to the last step or a
 * redraw after a zoom costs in reducing it to the pixel grid (the window spreads it over frames).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PixelTrailBenchmark {

    @Param({"0.09"})
    public double learningRate;

    private Trajectory trajectory;
    private PlotTransform transform;

    @Setup
    public void setUp() throws Exception {
        OptimizerConfig sgd = OptimizerConfig.defaults(OptimizerKind.SGD, Convention.TEXTBOOK)
                .withLearningRate(learningRate);
        trajectory = Runner.run(new RunSpec(Presets.resolve("rastrigin"), sgd, new Point(3.2, -2.7), 100_000));
        transform = new PlotTransform(new ViewWindow(-5.12, 5.12, -5.12, 5.12), 56, 12, 670, 680);
    }

    @Benchmark
    public int wholeTrail() {
        PixelTrail trail = new PixelTrail(trajectory, transform, 0.75, 1, 50, 6, 732, 698);
        trail.extendTo(trajectory.lastStep());
        return trail.size();
    }
}
