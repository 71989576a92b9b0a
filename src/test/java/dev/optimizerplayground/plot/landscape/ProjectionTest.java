package dev.optimizerplayground.plot.landscape;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ProjectionTest {

    private static final double EPS = 1e-9;

    @Test
    void fromStraightAboveItIsTheContourPlot() {
        Projection p = new Projection(new Camera(0, 90, 1), 800, 600, 1, 0.5);
        double s = p.scale();

        assertThat(p.screenX(0, 0, 0)).isCloseTo(400, within(EPS));
        assertThat(p.screenY(0, 0, 0)).isCloseTo(300, within(EPS));
        // x to the right, y up, height straight at the viewer.
        assertThat(p.screenX(1, 0, 0)).isCloseTo(400 + s, within(EPS));
        assertThat(p.screenY(1, 0, 0)).isCloseTo(300, within(EPS));
        assertThat(p.screenX(0, 1, 0)).isCloseTo(400, within(EPS));
        assertThat(p.screenY(0, 1, 0)).isCloseTo(300 - s, within(EPS));
        assertThat(p.screenX(0.3, -0.2, 0.4)).isCloseTo(p.screenX(0.3, -0.2, 0), within(EPS));
        assertThat(p.screenY(0.3, -0.2, 0.4)).isCloseTo(p.screenY(0.3, -0.2, 0), within(EPS));
        assertThat(p.depth(0, 0, 1)).isCloseTo(1, within(EPS));
    }

    @Test
    void fromTheFrontHeightIsUpAndYGoesAway() {
        Projection p = new Projection(new Camera(0, 0, 1), 800, 600, 1, 0.5);
        double s = p.scale();

        assertThat(p.screenY(0, 0, 1)).isCloseTo(300 - s, within(EPS));
        assertThat(p.screenX(1, 0, 0)).isCloseTo(400 + s, within(EPS));
        assertThat(p.screenX(0, 1, 0)).isCloseTo(400, within(EPS));
        assertThat(p.screenY(0, 1, 0)).isCloseTo(300, within(EPS));
        assertThat(p.depth(0, -1, 0)).isCloseTo(1, within(EPS)); // the front edge is nearest
        assertThat(p.depth(0, 1, 0)).isCloseTo(-1, within(EPS));
    }

    @Test
    void turningTheAzimuthMovesTheEyeCounterClockwise() {
        // From the +x side (azimuth 90) the +x end is nearest and +y runs to the right.
        Projection p = new Projection(new Camera(90, 0, 1), 800, 600, 1, 0.5);

        assertThat(p.depth(1, 0, 0)).isCloseTo(1, within(EPS));
        assertThat(p.screenX(0, 1, 0)).isCloseTo(400 + p.scale(), within(EPS));
        assertThat(p.screenX(1, 0, 0)).isCloseTo(400, within(EPS));
        assertThat(new Projection(new Camera(-90, 0, 1), 800, 600, 1, 0.5).depth(-1, 0, 0)).isCloseTo(1, within(EPS));
    }

    @Test
    void atFortyFiveDegreesAPointOnTheDiagonalLandsWhereTheGeometrySays() {
        Projection p = new Projection(new Camera(45, 30, 1), 800, 600, 1, 0.5);
        double s = p.scale();
        double h = Math.sqrt(0.5);

        // (1, 1, 0) lies along the right vector (cos 45°, sin 45°) at distance √2: screen x moves by √2·s.
        assertThat(p.screenX(1, 1, 0)).isCloseTo(400 + Math.sqrt(2) * s, within(EPS));
        // (−1, 1, 0) is straight away from the eye: centre column, up by √2·sin 30° on screen.
        assertThat(p.screenX(-1, 1, 0)).isCloseTo(400, within(EPS));
        assertThat(p.screenY(-1, 1, 0)).isCloseTo(300 - Math.sqrt(2) * 0.5 * s, within(EPS));
        assertThat(p.depth(h, -h, 0)).isCloseTo(Math.cos(Math.toRadians(30)), within(EPS));
    }

    @Test
    void zoomScalesAboutTheCentre() {
        Projection one = new Projection(new Camera(-30, 40, 1), 640, 480, 1.5, 0.5);
        Projection two = new Projection(new Camera(-30, 40, 2), 640, 480, 1.5, 0.5);

        assertThat(two.scale()).isCloseTo(2 * one.scale(), within(EPS));
        assertThat(two.screenX(0.5, 0.2, 0.1) - 320).isCloseTo(2 * (one.screenX(0.5, 0.2, 0.1) - 320), within(EPS));
        assertThat(two.screenY(0.5, 0.2, 0.1) - 240).isCloseTo(2 * (one.screenY(0.5, 0.2, 0.1) - 240), within(EPS));
    }

    @Test
    void atZoomOneNoAngleCutsTheBoxOff() {
        Random random = new Random(7);
        double hx = 1;
        double hy = 0.6;
        double hz = 0.45;
        for (int k = 0; k < 500; k++) {
            Camera camera = new Camera(random.nextDouble() * 360, random.nextDouble() * 90, 1);
            Projection p = new Projection(camera, 300, 200, Math.hypot(hx, hy), hz);
            for (int corner = 0; corner < 8; corner++) {
                double x = (corner & 1) == 0 ? -hx : hx;
                double y = (corner & 2) == 0 ? -hy : hy;
                double z = (corner & 4) == 0 ? -hz : hz;
                assertThat(p.screenX(x, y, z)).isBetween(0.0, 300.0);
                assertThat(p.screenY(x, y, z)).isBetween(0.0, 200.0);
            }
        }
    }

    @Test
    void turningDoesNotChangeTheSize() {
        Projection front = new Projection(new Camera(0, 30, 1), 400, 300, 1.2, 0.45);
        Projection side = new Projection(new Camera(77, 30, 1), 400, 300, 1.2, 0.45);

        assertThat(side.scale()).isEqualTo(front.scale());
    }

    @Test
    void refusesAnEmptyImageOrBox() {
        assertThatThrownBy(() -> new Projection(Camera.DEFAULT, 0, 10, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Projection(Camera.DEFAULT, 10, 10, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Projection(Camera.DEFAULT, 10, 10, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
