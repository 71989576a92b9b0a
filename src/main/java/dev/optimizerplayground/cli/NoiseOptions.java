package dev.optimizerplayground.cli;

import dev.optimizerplayground.core.training.GradientNoise;
import picocli.CommandLine.Option;

/**
 * Gradient noise, which every run-making command takes once for all its optimizers (so that a race
 * under noise is fair: the same seed gives every optimizer the same noise). Left out, the gradients
 * are exact.
 */
public final class NoiseOptions {

    @Option(names = "--noise", paramLabel = "SIGMA",
            description = "Add Gaussian noise of standard deviation SIGMA to each gradient component (default 0: exact).")
    Double sigma;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed of the gradient noise; the same seed gives every optimizer the same noise (default 0).")
    Long seed;

    /** The noise these options describe. @throws IllegalArgumentException naming the bad value */
    public GradientNoise noise() {
        return over(GradientNoise.NONE);
    }

    /** {@code base} (a scenario's noise, say) with σ and the seed replaced where given. */
    public GradientNoise over(GradientNoise base) {
        return new GradientNoise(sigma != null ? sigma : base.sigma(), seed != null ? seed : base.seed());
    }

    /** True when neither --noise nor --seed was given. */
    public boolean isEmpty() {
        return sigma == null && seed == null;
    }
}
