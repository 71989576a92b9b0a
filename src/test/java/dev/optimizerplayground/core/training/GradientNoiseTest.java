package dev.optimizerplayground.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GradientNoiseTest {

    @Test
    void exactGradientsAreCopiedUnchanged() {
        double[] sample = new double[2];
        GradientNoise.NONE.newSampler().sample(new double[] {3, -4}, sample);
        assertThat(sample).containsExactly(3, -4);
        assertThat(GradientNoise.NONE.isExact()).isTrue();
    }

    @Test
    void theSameSeedGivesTheSameSequence() {
        GradientNoise noise = new GradientNoise(0.5, 42);
        GradientNoise.Sampler a = noise.newSampler();
        GradientNoise.Sampler b = noise.newSampler();
        GradientNoise.Sampler other = noise.withSeed(43).newSampler();
        double[] gradient = {1, 2};
        double[] sa = new double[2];
        double[] sb = new double[2];
        double[] so = new double[2];
        boolean differs = false;
        for (int i = 0; i < 100; i++) {
            a.sample(gradient, sa);
            b.sample(gradient, sb);
            other.sample(gradient, so);
            assertThat(sa).containsExactly(sb);
            differs |= sa[0] != so[0];
        }
        assertThat(differs).as("another seed gives other noise").isTrue();
    }

    @Test
    void noiseHasMeanZeroAndStandardDeviationSigma() {
        double sigma = 0.3;
        GradientNoise.Sampler sampler = new GradientNoise(sigma, 7).newSampler();
        int n = 200_000;
        double[] gradient = {1.5, -2};
        double[] sample = new double[2];
        double[] sum = new double[2];
        double[] sumSquares = new double[2];
        for (int i = 0; i < n; i++) {
            sampler.sample(gradient, sample);
            for (int p = 0; p < 2; p++) {
                double z = sample[p] - gradient[p];
                sum[p] += z;
                sumSquares[p] += z * z;
            }
        }
        for (int p = 0; p < 2; p++) {
            double mean = sum[p] / n;
            double sd = Math.sqrt(sumSquares[p] / n - mean * mean);
            // Standard errors: σ/√n ≈ 6.7e-4 for the mean, σ/√(2n) ≈ 4.7e-4 for the deviation;
            // five of them is a bound a correct sampler essentially never crosses.
            assertThat(Math.abs(mean)).as("mean of component %d", p).isLessThan(5 * sigma / Math.sqrt(n));
            assertThat(Math.abs(sd - sigma)).as("sd of component %d", p).isLessThan(5 * sigma / Math.sqrt(2.0 * n));
        }
    }

    @Test
    void refusesANegativeOrInfiniteSigma() {
        assertThatThrownBy(() -> new GradientNoise(-0.1, 0)).hasMessage("noise σ must be a finite number >= 0, got -0.1");
        assertThatThrownBy(() -> new GradientNoise(Double.POSITIVE_INFINITY, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GradientNoise(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
