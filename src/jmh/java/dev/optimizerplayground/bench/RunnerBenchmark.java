package dev.optimizerplayground.bench;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Presets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A 100,000-step run on Rosenbrock: the issue asks for well under a second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RunnerBenchmark {

    @Param({"rmsprop", "adam"})
    public String optimizer;

    private RunSpec spec;

    @Setup
    public void setUp() throws Exception {
        OptimizerConfig config = OptimizerConfig.defaults(OptimizerKind.fromId(optimizer), Convention.TEXTBOOK);
        spec = new RunSpec(Presets.resolve("rosenbrock"), config, new Point(-1.5, 2), 100_000);
    }

    @Benchmark
    public Trajectory rosenbrock100kSteps() {
        return Runner.run(spec);
    }
}
