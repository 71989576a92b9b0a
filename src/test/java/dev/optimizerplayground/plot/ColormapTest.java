package dev.optimizerplayground.plot;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ColormapTest {

    @Test
    void viridisHasItsPublishedEndpointsAndMiddle() {
        assertThat(Colormap.VIRIDIS.argb(0)).isEqualTo(0xFF440154);
        assertThat(Colormap.VIRIDIS.argb(1)).isEqualTo(0xFFFDE725);
        int middle = Colormap.VIRIDIS.argb(0.5);
        assertThat(middle >>> 24).isEqualTo(0xFF);
        assertThat(middle >> 16 & 0xFF).isCloseTo(0x21, within(2));
        assertThat(middle >> 8 & 0xFF).isCloseTo(0x91, within(2));
        assertThat(middle & 0xFF).isCloseTo(0x8C, within(2));
    }

    @Test
    void viridisGetsLighterAlongTheMap() {
        double previous = -1;
        for (int i = 0; i <= 20; i++) {
            int c = Colormap.VIRIDIS.argb(i / 20.0);
            double luma = 0.2126 * (c >> 16 & 0xFF) + 0.7152 * (c >> 8 & 0xFF) + 0.0722 * (c & 0xFF);
            assertThat(luma).isGreaterThan(previous);
            previous = luma;
        }
    }

    @Test
    void outOfRangeIsClampedAndNaNIsTransparent() {
        assertThat(Colormap.VIRIDIS.argb(-3)).isEqualTo(Colormap.VIRIDIS.argb(0));
        assertThat(Colormap.VIRIDIS.argb(7)).isEqualTo(Colormap.VIRIDIS.argb(1));
        assertThat(Colormap.VIRIDIS.argb(Double.NaN)).isZero();
    }
}
