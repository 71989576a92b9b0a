package dev.optimizerplayground.plot.landscape;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.ViewWindow;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LandscapeRendererTest {

    private static final ViewWindow SQUARE = new ViewWindow(-2, 2, -2, 2);
    private static final int PAGE = 0xFFFFFFFF;
    private static final int MAGENTA = 0xFFFF00FF;
    private static final Camera ABOVE = new Camera(0, 90, 1);
    private static final LandscapeMesh BOWL = Landscapes.mesh("x^2 + y^2", SQUARE, 80);

    private static LandscapeScene scene(LandscapeMesh mesh, Camera camera, List<LandscapeTrail> trails, int step,
            List<Point> minima) {
        return new LandscapeScene(mesh, camera, trails, step, minima, 1, PAGE);
    }

    private static Trajectory sgd(String formula, double lr, Point start, int steps) {
        OptimizerConfig config = OptimizerConfig.defaults(OptimizerKind.SGD, Convention.TEXTBOOK).withLearningRate(lr);
        return Runner.run(new RunSpec(Landscapes.surface(formula), config, start, steps));
    }

    private static int pixel(LandscapeRenderer renderer, double x, double y) {
        return renderer.pixels()[(int) y * renderer.width() + (int) x];
    }

    private static int luminance(int argb) {
        return ((argb >> 16) & 0xFF) * 3 + ((argb >> 8) & 0xFF) * 6 + (argb & 0xFF);
    }

    @Test
    void theBowlSeenFromAboveIsDarkestAtItsMinimumAndBlankAroundTheBox() {
        LandscapeRenderer renderer = new LandscapeRenderer(200, 160);
        Projection p = renderer.render(scene(BOWL, ABOVE, List.of(), 0, List.of()));

        int centre = pixel(renderer, p.screenX(0, 0, 0), p.screenY(0, 0, 0));
        int rim = pixel(renderer, p.screenX(0.9, 0.9, 0), p.screenY(0.9, 0.9, 0));
        assertThat(luminance(centre)).isLessThan(luminance(rim));
        assertThat(pixel(renderer, 1, 1)).isEqualTo(PAGE);
        assertThat(pixel(renderer, 199, 80)).isEqualTo(PAGE);
        assertThat(Arrays.stream(renderer.pixels()).distinct().count()).isGreaterThan(20);
    }

    @Test
    void whereFIsUndefinedNothingIsDrawn() {
        LandscapeMesh halfDefined = Landscapes.mesh("sqrt(x) + y", SQUARE, 60);
        LandscapeRenderer renderer = new LandscapeRenderer(200, 160);

        Projection p = renderer.render(scene(halfDefined, ABOVE, List.of(), 0, List.of()));
        assertThat(pixel(renderer, p.screenX(-0.5, 0.2, 0), p.screenY(-0.5, 0.2, 0))).isEqualTo(PAGE);
        assertThat(pixel(renderer, p.screenX(0.5, 0.2, 0), p.screenY(0.5, 0.2, 0))).isNotEqualTo(PAGE);

        // Seen from an angle too, the undefined half adds no pixel: no spikes, no walls.
        Camera oblique = new Camera(-20, 30, 1);
        renderer.render(scene(halfDefined, oblique, List.of(), 0, List.of()));
        long drawn = Arrays.stream(renderer.pixels()).filter(c -> c != PAGE).count();
        LandscapeMesh whole = Landscapes.mesh("sqrt(abs(x)) + y", SQUARE, 60);
        renderer.render(scene(whole, oblique, List.of(), 0, List.of()));
        long drawnWhole = Arrays.stream(renderer.pixels()).filter(c -> c != PAGE).count();
        assertThat(drawn).isLessThan(drawnWhole * 3 / 4);
    }

    @Test
    void contourLinesAreDrawnWhereTheSurfaceCrossesALevel() {
        LandscapeRenderer renderer = new LandscapeRenderer(300, 300);
        Projection p = renderer.render(scene(BOWL, ABOVE, List.of(), 0, List.of()));
        int row = (int) p.screenY(0, 0, 0);
        int from = (int) p.screenX(-0.95, 0, 0);
        int to = (int) p.screenX(0.95, 0, 0);

        int darkDips = 0;
        for (int x = from + 1; x < to; x++) {
            int here = luminance(pixel(renderer, x, row));
            if (here < luminance(pixel(renderer, x - 1, row)) && here < luminance(pixel(renderer, x + 1, row))) {
                darkDips++;
            }
        }
        // The centre row runs over f = x² from 3.6 down to 0 and back: every level below 3.6 twice.
        long levelsCrossed = Arrays.stream(BOWL.bands().levels().values()).filter(v -> v < 3.6).count();
        assertThat(levelsCrossed).isGreaterThan(3);
        assertThat(darkDips).isGreaterThanOrEqualTo((int) (2 * levelsCrossed - 2));
    }

    @Test
    void aTrailBehindAHillIsHiddenAndShowsFromAbove() {
        // A ridge along y = 0; the run walks along y = 1.5, behind it as seen from the front.
        LandscapeMesh ridge = Landscapes.mesh("exp(-4*y^2)", SQUARE, 80);
        Trajectory behind = sgd("(y-1.5)^2 + 0.01*x^2", 10, new Point(-1.8, 1.5), 30);
        List<LandscapeTrail> trails = List.of(new LandscapeTrail(behind, MAGENTA));
        LandscapeRenderer renderer = new LandscapeRenderer(240, 180);

        renderer.render(scene(ridge, new Camera(0, 8, 1), trails, 30, List.of()));
        long hidden = Arrays.stream(renderer.pixels()).filter(c -> c == MAGENTA).count();
        renderer.render(scene(ridge, ABOVE, trails, 30, List.of()));
        long seen = Arrays.stream(renderer.pixels()).filter(c -> c == MAGENTA).count();

        assertThat(hidden).isZero();
        assertThat(seen).isGreaterThan(50);
    }

    @Test
    void theBallSitsWhereTheRunIsAtTheCurrentStep() {
        Trajectory run = sgd("x^2 + y^2", 0.05, new Point(1.5, 1.5), 40);
        List<LandscapeTrail> trails = List.of(new LandscapeTrail(run, 0xFFFF0000));
        LandscapeRenderer renderer = new LandscapeRenderer(300, 300);

        for (int step : new int[] {0, 10, 40}) {
            Projection p = renderer.render(scene(BOWL, ABOVE, trails, step, List.of()));
            double x = BOWL.toModelX(run.x(step));
            double y = BOWL.toModelY(run.y(step));
            int ball = pixel(renderer, p.screenX(x, y, 0), p.screenY(x, y, 0));
            int red = (ball >> 16) & 0xFF;
            assertThat(red).as("step %d", step).isGreaterThan(((ball >> 8) & 0xFF) + (ball & 0xFF));
        }
    }

    @Test
    void theKnownMinimumIsMarked() {
        LandscapeRenderer renderer = new LandscapeRenderer(200, 200);
        Projection p = renderer.render(scene(BOWL, ABOVE, List.of(), 0, List.of(new Point(0, 0))));
        int cx = (int) p.screenX(0, 0, 0);
        int cy = (int) p.screenY(0, 0, 0);

        long white = 0;
        for (int y = cy - 6; y <= cy + 6; y++) {
            for (int x = cx - 6; x <= cx + 6; x++) {
                white += pixel(renderer, x, y) == 0xFFFFFFFF ? 1 : 0;
            }
        }
        assertThat(white).isGreaterThan(6);
    }

    @Test
    void thePictureChangesWithTheAnglesAndNotBetweenTwoEqualFrames() {
        Trajectory run = sgd("x^2 + y^2", 0.05, new Point(1.5, -1), 50);
        List<LandscapeTrail> trails = List.of(new LandscapeTrail(run, MAGENTA));
        LandscapeRenderer renderer = new LandscapeRenderer(320, 240);

        renderer.render(scene(BOWL, Camera.DEFAULT, trails, 25, List.of()));
        int[] first = renderer.pixels().clone();
        renderer.render(scene(BOWL, Camera.DEFAULT, trails, 25, List.of()));
        assertThat(renderer.pixels()).isEqualTo(first);
        renderer.render(scene(BOWL, Camera.DEFAULT.rotatedBy(40, 0), trails, 25, List.of()));
        assertThat(renderer.pixels()).isNotEqualTo(first);
        renderer.render(scene(BOWL, Camera.DEFAULT.rotatedBy(0, 20), trails, 25, List.of()));
        assertThat(renderer.pixels()).isNotEqualTo(first);
    }

    @Test
    void labelsNameTheAxesAndSayWhenTheHeightIsLog() {
        LandscapeMesh rosenbrock = Landscapes.mesh("(1-x)^2 + 100*(y-x^2)^2", new ViewWindow(-2, 2, -1, 3), 60);
        LandscapeRenderer renderer = new LandscapeRenderer(400, 300);

        assertThat(renderer.axisLabels()).isEmpty();
        renderer.render(scene(rosenbrock, Camera.DEFAULT, List.of(), 0, List.of()));
        List<String> texts = renderer.axisLabels().stream().map(AxisLabel::text).toList();

        assertThat(texts).contains("x", "y", "f (log scale)", "100");
        assertThat(renderer.axisLabels()).allMatch(l -> l.x() > -40 && l.x() < 440 && l.y() > -20 && l.y() < 320);
    }

    @Test
    void refusesAnEmptyImage() {
        assertThatThrownBy(() -> new LandscapeRenderer(0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
