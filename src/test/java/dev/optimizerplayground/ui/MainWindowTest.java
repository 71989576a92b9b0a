package dev.optimizerplayground.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.plot.PlotTransform;
import dev.optimizerplayground.session.LayoutMode;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.session.RunSet;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import dev.optimizerplayground.ui.plot.PlotView;
import dev.optimizerplayground.ui.plot.SideBySidePlots;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The assembled window, driven as a user would: headless on Monocle. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private PlaygroundModel model;

    @Start
    void start(Stage stage) {
        model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        MainWindow window = new MainWindow(model, BackgroundWork.SAME_THREAD);
        Scene scene = new Scene(window, 1280, 720);
        MainWindow.installStylesheets(scene);
        window.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void choosingAPresetPutsItsFormulaInTheField(FxRobot robot) {
        ComboBox<?> presets = robot.lookup("#presets").queryAs(ComboBox.class);
        robot.clickOn(presets);
        robot.clickOn("Rosenbrock");
        WaitForAsyncUtils.waitForFxEvents();

        String rosenbrock = Presets.byId("rosenbrock").orElseThrow().formula();
        assertThat(robot.lookup("#formula").queryAs(TextField.class).getText()).isEqualTo(rosenbrock);
        assertThat(model.surface().formula()).isEqualTo(rosenbrock);
    }

    @Test
    void aGoodFormulaReplacesTheSurfaceAndABadOneShowsAnInlineError(FxRobot robot) {
        TextField formula = robot.lookup("#formula").queryAs(TextField.class);
        robot.doubleClickOn(formula).press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A)
                .release(KeyCode.CONTROL).write("x^2 + 3*y^2");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.surface().formula()).isEqualTo("x^2 + 3*y^2");
        Label error = robot.lookup("#formula-error").queryAs(Label.class);
        assertThat(error.isVisible()).isFalse();

        robot.write(" + z");
        WaitForAsyncUtils.waitForFxEvents();

        // typed one key at a time, "x^2 + 3*y^2 " (trailing space) was the last text that parsed
        assertThat(model.surface().formula()).as("keeps the last good surface").isEqualTo("x^2 + 3*y^2 ");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("unknown variable 'z' at position 14");
        assertThat(formula.getStyleClass()).contains("error");
    }

    @Test
    void movingRmsPropsBetaSliderRecomputesItsRun(FxRobot robot) {
        Slider beta = robot.lookup("#rmsprop-beta").queryAs(Slider.class);
        Trajectory before = run(OptimizerLane.RMSPROP);

        robot.drag(beta.lookup(".thumb")).moveBy(-60, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.slot(OptimizerLane.RMSPROP).config().beta()).isLessThan(0.9);
        assertThat(run(OptimizerLane.RMSPROP).x(20)).isNotEqualTo(before.x(20));
    }

    @Test
    void clickingThePlotMovesTheStartAndEveryRunRestartsThere(FxRobot robot) {
        PlotView plot = robot.lookup("#plot-view").queryAs(PlotView.class);
        PlotTransform t = plot.plotTransform();
        double px = t.left() + t.width() * 0.75;
        double py = t.top() + t.height() * 0.25;

        robot.clickOn(plot.localToScreen(px, py));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.start().x()).isCloseTo(t.toDataX(px), org.assertj.core.data.Offset.offset(2 * t.bounds().width() / t.width()));
        for (RunSet.LaneRun run : model.runs().runs()) {
            assertThat(run.trajectory().x(0)).isEqualTo(model.start().x());
        }
    }

    @Test
    void playPauseStepAndResetFromButtonsAndKeyboard(FxRobot robot) {
        model.playback().pause();
        robot.clickOn("#play");
        assertThat(model.playback().isPlaying()).isTrue();
        robot.clickOn("#play");
        assertThat(model.playback().isPlaying()).isFalse();

        robot.interact(() -> model.playback().stepProperty().set(10));
        robot.type(KeyCode.RIGHT);
        assertThat(model.playback().step()).isEqualTo(11);
        robot.type(KeyCode.LEFT, 3);
        assertThat(model.playback().step()).isEqualTo(8);
        robot.type(KeyCode.SPACE);
        assertThat(model.playback().isPlaying()).isTrue();
        robot.type(KeyCode.HOME);
        assertThat(model.playback().isPlaying()).isFalse();
        assertThat(model.playback().step()).isZero();
    }

    @Test
    void keysTypedInTheStepsSpinnerStayInItsText(FxRobot robot) {
        robot.interact(() -> {
            model.playback().pause();
            model.playback().stepProperty().set(10);
        });
        // The editable spinner, not its inner text field, is the scene's focus owner.
        robot.clickOn("#steps .text-field");
        robot.type(KeyCode.HOME).type(KeyCode.RIGHT).type(KeyCode.LEFT).type(KeyCode.SPACE);

        assertThat(model.playback().step()).isEqualTo(10);
        assertThat(model.playback().isPlaying()).isFalse();
    }

    @Test
    void keysWithCtrlOrAltAreLeftToTheMenus(FxRobot robot) {
        robot.interact(() -> {
            model.playback().pause();
            model.playback().stepProperty().set(10);
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        assertThat(model.playback().step()).isEqualTo(10);
        assertThat(model.playback().isPlaying()).isFalse();
    }

    @Test
    void switchingLayoutsShowsOnePlotPerOptimizerAndBack(FxRobot robot) {
        robot.clickOn("#layout-side-by-side");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.layoutProperty().get()).isEqualTo(LayoutMode.SIDE_BY_SIDE);
        Node grid = robot.lookup("#side-by-side").query();
        assertThat(grid.isVisible()).isTrue();
        for (OptimizerLane lane : new OptimizerLane[] {OptimizerLane.RMSPROP, OptimizerLane.ADAGRAD,
                OptimizerLane.SGD, OptimizerLane.ADAM}) {
            assertThat(robot.lookup("#" + SideBySidePlots.cellId(lane)).tryQuery()).isPresent();
        }

        robot.clickOn("#layout-overlay");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.layoutProperty().get()).isEqualTo(LayoutMode.OVERLAY);
        assertThat(robot.lookup("#plot-view").query().isVisible()).isTrue();
    }

    private Trajectory run(OptimizerLane lane) {
        return model.runs().runs().stream().filter(r -> r.lane() == lane).findFirst().orElseThrow().trajectory();
    }

}
