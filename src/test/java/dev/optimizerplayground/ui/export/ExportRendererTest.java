package dev.optimizerplayground.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Preset;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.plot.CancellationToken;
import dev.optimizerplayground.plot.ContourResult;
import dev.optimizerplayground.plot.LevelScale;
import dev.optimizerplayground.plot.PlotTransform;
import dev.optimizerplayground.ui.model.OptimizerLane;
import dev.optimizerplayground.ui.model.RunSet.LaneRun;
import java.util.List;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The picture itself: size, contours where the surface is lowest, trails where the run went. */
@ExtendWith(ApplicationExtension.class)
class ExportRendererTest {

    private static final Preset VALLEY = Presets.byId("elongated-valley").orElseThrow();

    @Start
    void start(Stage stage) {
        // Only the JavaFX thread is needed.
    }

    private static PlotContent valleyWith(OptimizerLane lane, OptimizerConfig config, int steps) throws Exception {
        Surface surface = Surface.parse(VALLEY.formula());
        Trajectory run = Runner.run(new RunSpec(surface, config, VALLEY.start(), steps));
        // No minimum stars: the test reads the contour colour at the minimum itself.
        return new PlotContent(surface, LevelScale.AUTO, VALLEY.window(), List.of(new LaneRun(lane, run)), null, List.of());
    }

    @Test
    void theImageHasTheRequestedSizeTheDarkestBandAtTheMinimumAndTheTrailWhereTheRunWent(FxRobot robot) throws Exception {
        OptimizerConfig sgd = OptimizerConfig.defaults(OptimizerKind.SGD, Convention.TEXTBOOK).withLearningRate(0.05);
        PlotContent content = valleyWith(OptimizerLane.RMSPROP, sgd, 1);
        PictureSpec spec = new PictureSpec(420, 330, 1, "Valley", true, true);
        ExportRenderer[] made = new ExportRenderer[1];
        robot.interact(() -> made[0] = new ExportRenderer(spec, content, List.of(1)));
        ContourResult contours = made[0].computeContours(new CancellationToken());
        int[][] pixels = new int[1][];
        robot.interact(() -> {
            made[0].setContours(contours);
            pixels[0] = made[0].render(1);
        });

        assertThat(pixels[0]).hasSize(420 * 330);
        PlotTransform t = made[0].plotTransform();
        int darkest = contours.colorBands().argb(0);
        assertThat(GifFile.channelError(pixel(pixels[0], 420, t.toPixelX(0), t.toPixelY(0)), darkest))
                .as("the minimum of x² + 10y² lies in the lowest band").isLessThanOrEqualTo(3);

        // θ₀ = (−4, 2), θ₁ = (−3.6, 0): the trail passes through their midpoint in the lane's colour.
        Trajectory run = content.runs().get(0).trajectory();
        double mx = (run.x(0) + run.x(1)) / 2;
        double my = (run.y(0) + run.y(1)) / 2;
        int laneColour = argbOf(OptimizerLane.RMSPROP.colour());
        assertThat(nearest(pixels[0], 420, t.toPixelX(mx), t.toPixelY(my), laneColour))
                .as("RMSProp orange on the trail").isLessThanOrEqualTo(8);
        assertThat(t.top() + t.height()).as("the footer is below the plot").isLessThan(330 - 30);
    }

    private static int pixel(int[] argb, int width, double x, double y) {
        return argb[(int) y * width + (int) x];
    }

    /** The smallest colour error to {@code colour} among the 5×5 pixels around (x, y). */
    private static int nearest(int[] argb, int width, double x, double y, int colour) {
        int best = 255;
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                best = Math.min(best, GifFile.channelError(argb[((int) y + dy) * width + (int) x + dx], colour));
            }
        }
        return best;
    }

    static int argbOf(String web) {
        Color c = Color.web(web);
        return 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    @Test
    void theCaptionNamesWhatEachOptimizerReads() {
        OptimizerConfig rmsprop = OptimizerConfig.defaults(OptimizerKind.RMSPROP, Convention.TEXTBOOK)
                .withLearningRate(0.1);
        assertThat(HyperparameterCaption.describe(rmsprop)).isEqualTo("η=0.1 β=0.9 ε=1e-8 (ε inside √)");
        OptimizerConfig sgd = OptimizerConfig.defaults(OptimizerKind.SGD, Convention.TEXTBOOK).withLearningRate(0.05);
        assertThat(HyperparameterCaption.describe(sgd)).isEqualTo("η=0.05");
        assertThat(HyperparameterCaption.describe(sgd.withMomentum(0.9).withNesterov(true)))
                .isEqualTo("η=0.05 μ=0.9 (Nesterov)");
        OptimizerConfig adagrad = OptimizerConfig.defaults(OptimizerKind.ADAGRAD, Convention.PYTORCH)
                .withLearningRate(0.5);
        assertThat(HyperparameterCaption.describe(adagrad)).isEqualTo("η=0.5 ε=1e-10 (ε outside √)");
        assertThat(HyperparameterCaption.number(2.5e-7)).isEqualTo("2.5e-7");
        assertThat(HyperparameterCaption.number(1)).isEqualTo("1");
    }

    @Test
    void framesSpreadEvenlyAndIncludeBothEnds() {
        assertThat(FrameSteps.spread(0, 4, 5)).containsExactly(0, 1, 2, 3, 4);
        assertThat(FrameSteps.spread(0, 200, 3)).containsExactly(0, 100, 200);
        assertThat(FrameSteps.spread(10, 20, 1)).containsExactly(20);
        assertThat(FrameSteps.spread(0, 200, 200)).hasSize(200).startsWith(0).endsWith(200);
    }
}
