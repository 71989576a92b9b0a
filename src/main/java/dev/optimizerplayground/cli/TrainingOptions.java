package dev.optimizerplayground.cli;

import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.training.GradientNoise;
import dev.optimizerplayground.core.training.Schedule;
import picocli.CommandLine.Option;

/**
 * The training conditions every run-making command takes: gradient noise and a learning-rate
 * schedule with an optional warm-up. Left out, a run has exact gradients and a constant η.
 */
public final class TrainingOptions {

    @Option(names = "--noise", paramLabel = "SIGMA",
            description = "Add Gaussian noise of standard deviation SIGMA to each gradient component (default 0: exact).")
    double sigma;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed of the gradient noise; the same seed gives every optimizer the same noise (default 0).")
    long seed;

    @Option(names = "--schedule", paramLabel = "SCHEDULE",
            description = "Learning-rate schedule: constant (default), step:SIZE:GAMMA, exp:GAMMA or cosine:T[:ETA_MIN],"
                    + " as PyTorch's StepLR, ExponentialLR and CosineAnnealingLR.")
    String schedule = "constant";

    @Option(names = "--warmup", paramLabel = "K",
            description = "Linear warm-up over the first K updates (η·t/K), then the schedule counted from t − K (default 0).")
    int warmup;

    /** The noise these options describe. @throws IllegalArgumentException naming the bad value */
    public GradientNoise noise() {
        return new GradientNoise(sigma, seed);
    }

    /** The schedule these options describe. @throws IllegalArgumentException naming the bad value */
    public Schedule schedule() {
        if (warmup < 0) {
            throw new IllegalArgumentException("--warmup must be a whole number >= 0, got " + warmup);
        }
        return Schedule.parse(schedule).withWarmup(warmup);
    }

    /** {@code spec} under these conditions. */
    public RunSpec applyTo(RunSpec spec) {
        return spec.withNoise(noise()).withSchedule(schedule());
    }
}
