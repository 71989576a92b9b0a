package dev.optimizerplayground.bench;

import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.surface.Preset;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.sweep.BasinMap;
import dev.optimizerplayground.core.sweep.CellOutcomes;
import dev.optimizerplayground.core.sweep.GridComputation;
import dev.optimizerplayground.core.sweep.HyperparameterSweep;
import dev.optimizerplayground.core.sweep.SweepAxis;
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
 * The speed goals, on all cores: a 64×64 sweep of 500 steps (RMSProp, η log × β) and a
 * 200×200 basin map of 500 steps (SGD), each under 1 s, from each preset's own start and window.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SweepBenchmark {

    @Param({"rosenbrock", "himmelblau", "rastrigin"})
    public String preset;

    private HyperparameterSweep sweep;
    private BasinMap basins;

    @Setup
    public void setUp() throws Exception {
        Preset p = Presets.byId(preset).orElseThrow();
        Surface surface = Surface.parse(p.formula());
        OptimizerConfig rmsprop = OptimizerConfig.defaults(OptimizerKind.RMSPROP, Convention.TEXTBOOK);
        sweep = new HyperparameterSweep(new RunSpec(surface, rmsprop, p.start(), 500),
                new SweepAxis("lr", OptimizerConfig::withLearningRate, 1e-4, 1, true, 64),
                new SweepAxis("beta", OptimizerConfig::withBeta, 0, 0.99, false, 64));
        OptimizerConfig sgd = OptimizerConfig.defaults(OptimizerKind.SGD, Convention.TEXTBOOK).withLearningRate(0.001);
        basins = new BasinMap(new RunSpec(surface, sgd, p.start(), 500), p.window(), 200, 200, p.minima());
    }

    @Benchmark
    public CellOutcomes sweep64x64of500Steps() {
        return GridComputation.compute(sweep, CancellationToken.none(), snapshot -> { });
    }

    @Benchmark
    public CellOutcomes basins200x200of500Steps() {
        return GridComputation.compute(basins, CancellationToken.none(), snapshot -> { });
    }
}
