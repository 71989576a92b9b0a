package dev.optimizerplayground.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.files.SessionStore;
import dev.optimizerplayground.ui.actions.Action;
import dev.optimizerplayground.ui.charts.ChartsPanel;
import dev.optimizerplayground.ui.charts.StepInspector;
import dev.optimizerplayground.ui.files.ScenarioActions;
import dev.optimizerplayground.ui.help.HelpMenu;
import dev.optimizerplayground.ui.lesson.LessonEditor;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at the sizes a classroom has: a 1024×768 projector, 720p and 768p laptops, a 4K
 * screen. With default settings everything a lesson needs is on screen at once.
 */
@ExtendWith(ApplicationExtension.class)
class WindowFitTest {

    @TempDir
    static Path home;

    private Stage stage;
    private MainWindow window;
    private PlaygroundModel model;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        window = new MainWindow(model, BackgroundWork.SAME_THREAD);
        ScenarioActions files = new ScenarioActions(model, new SessionStore(home), () -> stage);
        List<Action> tools = PlaygroundApp.toolActions(model, BackgroundWork.SAME_THREAD, () -> stage);
        LessonEditor lessonEditor = new LessonEditor(model, files::save, () -> stage);
        HelpMenu help = new HelpMenu(() -> stage, PlaygroundApp.allActions(window, files, tools, lessonEditor));
        window.setMenus(PlaygroundApp.menus(window, files, tools, lessonEditor, help, language -> { }));
        stage.show();
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1024, 768", "1280, 720", "1366, 768", "3840, 2160"})
    void theMenusLayoutSwitchPlotChartsAndPlaybackBarAreAllInsideTheWindow(int width, int height, FxRobot robot) {
        show(robot, width, height);

        for (String id : new String[] {"#menu-bar", "#layout-overlay", "#layout-side-by-side", "#toggle-side-panel",
                "#toggle-charts", "#plot-view", "#" + ChartsPanel.LR_CHART_ID, "#play", "#timeline", "#speed",
                "#step-counter", "#formula", "#presets"}) {
            assertInside(robot.lookup(id).query(), width, height, id);
        }
        for (String menu : new String[] {"File", "View", "Help"}) {
            assertInside(robot.lookup(".menu-bar .menu")
                            .match((Labeled l) -> l.getText().replace("_", "").equals(menu)).query(),
                    width, height, menu + " menu");
        }
        Labeled lrTitle = robot.lookup("#" + ChartsPanel.LR_CHART_ID + " .chart-title").queryAs(Labeled.class);
        assertThat(shownText(lrTitle)).as("the η_eff chart's title, not cut short").isEqualTo(lrTitle.getText());
        assertThat(robot.lookup("#plot-view").query().getLayoutBounds().getWidth())
                .as("the plot keeps a usable width").isGreaterThan(300);
    }

    @Test
    void collapsingTheSidePanelAndTheChartsGivesTheirRoomToThePlot(FxRobot robot) {
        show(robot, 1024, 768);
        double before = robot.lookup("#plot-view").query().getLayoutBounds().getWidth();

        robot.clickOn("#toggle-side-panel");
        robot.clickOn("#toggle-charts");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#side-panel").query().isVisible()).isFalse();
        assertThat(robot.lookup("#charts").tryQuery()).isEmpty();
        assertThat(robot.lookup("#plot-view").query().getLayoutBounds().getWidth()).isGreaterThan(before + 500);

        robot.clickOn("#toggle-side-panel");
        robot.clickOn("#toggle-charts");
        WaitForAsyncUtils.waitForFxEvents();
        assertInside(robot.lookup("#" + ChartsPanel.LR_CHART_ID).query(), 1024, 768, "charts shown again");
        assertInside(robot.lookup("#formula").query(), 1024, 768, "side panel shown again");
    }

