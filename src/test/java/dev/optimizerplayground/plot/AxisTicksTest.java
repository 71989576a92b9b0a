package dev.optimizerplayground.plot;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AxisTicksTest {

    @ParameterizedTest
    @CsvSource({"0, 1, 6", "-2.3, 7.9, 8", "0.001, 0.0047, 5", "1234, 98765, 10", "-1e6, 3e6, 5",
            "-5.12, 5.12, 10", "0.999, 1.001, 7", "1e-9, 3e-9, 4", "-7, -6.5, 3"})
    void niceTicksUseOneTwoFiveStepsAndCoverTheRange(double min, double max, int maxTicks) {
        Ticks ticks = AxisTicks.nice(min, max, maxTicks);

        assertThat(ticks.count()).isBetween(2, maxTicks);
        double step = ticks.value(1) - ticks.value(0);
        double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        assertThat(mantissa).satisfiesAnyOf(
                m -> assertThat(m).isCloseTo(1, within(1e-6)),
                m -> assertThat(m).isCloseTo(2, within(1e-6)),
                m -> assertThat(m).isCloseTo(5, within(1e-6)));
        for (int i = 1; i < ticks.count(); i++) {
            assertThat(ticks.value(i) - ticks.value(i - 1)).isCloseTo(step, within(step * 1e-9));
            assertThat(ticks.value(i) / step).isCloseTo(Math.rint(ticks.value(i) / step), within(1e-6));
        }
        double slack = step * 1e-9;
        assertThat(ticks.value(0)).isGreaterThanOrEqualTo(min - slack).isLessThan(min + step);
        assertThat(ticks.value(ticks.count() - 1)).isLessThanOrEqualTo(max + slack).isGreaterThan(max - step);
    }

    @Test
    void labelsAreShortAndClean() {
        assertThat(AxisTicks.nice(0, 1, 11).labels())
                .containsExactly("0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1");
        assertThat(AxisTicks.nice(-2, 2, 5).labels()).containsExactly("-2", "-1", "0", "1", "2");
        assertThat(AxisTicks.nice(0, 0.0003, 4).labels()).containsExactly("0", "1e-4", "2e-4", "3e-4");
        assertThat(AxisTicks.nice(0, 300000, 4).labels()).containsExactly("0", "1e5", "2e5", "3e5");
        assertThat(AxisTicks.nice(100000, 140000, 5).labels()).containsExactly("1e5", "1.1e5", "1.2e5", "1.3e5", "1.4e5");
        assertThat(AxisTicks.nice(1.5, 1.5, 5).labels()).containsExactly("1.5");
    }

    @Test
    void logTicksArePowersOfTenWhenTheRangeSpansDecades() {
        Ticks ticks = AxisTicks.logTicks(2e-4, 3e3, 8);

        assertThat(ticks.values()).containsExactly(1e-3, 1e-2, 1e-1, 1, 10, 100, 1000);
        assertThat(ticks.labels()).containsExactly("0.001", "0.01", "0.1", "1", "10", "100", "1000");
        assertThat(AxisTicks.logTicks(1e-9, 1e-5, 8).labels()).containsExactly("1e-9", "1e-8", "1e-7", "1e-6", "1e-5");
    }

    @Test
    void logTicksUseTwoAndFiveWithinFewDecadesAndThinOutManyDecades() {
        assertThat(AxisTicks.logTicks(1, 60, 8).values()).containsExactly(1, 2, 5, 10, 20, 50);
        Ticks wide = AxisTicks.logTicks(1e-30, 1e30, 8);
        assertThat(wide.count()).isBetween(5, 8);
        assertThat(wide.values()).contains(1);
    }

    @Test
    void badRangesAreRejectedWithAMessage() {
        assertThatThrownBy(() -> AxisTicks.nice(Double.NaN, 1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AxisTicks.nice(2, 1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AxisTicks.nice(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AxisTicks.logTicks(0, 10, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }
}
