package dev.optimizerplayground.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.ui.charts.TimeSeriesChart.LineStyle;
import dev.optimizerplayground.ui.charts.TimeSeriesChart.Series;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.util.List;
import java.util.concurrent.ExecutionException;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas chart and the charts panel, drawn headless and read back pixel by pixel. */
@ExtendWith(ApplicationExtension.class)
class TimeSeriesChartTest {

    private static final Color RMSPROP = Color.web(OptimizerLane.RMSPROP.colour());

    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 420, 700));
        stage.show();
    }

    @Test
    void drawsASeriesInItsLanesColour(FxRobot robot) throws Exception {
        TimeSeriesChart chart = show(robot, new TimeSeriesChart("t", "s"));
        robot.interact(() -> {
            chart.lastStepProperty().set(200);
            chart.setSeries(List.of(new Series("RMSProp x", RMSPROP, LineStyle.SOLID, 201, t -> Math.exp(-t / 50.0))));
        });

        // Right of the cursor dot (at step 0), only the line can be in this colour.
        assertThat(pixelsOfColour(snapshot(chart), RMSPROP, 0.3, 1, 0, 1)).isGreaterThan(20);

        robot.interact(() -> chart.setSeries(List.of()));
        assertThat(pixelsOfColour(snapshot(chart), RMSPROP, 0, 1, 0, 1)).isZero();
    }

    @Test
    void aOneStepSpikeInTenThousandStepsStaysVisible(FxRobot robot) throws Exception {
        TimeSeriesChart chart = show(robot, new TimeSeriesChart("t", "s"));
        int steps = 10_000;
        robot.interact(() -> {
            chart.lastStepProperty().set(steps);
            chart.cursorStepProperty().set(0);
            chart.setSeries(List.of(new Series("spiky", RMSPROP, LineStyle.SOLID, steps + 1,
                    t -> t == 7_777 ? 1e6 : 1)));
        });

        Image image = snapshot(chart);
        // The series sits at 1 along the bottom of the plot; only the spike reaches its top tenth.
        assertThat(pixelsOfColour(image, RMSPROP, 0, 1, 0.05, 0.35)).isGreaterThan(0);
    }

    @Test
    void chartsFollowTheRunsTheStepAndTheSurface(FxRobot robot) throws Exception {
        PlaygroundModel model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        ChartsPanel panel = show(robot, new ChartsPanel(model));

        // Four lanes: two lines each for η_eff; SGD has no squared-gradient accumulator.
        assertThat(panel.learningRateChart().series()).hasSize(8);
        assertThat(panel.lossChart().series()).hasSize(4);
        assertThat(panel.accumulatorChart().series()).extracting(Series::label)
                .containsExactly("RMSProp E[g²] x", "RMSProp E[g²] y", "Adagrad Σg² x", "Adagrad Σg² y",
                        "Adam v x", "Adam v y");
        assertThat(panel.lossChart().logScaleProperty().get()).isTrue();
        assertThat(robot.lookup("#" + ChartsPanel.LR_CHART_ID).queryAs(TimeSeriesChart.class))
                .isSameAs(panel.learningRateChart());

        robot.interact(() -> model.playback().stepProperty().set(37));
        assertThat(panel.lossChart().cursorStepProperty().get()).isEqualTo(37);

        robot.interact(() -> model.slot(OptimizerLane.ADAGRAD).enabledProperty().set(false));
        assertThat(panel.lossChart().series()).extracting(Series::label)
                .containsExactly("RMSProp", "SGD", "Adam");

        robot.interact(() -> model.selectPreset(Presets.byId("saddle").orElseThrow()));
        assertThat(panel.lossChart().logScaleProperty().get()).as("negative losses need a linear axis").isFalse();
        // SGD runs off down the saddle, far below zero: its line leaves the chart through the bottom,
        // cut off so that the other optimizers' losses are not squashed into a flat line.
        Image chart = snapshot(panel.lossChart());
        Color sgd = Color.web(OptimizerLane.SGD.colour());
        assertThat(pixelsOfColour(chart, sgd, 0.1, 1, 0.3, 1)).isGreaterThan(20);
        Color adam = Color.web(OptimizerLane.ADAM.colour());
        assertThat(rowsWithColour(chart, adam)).as("Adam's loss spans the chart, not a flat line").isGreaterThan(20);
    }

    @Test
    void aLossThatDecaysIntoSubnormalsStillGetsALogAxis(FxRobot robot) throws Exception {
        // SGD on the elongated valley over 100,000 steps: its loss ends far below 1e-300.
        TimeSeriesChart chart = show(robot, new TimeSeriesChart("t", "s"));
        robot.interact(() -> {
            chart.lastStepProperty().set(1000);
            chart.setSeries(List.of(new Series("SGD", RMSPROP, LineStyle.SOLID, 1001,
                    t -> Math.max(Double.MIN_VALUE, Math.pow(10, -t)))));
        });

        assertThat(pixelsOfColour(snapshot(chart), RMSPROP, 0.3, 1, 0, 1))
                .as("the axis was labelled and the line drawn").isGreaterThan(20);
    }

    @Test
    void hoveringReportsTheStepUnderTheMouse(FxRobot robot) {
        TimeSeriesChart chart = show(robot, new TimeSeriesChart("t", "s"));
        robot.interact(() -> {
            chart.lastStepProperty().set(200);
            chart.setSeries(List.of(new Series("a", RMSPROP, LineStyle.DASHED, 201, t -> t + 1)));
        });

        robot.moveTo(chart);
        assertThat(chart.hoveredStepProperty().get()).isBetween(80, 120);
        robot.moveTo(root, javafx.geometry.Pos.TOP_LEFT, new javafx.geometry.Point2D(1, 1),
                org.testfx.robot.Motion.DIRECT);
        assertThat(chart.hoveredStepProperty().get()).isEqualTo(-1);
    }

    private <T extends javafx.scene.Parent> T show(FxRobot robot, T node) {
        robot.interact(() -> root.getChildren().setAll(node));
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    private static Image snapshot(javafx.scene.Node node) throws ExecutionException, InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
    }

    /** How many pixel rows hold at least one pixel of the colour: the vertical extent of a line. */
    static int rowsWithColour(Image image, Color colour) {
        int rows = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            double top = y / image.getHeight();
            double bottom = (y + 1) / image.getHeight();
            if (pixelsOfColour(image, colour, 0, 1, top, bottom) > 0) {
                rows++;
            }
        }
        return rows;
    }

    /** Pixels close to {@code colour} in a box given as fractions of the image's width and height. */
    static int pixelsOfColour(Image image, Color colour, double left, double right, double top, double bottom) {
        PixelReader reader = image.getPixelReader();
        int count = 0;
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        for (int y = (int) (h * top); y < (int) (h * bottom); y++) {
            for (int x = (int) (w * left); x < (int) (w * right); x++) {
                Color c = reader.getColor(x, y);
                if (Math.abs(c.getRed() - colour.getRed()) < 0.06 && Math.abs(c.getGreen() - colour.getGreen()) < 0.06
                        && Math.abs(c.getBlue() - colour.getBlue()) < 0.06) {
                    count++;
                }
            }
        }
        return count;
    }
}
