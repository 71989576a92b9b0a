package dev.optimizerplayground.session;

import dev.optimizerplayground.core.run.RunCloud;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.training.GradientNoise;
import java.util.Objects;

/**
 * The playground's gradient noise: σ and seed, shared by every lane so that the race is fair
 * (common random numbers), and how many runs each lane draws as a cloud: run k with seed s + k.
 *
 * @param gradient σ and seed; {@link GradientNoise#NONE} for exact gradients
 * @param cloudRuns runs per lane, 1 … {@value RunCloud#MAX_RUNS}; with exact gradients they would
 *     all be the same run, so only one is computed then
 */
public record NoiseSettings(GradientNoise gradient, int cloudRuns) {

    /** Exact gradients; a cloud of the default size once σ is raised. */
    public static final NoiseSettings NONE = new NoiseSettings(GradientNoise.NONE, RunCloud.DEFAULT_RUNS);

    public NoiseSettings {
        Objects.requireNonNull(gradient, "gradient");
        if (cloudRuns < 1 || cloudRuns > RunCloud.MAX_RUNS) {
            throw new IllegalArgumentException(Messages.get("error.run.cloud-size", RunCloud.MAX_RUNS, cloudRuns));
        }
    }

    /** True when the lanes run as clouds: noisy gradients and more than one run each. */
    public boolean drawsClouds() {
        return !gradient.isExact() && cloudRuns > 1;
    }

    public NoiseSettings withSigma(double sigma) {
        return new NoiseSettings(new GradientNoise(sigma, gradient.seed()), cloudRuns);
    }

    public NoiseSettings withSeed(long seed) {
        return new NoiseSettings(gradient.withSeed(seed), cloudRuns);
    }

    public NoiseSettings withCloudRuns(int runs) {
        return new NoiseSettings(gradient, runs);
    }
}
