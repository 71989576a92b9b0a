package dev.optimizerplayground.plot;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TickFormatTest {

    @Test
    void formatShowsTheStepsDecimalPlace() {
        assertThat(TickFormat.format(0.1 + 0.2, -1)).isEqualTo("0.3");
        assertThat(TickFormat.format(-0.0, 0)).isEqualTo("0");
        assertThat(TickFormat.format(-1e-17, -1)).isEqualTo("0");
        assertThat(TickFormat.format(2500, 2)).isEqualTo("2500");
        assertThat(TickFormat.format(0.25, -2)).isEqualTo("0.25");
        assertThat(TickFormat.format(-20000000, 6)).isEqualTo("-2e7");
    }

    @Test
    void compactKeepsThreeSignificantDigits() {
        assertThat(TickFormat.compact(Math.sqrt(2))).isEqualTo("1.41");
        assertThat(TickFormat.compact(2_500_000)).isEqualTo("2.5e6");
        assertThat(TickFormat.compact(0.000123456)).isEqualTo("1.23e-4");
        assertThat(TickFormat.compact(0.005)).isEqualTo("0.005");
        assertThat(TickFormat.compact(12345)).isEqualTo("12300");
        assertThat(TickFormat.compact(-7.99998)).isEqualTo("-8");
        assertThat(TickFormat.compact(Double.NaN)).isEqualTo("NaN");
    }
}
