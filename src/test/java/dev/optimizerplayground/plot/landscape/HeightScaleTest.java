package dev.optimizerplayground.plot.landscape;

import dev.optimizerplayground.plot.LevelScale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class HeightScaleTest {

    @Test
    void linearRunsStraightFromMinToMax() {
        HeightScale scale = HeightScale.of(LevelScale.LINEAR, -10, 30);

        assertThat(scale.height(-10)).isEqualTo(0);
        assertThat(scale.height(10)).isCloseTo(0.5, within(1e-12));
        assertThat(scale.height(30)).isEqualTo(1);
        assertThat(scale.height(99)).isEqualTo(1);
        assertThat(scale.height(Double.NaN)).isNaN();
        assertThat(scale.axisTitle()).isEqualTo("f");
        assertThat(scale.ticks()).extracting(AxisTick::value).allMatch(v -> v >= -10 && v <= 30).hasSizeGreaterThan(2);
    }

    @Test
    void logLiftsTheValleyFloorAndSaysSo() {
        HeightScale scale = HeightScale.of(LevelScale.LOG, 0, 2500);

        assertThat(scale.height(0)).isEqualTo(0);
        assertThat(scale.height(2500)).isCloseTo(1, within(1e-12));
        // A thousandth of the range up is already a tenth of the height: ln 2 / ln 1001.
        assertThat(scale.height(2.5)).isCloseTo(Math.log(2) / Math.log(1001), within(1e-12));
        assertThat(scale.height(25)).isGreaterThan(0.3);
        assertThat(scale.height(250)).isGreaterThan(scale.height(25));
        assertThat(scale.axisTitle()).contains("log");
        assertThat(scale.ticks()).extracting(AxisTick::label).contains("10", "100", "1000");
    }

    @Test
    void positiveValuesSpanningDecadesGetAPlainLogHeight() {
        HeightScale scale = HeightScale.of(LevelScale.LOG, 1, 1e6);

        assertThat(scale.height(1000)).isCloseTo(0.5, within(1e-12));
        assertThat(scale.ticks()).extracting(AxisTick::value).allMatch(v -> v >= 1 && v <= 1e6);
    }

    @Test
    void aConstantSurfaceSitsAtMidHeight() {
        HeightScale scale = HeightScale.of(LevelScale.LINEAR, 3, 3);

        assertThat(scale.height(3)).isEqualTo(0.5);
        assertThat(scale.ticks()).isEmpty();
    }

    @Test
    void needsAResolvedScale() {
        assertThatThrownBy(() -> HeightScale.of(LevelScale.AUTO, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
