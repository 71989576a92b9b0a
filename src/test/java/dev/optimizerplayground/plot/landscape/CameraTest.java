package dev.optimizerplayground.plot.landscape;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CameraTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "180, 180", "-180, 180", "190, -170", "-190, 170", "720, 0", "-30, -30", "359, -1"})
    void wrapsTheAzimuthIntoHalfOpenRange(double given, double expected) {
        assertThat(new Camera(given, 30, 1).azimuth()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void clampsElevationAndZoom() {
        assertThat(new Camera(0, 120, 1).elevation()).isEqualTo(Camera.MAX_ELEVATION);
        assertThat(new Camera(0, -10, 1).elevation()).isEqualTo(Camera.MIN_ELEVATION);
        assertThat(new Camera(0, 30, 100).zoom()).isEqualTo(Camera.MAX_ZOOM);
        assertThat(new Camera(0, 30, 0.01).zoom()).isEqualTo(Camera.MIN_ZOOM);
    }

    @Test
    void rotatesAndZoomsFromWhereItIs() {
        Camera turned = new Camera(170, 80, 2).rotatedBy(20, 20);

        assertThat(turned.azimuth()).isCloseTo(-170, within(1e-9));
        assertThat(turned.elevation()).isEqualTo(90);
        assertThat(turned.zoom()).isEqualTo(2);
        assertThat(turned.zoomedBy(1.5).zoom()).isEqualTo(3);
        assertThat(turned.withAngles(10, 20)).isEqualTo(new Camera(10, 20, 2));
    }

    @Test
    void refusesNonFiniteNumbers() {
        assertThatThrownBy(() -> new Camera(Double.NaN, 30, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> new Camera(0, Double.POSITIVE_INFINITY, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
