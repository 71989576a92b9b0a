package dev.optimizerplayground.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.Preset;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.text.Language;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.plot.ContourResult;
import dev.optimizerplayground.plot.LevelScale;
import dev.optimizerplayground.plot.landscape.Camera;
import dev.optimizerplayground.plot.PlotTransform;
import dev.optimizerplayground.session.LayoutMode;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.session.RunSet.LaneRun;
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
        return new PlotContent(surface, LevelScale.AUTO, VALLEY.window(), List.of(new LaneRun(lane, run)), null, List.of(),
                LayoutMode.OVERLAY, Camera.DEFAULT, true);
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

    @Test
    void sideBySideDrawsOneTitledPlotPerLaneEachWithOnlyItsOwnTrail(FxRobot robot) throws Exception {
        Surface surface = Surface.parse(VALLEY.formula());
        List<LaneRun> runs = List.of(
                new LaneRun(OptimizerLane.RMSPROP, Runner.run(new RunSpec(surface,
                        OptimizerLane.RMSPROP.initialConfig(), VALLEY.start(), 60))),
                new LaneRun(OptimizerLane.ADAM, Runner.run(new RunSpec(surface,
                        OptimizerLane.ADAM.initialConfig(), VALLEY.start(), 60))));
        PlotContent content = new PlotContent(surface, LevelScale.AUTO, VALLEY.window(), runs, null, List.of(),
                LayoutMode.SIDE_BY_SIDE, Camera.DEFAULT, true);
        int width = 640;
        int height = 400;
        PictureSpec spec = new PictureSpec(width, height, 1, "Two optimizers", true, true);
        ExportRenderer[] made = new ExportRenderer[1];
        robot.interact(() -> made[0] = new ExportRenderer(spec, content, List.of(60)));
        ContourResult contours = made[0].computeContours(new CancellationToken());
        int[][] pixels = new int[1][];
        robot.interact(() -> {
            made[0].setContours(contours);
            pixels[0] = made[0].render(60);
        });

        List<PlotTransform> cells = made[0].plotTransforms();
        assertThat(cells).hasSize(2);
        PlotTransform left = cells.get(0);
        PlotTransform right = cells.get(1);
        assertThat(right.width()).isEqualTo(left.width());
        assertThat(right.height()).isEqualTo(left.height());
        assertThat(right.top()).as("two cells: one row, as in the window").isEqualTo(left.top());
        assertThat(left.left() + left.width()).isLessThan(right.left());
        assertThat(contours.width()).as("one contour image at the cell's size").isEqualTo((int) Math.round(left.width()));

        for (int i = 0; i < 2; i++) {
            PlotTransform t = cells.get(i);
            int own = argbOf(runs.get(i).lane().colour());
            int other = argbOf(runs.get(1 - i).lane().colour());
            String lane = runs.get(i).lane().displayName();
            // The title: the strip just above the data rectangle, written in the lane's colour.
            int titleTop = (int) t.top() - 28;
            assertThat(count(pixels[0], width, t.left(), titleTop, t.width(), 28, own))
                    .as(lane + "'s title in its colour").isGreaterThan(20);
            assertThat(count(pixels[0], width, t.left(), titleTop, t.width(), t.top() + t.height() - titleTop, other))
                    .as(lane + "'s cell shows nothing of the other lane").isZero();
            assertThat(count(pixels[0], width, t.left(), t.top(), t.width(), t.height(), own))
                    .as(lane + "'s trail in its cell").isGreaterThan(50);
        }
        assertThat(left.top()).as("the picture's title above the cells' titles").isGreaterThan(30 + 28);
    }

    /** Pixels within a small error of {@code colour} in the rectangle (x, y, w, h). */
    private static int count(int[] argb, int width, double x, double y, double w, double h, int colour) {
        int n = 0;
        for (int py = (int) y; py < (int) (y + h); py++) {
            for (int px = (int) x; px < (int) (x + w); px++) {
                if (GifFile.channelError(argb[py * width + px], colour) <= 8) {
                    n++;
                }
            }
        }
        return n;
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
        assertThat(dev.optimizerplayground.core.text.NumberText.exact(2.5e-7)).isEqualTo("2.5e-7");
        assertThat(dev.optimizerplayground.core.text.NumberText.exact(1)).isEqualTo("1");
    }

    @Test
    void inChineseTheCaptionSaysInChineseWhereEpsilonSits() {
        Messages.use(Language.CHINESE);
        try {
            OptimizerConfig rmsprop = OptimizerConfig.defaults(OptimizerKind.RMSPROP, Convention.TEXTBOOK)
                    .withLearningRate(0.1);
            assertThat(HyperparameterCaption.describe(rmsprop)).isEqualTo("η=0.1 β=0.9 ε=1e-8（ε 在 √ 内）");
            OptimizerConfig adagrad = OptimizerConfig.defaults(OptimizerKind.ADAGRAD, Convention.PYTORCH)
                    .withLearningRate(0.5);
            assertThat(HyperparameterCaption.describe(adagrad)).isEqualTo("η=0.5 ε=1e-10（ε 在 √ 外）");
        } finally {
            Messages.use(Language.ENGLISH);
        }
    }

    @Test
    void framesSpreadEvenlyAndIncludeBothEnds() {
        assertThat(FrameSteps.spread(0, 4, 5)).containsExactly(0, 1, 2, 3, 4);
        assertThat(FrameSteps.spread(0, 200, 3)).containsExactly(0, 100, 200);
        assertThat(FrameSteps.spread(10, 20, 1)).containsExactly(20);
        assertThat(FrameSteps.spread(0, 200, 200)).hasSize(200).startsWith(0).endsWith(200);
    }
}
