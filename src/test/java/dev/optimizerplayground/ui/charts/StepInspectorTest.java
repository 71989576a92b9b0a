package dev.optimizerplayground.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.cli.PlaygroundCommand;
import dev.optimizerplayground.core.text.Language;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import dev.optimizerplayground.ui.plot.PlotLegend;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The step inspector shows the numbers {@code trace --state} prints for the same lane and step. */
@ExtendWith(ApplicationExtension.class)
class StepInspectorTest {

    private PlaygroundModel model;
    private StepInspector inspector;
    private ChartsPanel charts;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        inspector = new StepInspector(model);
        charts = new ChartsPanel(model);
        charts.setPrefHeight(300);
        stage.setScene(new Scene(new VBox(new PlotLegend(model), inspector, charts), 900, 760));
        stage.show();
    }

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    void builtInChineseTheChartsAndTheInspectorSpeakChinese(FxRobot robot) {
        Messages.use(Language.CHINESE);
        robot.interact(() -> {
            // The window rebuilds its content on a language switch: so do these two here.
            inspector = new StepInspector(model);
            charts = new ChartsPanel(model);
            stage.getScene().setRoot(new VBox(inspector, charts));
            inspector.setExpanded(true);
            model.playback().stepProperty().set(57);
        });
        assertThat(charts.learningRateChart().title()).isEqualTo("有效学习率 η_eff");
        assertThat(charts.lossChart().title()).isEqualTo("损失 f(θ)");
        assertThat(inspector.getText()).isEqualTo("为何走这一步");
        assertThat(robot.lookup("#" + StepInspector.HEADING_ID).queryAs(Label.class).getText())
                .isEqualTo("RMSProp · 第 57 步（点击图例项或轨迹，可查看另一个优化器）");
        assertThat(robot.lookup("#inspector-copy-latex").queryButton().getText()).isEqualTo("复制 LaTeX");
    }

    @Test
    void withTheLensTheAdaptiveStepsAreChartedAgainstTheCurvature(FxRobot robot) {
        assertThat(charts.stepCurvatureChart().isVisible()).isFalse();
        assertThat(charts.stepCurvatureChart().series()).isEmpty();
        robot.interact(() -> model.curvatureLensProperty().set(true));
        assertThat(charts.stepCurvatureChart().isVisible()).isTrue();
        // RMSProp, Adagrad and Adam run by default: x and y each, then the line at 2; not SGD.
        List<TimeSeriesChart.Series> series = charts.stepCurvatureChart().series();
        assertThat(series).extracting(TimeSeriesChart.Series::label).containsExactly("RMSProp x", "RMSProp y",
                "Adagrad x", "Adagrad y", "Adam x", "Adam y", "overshoot line 2");
        var rms = model.runs().runs().get(0).trajectory();
        // x² + 10y²: ∂²f/∂y² = 20 everywhere
        assertThat(series.get(1).values().applyAsDouble(5)).isEqualTo(rms.lrY(5) * 20);
        assertThat(series.get(6).values().applyAsDouble(5)).isEqualTo(2.0);
    }

    @Test
    void theInspectorsStateEqualsTraceStateForTheSelectedLaneAndFollowsTheStep(FxRobot robot) {
        robot.interact(() -> {
            inspector.setExpanded(true);
            model.playback().stepProperty().set(57);
        });
        // The default race: elongated valley from (−4, 2), 200 steps, textbook convention.
        assertStateMatchesTrace(robot, 57, "rmsprop", "0.1", List.of("square_avg"));
        assertThat(robot.lookup("#" + StepInspector.HEADING_ID).queryAs(Label.class).getText()).startsWith("RMSProp · step 57");

        robot.clickOn("#legend-" + OptimizerLane.ADAM.id());
        robot.interact(() -> model.playback().stepProperty().set(12));
        WaitForAsyncUtils.waitForFxEvents();
        assertStateMatchesTrace(robot, 12, "adam", "0.1", List.of("exp_avg", "exp_avg_sq"));
    }

    @Test
    void theStartHasNothingToExplainAndCopyIsOff(FxRobot robot) {
        robot.interact(() -> {
            inspector.setExpanded(true);
            model.playback().stepProperty().set(0);
        });
        assertThat(robot.lookup("#" + StepInspector.HEADING_ID).queryAs(Label.class).getText())
                .contains("step 0 is the start");
        assertThat(robot.lookup("#inspector-copy-latex").queryButton().isDisabled()).isTrue();
        assertThat(inspector.shown()).isNull();
    }

    private void assertStateMatchesTrace(FxRobot robot, int step, String optimizer, String lr, List<String> names) {
        String text = robot.lookup("#" + StepInspector.TEXT_ID).queryAs(TextArea.class).getText();
        StringWriter out = new StringWriter();
        int code = PlaygroundCommand.execute(new String[] {"trace", "--surface", "elongated-valley", "--start", "-4,2",
                "--steps", "200", "--optimizer", optimizer, "--lr", lr, "--state"}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        List<String> lines = out.toString().lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(","));
        String[] row = lines.get(step + 1).split(",");
        String[] parameters = text.split("parameter y\n");
        for (String name : names) {
            assertThat(shownValue(parameters[0], name)).as(name + "_x")
                    .isEqualTo(Double.parseDouble(row[header.indexOf(name + "_x")]));
            assertThat(shownValue(parameters[1], name)).as(name + "_y")
                    .isEqualTo(Double.parseDouble(row[header.indexOf(name + "_y")]));
        }
        assertThat(shownValue(parameters[0], "θ")).isEqualTo(Double.parseDouble(row[header.indexOf("x")]));
        assertThat(shownValue(parameters[0], "η_eff")).isEqualTo(Double.parseDouble(row[header.indexOf("lr_x")]));
    }

    /** The value at the end of the line "  name = … = value". */
    private static double shownValue(String block, String name) {
        String line = block.lines().filter(l -> l.startsWith("  " + name + " = ")).findFirst().orElseThrow(
                () -> new AssertionError("no line " + name + " in\n" + block));
        return Double.parseDouble(line.substring(line.lastIndexOf(" = ") + 3));
    }
}