    @Test
    void theViewMenusKeysCollapseThePanels(FxRobot robot) {
        show(robot, 1024, 768);
        robot.clickOn("#plot-view");

        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.B)
                .type(javafx.scene.input.KeyCode.J).release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.sidePanelShownProperty().get()).isFalse();
        assertThat(window.chartsShownProperty().get()).isFalse();
    }

    @Test
    void presentationModeHidesTheEditingPanelsEnlargesThePlotAndEscLeavesIt(FxRobot robot) {
        show(robot, 1024, 768);
        robot.clickOn("#plot-view");
        double before = robot.lookup("#plot-view").query().getLayoutBounds().getWidth();

        robot.type(KeyCode.F5);

        assertThat(window.presentingProperty().get()).isTrue();
        assertThat(robot.lookup("#side-panel").query().isVisible()).isFalse();
        assertThat(robot.lookup(".header").query().isVisible()).as("the header gives its room").isFalse();
        assertThat(model.drawingScaleProperty().get()).isEqualTo(MainWindow.PRESENTATION_SCALE);
        assertThat(robot.lookup("#plot-view").query().getLayoutBounds().getWidth()).isGreaterThan(before * 1.3);
        for (String id : new String[] {"#plot-view", "#" + ChartsPanel.LR_CHART_ID, "#play", "#timeline"}) {
            assertInside(robot.lookup(id).query(), 1024, 768, id + " while presenting");
        }
        robot.type(KeyCode.SPACE);
        assertThat(model.playback().isPlaying()).as("keyboard-driven").isTrue();

        robot.type(KeyCode.ESCAPE);

        assertThat(window.presentingProperty().get()).isFalse();
        assertThat(robot.lookup("#side-panel").query().isVisible()).isTrue();
        assertThat(model.drawingScaleProperty().get()).isEqualTo(1);
    }

    @Test
    void withTheLensOnAndSixLegendEntriesAt1024x768ThePlaybackBarTheLensToggleAndTheInspectorStayOnScreen(FxRobot robot) {
        robot.interact(() -> {
            model.curvatureLensProperty().set(true);
            model.duplicateWithConvention(dev.optimizerplayground.session.OptimizerLane.RMSPROP,
                    dev.optimizerplayground.core.optimizer.Convention.PYTORCH);
            model.duplicateWithConvention(dev.optimizerplayground.session.OptimizerLane.ADAM,
                    dev.optimizerplayground.core.optimizer.Convention.KERAS);
        });
        show(robot, 1024, 768);

        for (String id : new String[] {"#play", "#timeline", "#step-counter", "#curvature-lens-toggle",
                "#" + StepInspector.ID, "#plot-view"}) {
            assertInside(robot.lookup(id).query(), 1024, 768, id + " with the lens's fourth chart");
        }
    }

    @Test
    void whilePresentingTheOpenStepInspectorTakesTheChartsPlaceInPresentationTypeAndCoversNothingElse(FxRobot robot) {
        show(robot, 1024, 768);
        robot.clickOn("#plot-view");
        robot.type(KeyCode.F5);
        Node plot = robot.lookup("#plot-view").query();
        double plotWidth = plot.getLayoutBounds().getWidth();
        double plotHeight = plot.getLayoutBounds().getHeight();
        StepInspector inspector = robot.lookup("#" + StepInspector.ID).queryAs(StepInspector.class);
        assertInside(inspector, 1024, 768, "the folded inspector while presenting");

        // Unfolded at once: the sizes below are those after the animation, which a loaded machine can stretch out.
        robot.interact(() -> {
            inspector.setAnimated(false);
            inspector.setExpanded(true);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#charts").query().isVisible()).as("the charts give the column up").isFalse();
        for (String id : new String[] {"#" + StepInspector.TEXT_ID, "#" + StepInspector.HEADING_ID,
                "#inspector-copy-latex", "#plot-view", "#play", "#timeline", "#step-counter"}) {
            assertInside(robot.lookup(id).query(), 1024, 768, id + " with the inspector open");
        }
        assertThat(plot.getLayoutBounds().getWidth()).as("the plot keeps its room").isEqualTo(plotWidth);
        assertThat(plot.getLayoutBounds().getHeight()).isEqualTo(plotHeight);
        TextArea text = robot.lookup("#" + StepInspector.TEXT_ID).queryAs(TextArea.class);
        assertThat(text.getFont().getSize()).as("presentation-size formulas").isGreaterThanOrEqualTo(18);
        assertThat(text.isWrapText()).as("wrapped to the narrow column").isTrue();
        assertThat(text.getHeight()).as("room for the formulas").isGreaterThan(300);

        robot.interact(() -> inspector.setExpanded(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertInside(robot.lookup("#" + ChartsPanel.LR_CHART_ID).query(), 1024, 768, "the charts back");

        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> inspector.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#charts").query().isVisible()).as("outside presentation both show").isTrue();
        assertThat(text.getFont().getSize()).as("and the type is the usual size again").isLessThan(18);
    }

    private void show(FxRobot robot, int width, int height) {
        robot.interact(() -> {
            Scene scene = new Scene(window, width, height);
            MainWindow.installStylesheets(scene);
            scene.getStylesheets().add(ScenarioActions.STYLESHEET);
            window.installShortcuts(scene);
            stage.setScene(scene);
            stage.sizeToScene();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void assertInside(Node node, double width, double height, String what) {
        assertThat(node.isVisible()).as(what + " is visible").isTrue();
        Bounds b = node.localToScene(node.getLayoutBounds());
        assertThat(b.getWidth()).as(what + " has a width").isPositive();
        assertThat(b.getMinX()).as(what + " left edge").isGreaterThanOrEqualTo(0);
        assertThat(b.getMinY()).as(what + " top edge").isGreaterThanOrEqualTo(0);
        assertThat(b.getMaxX()).as(what + " right edge").isLessThanOrEqualTo(width);
        assertThat(b.getMaxY()).as(what + " bottom edge").isLessThanOrEqualTo(height);
    }

    /** The text a label draws, which ends in "…" when it had to be cut short. */
    private static String shownText(Labeled label) {
        return label.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }
}
