package dev.optimizerplayground.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.DoublePredicate;
import org.junit.jupiter.api.Test;

/** The chart's reduction of a long series to pixel columns, without JavaFX. */
class ColumnDecimationTest {

    private static final DoublePredicate FINITE = Double::isFinite;
    private static final DoublePredicate POSITIVE = v -> v > 0 && v < Double.POSITIVE_INFINITY;

    @Test
    void aSingleStepSpikeSurvivesInItsColumn() {
        int spikeAt = 6_543;
        ColumnDecimation d = ColumnDecimation.of(t -> t == spikeAt ? 1_000 : 1, 10_001, 10_000, 300, FINITE);

        int column = ColumnDecimation.columnOf(spikeAt, 10_000, 300);
        assertThat(d.max(column)).isEqualTo(1_000);
        assertThat(d.min(column)).isEqualTo(1);
        for (int c = 0; c < 300; c++) {
            if (c != column) {
                assertThat(d.max(c)).as("column %d", c).isEqualTo(1);
            }
        }
    }

    @Test
    void everyStepLandsInOneColumnFromFirstToLast() {
        ColumnDecimation d = ColumnDecimation.of(t -> t, 10_001, 10_000, 300, FINITE);

        assertThat(d.min(0)).isEqualTo(0);
        assertThat(d.max(299)).isEqualTo(10_000);
        for (int c = 1; c < 300; c++) {
            assertThat(d.min(c)).as("column %d starts where %d ended", c, c - 1).isEqualTo(d.max(c - 1) + 1);
        }
    }

    @Test
    void withFewerStepsThanPixelsSomeColumnsAreEmptyNotGaps() {
        ColumnDecimation d = ColumnDecimation.of(t -> 2.0, 11, 10, 100, FINITE);

        assertThat(d.isEmpty(5)).isTrue();
        assertThat(d.isGap(5)).isFalse();
        assertThat(d.max(ColumnDecimation.columnOf(3, 10, 100))).isEqualTo(2.0);
        assertThat(d.isEmpty(99)).isFalse(); // the last step
    }

    @Test
    void undrawableValuesMakeGapsAndAreNeverTheMinOrMax() {
        // NaN at step 0 (no learning rate yet), then a value that is negative: not on a log axis.
        ColumnDecimation d = ColumnDecimation.of(t -> t == 0 ? Double.NaN : t == 5 ? -3 : t, 11, 10, 11, POSITIVE);

        assertThat(d.isGap(0)).isTrue();
        assertThat(d.isGap(5)).isTrue();
        assertThat(d.min(4)).isEqualTo(4);

        ColumnDecimation linear = ColumnDecimation.of(t -> t == 5 ? -3 : t, 11, 10, 11, FINITE);
        assertThat(linear.min(5)).isEqualTo(-3);
    }

    @Test
    void aRunThatEndedEarlyLeavesTheRestOfTheAxisEmpty() {
        ColumnDecimation d = ColumnDecimation.of(t -> 1, 40, 200, 100, FINITE);

        assertThat(d.isEmpty(ColumnDecimation.columnOf(39, 200, 100) + 1)).isTrue();
        assertThat(d.isEmpty(99)).isTrue();
    }

    @Test
    void needsAColumn() {
        assertThatThrownBy(() -> ColumnDecimation.of(t -> 1, 10, 9, 0, FINITE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column");
    }
}
