package dev.optimizerplayground.core.training;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.NumberText;
import java.util.Random;

/**
 * Gaussian noise added to each gradient component, standing in for the noise of mini-batch
 * gradients: the optimizer steps along g + σ·z with z ~ N(0, 1) per component.
 *
 * <p>Common random numbers: the noise of update t is the same for every optimizer with the same
 * seed (each run draws exactly two numbers per update, x then y, from its own {@link Random}), so
 * a race between optimizers compares them on the same noisy gradients. {@link Random}'s Gaussian
 * algorithm is fixed by its specification, so a seed gives the same run on every JVM.
 *
 * @param sigma standard deviation per component; 0 means exact gradients
 * @param seed where the noise sequence starts; shown and editable so a run can be reproduced
 */
public record GradientNoise(double sigma, long seed) {

    /** Exact gradients. */
    public static final GradientNoise NONE = new GradientNoise(0, 0);

    public GradientNoise {
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException(
                    Messages.get("error.value.non-negative", Messages.get("training.noise.sigma"), NumberText.exact(sigma)));
        }
    }

    public boolean isExact() {
        return sigma == 0;
    }

    /** The same σ starting from another seed: run k of a cloud uses seed + k. */
    public GradientNoise withSeed(long newSeed) {
        return new GradientNoise(sigma, newSeed);
    }

    /** A fresh noise sequence for one run. */
    public Sampler newSampler() {
        return new Sampler(sigma, seed);
    }

    /** The noise of one run, drawn update after update. Not thread-safe: one per run. */
    public static final class Sampler {
        private final double sigma;
        private final Random random;

        private Sampler(double sigma, long seed) {
            this.sigma = sigma;
            this.random = sigma == 0 ? null : new Random(seed);
        }

        /** Writes the sample gradient g + σ·z into {@code sample}; exact gradients are copied as they are. */
        public void sample(double[] gradient, double[] sample) {
            for (int i = 0; i < gradient.length; i++) {
                sample[i] = random == null ? gradient[i] : gradient[i] + sigma * random.nextGaussian();
            }
        }
    }
}
