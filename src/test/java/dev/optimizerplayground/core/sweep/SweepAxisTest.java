package dev.optimizerplayground.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import org.junit.jupiter.api.Test;

class SweepAxisTest {

    private static final SweepAxis.Parameter LR = OptimizerConfig::withLearningRate;

    @Test
    void linearValuesFollowTheFormulaAndHitBothEnds() {
        SweepAxis axis = new SweepAxis("beta", OptimizerConfig::withBeta, 0, 0.99, false, 4);
        assertThat(axis.value(0)).isEqualTo(0.0);
        assertThat(axis.value(1)).isEqualTo(0 + (0.99 - 0) * (1.0 / 3));
        assertThat(axis.value(3)).isEqualTo(0.99);
    }

    @Test
    void logValuesFollowTheFormula() {
        SweepAxis axis = new SweepAxis("lr", LR, 1e-4, 1, true, 5);
        for (int i = 0; i < 5; i++) {
            assertThat(axis.value(i)).isEqualTo(1e-4 * Math.pow(1 / 1e-4, i / 4.0));
        }
        assertThat(axis.value(0)).isEqualTo(1e-4);
        assertThat(axis.value(2)).isCloseTo(1e-2, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void oneValueIsTheFirstEnd() {
        assertThat(new SweepAxis("lr", LR, 0.3, 2, true, 1).value(0)).isEqualTo(0.3);
    }

    @Test
    void nearestIndexInvertsValue() {
        SweepAxis axis = new SweepAxis("lr", LR, 1e-4, 1, true, 33);
        for (int i = 0; i < 33; i++) {
            assertThat(axis.nearestIndex(axis.value(i))).isEqualTo(i);
        }
        assertThat(axis.nearestIndex(1e-9)).isZero();
        assertThat(axis.nearestIndex(50)).isEqualTo(32);
    }

    @Test
    void refusesWhatCannotBeComputed() {
        assertThatThrownBy(() -> new SweepAxis("lr", LR, 0, 1, true, 4))
                .hasMessage("a log range of lr needs both ends > 0, got 0:1");
        assertThatThrownBy(() -> new SweepAxis("lr", LR, -1, 1, true, 4)).hasMessageContaining("needs both ends > 0");
        assertThatThrownBy(() -> new SweepAxis("lr", LR, 0.1, 1, false, 1001))
                .hasMessage("count of lr values must be between 1 and 1000, got 1001");
        assertThatThrownBy(() -> new SweepAxis("lr", LR, 0.1, 1, false, 0)).hasMessageContaining("between 1 and 1000");
        assertThatThrownBy(() -> new SweepAxis("lr", LR, 0.1, Double.NaN, false, 3))
                .hasMessageContaining("two finite numbers");
    }
}
