package dev.optimizerplayground.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.files.SessionStore;
import dev.optimizerplayground.core.scenario.ScenarioLibrary;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.plot.PlotTransform;
import dev.optimizerplayground.session.RunSet.LaneRun;
import dev.optimizerplayground.ui.actions.Action;
import dev.optimizerplayground.ui.charts.ChartsPanel;
import dev.optimizerplayground.ui.files.ScenarioActions;
import dev.optimizerplayground.ui.help.HelpMenu;
import dev.optimizerplayground.ui.lesson.LessonCard;
import dev.optimizerplayground.ui.lesson.LessonEditor;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import dev.optimizerplayground.ui.plot.BasinLayer;
import dev.optimizerplayground.ui.plot.PlotArea;
import dev.optimizerplayground.ui.plot.PlotLegend;
import dev.optimizerplayground.ui.plot.PlotView;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode on a 1024×768 projector with a lesson open: what stays, what goes, what is covered. */
@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {

    @TempDir
    static Path home;

    private Stage stage;
    private MainWindow window;
    private PlaygroundModel model;
    private ScenarioActions files;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        window = new MainWindow(model, BackgroundWork.SAME_THREAD);
        window.showBasins(new BasinLayer(model, BackgroundWork.SAME_THREAD, Runnable::run, Runnable::run));
        files = new ScenarioActions(model, new SessionStore(home), () -> stage);
        List<Action> tools = PlaygroundApp.toolActions(model, BackgroundWork.SAME_THREAD, () -> stage);
        LessonEditor lessonEditor = new LessonEditor(model, files::save, () -> stage);
        HelpMenu help = new HelpMenu(() -> stage, PlaygroundApp.allActions(window, files, tools, lessonEditor));
        window.setMenus(PlaygroundApp.menus(window, files, tools, lessonEditor, help, language -> { }));
        Scene scene = new Scene(window, 1024, 768);
        MainWindow.installStylesheets(scene);
        window.installShortcuts(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void theBasinsBarAndLensSwitchGoAwayWhilePresentingAndComeBackAfter(FxRobot robot) {
        Node bar = robot.lookup(".basin-bar").query();
        Node lens = robot.lookup("#curvature-lens-toggle").query();
        assertThat(bar.isVisible()).isTrue();

        robot.clickOn("#" + PlotArea.PLOT_VIEW_ID).type(KeyCode.F5);

        assertThat(bar.isVisible()).isFalse();
        assertThat(bar.isManaged()).as("the plot takes its room").isFalse();
        assertThat(lens.isVisible()).isFalse();
        robot.type(KeyCode.ESCAPE);
        assertThat(bar.isVisible()).isTrue();
        assertThat(lens.isVisible()).isTrue();
    }

    /**
     * The Rosenbrock lesson's trails run from the top left down the valley to the minimum at (1, 1):
     * the card leaves the top left for a corner where it hides the star and hardly any trail.
     */
    @Test
    void theLessonCardHidesNeitherTheMinimumNorTheTrailsAtTenTwentyFourPixels(FxRobot robot) {
        ScenarioLibrary.Entry lesson = ScenarioLibrary.builtIn().stream()
                .filter(e -> e.fileName().equals("rmsprop-beats-adagrad-late.json")).findFirst().orElseThrow();
        robot.interact(() -> files.openTeachingScenario(lesson));
        robot.clickOn("#" + PlotArea.PLOT_VIEW_ID).type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();

        Node card = robot.lookup("#" + LessonCard.ID).query();
        Bounds cardOnScreen = card.localToScreen(card.getLayoutBounds());
        PlotView view = robot.lookup("#" + PlotArea.PLOT_VIEW_ID).queryAs(PlotView.class);
        PlotTransform t = view.plotTransform();
        assertThat(card.isVisible()).isTrue();
        for (Point minimum : model.knownMinima()) {
            assertThat(cardOnScreen.contains(onScreen(view, t, minimum.x(), minimum.y())))
                    .as("the minimum at " + minimum + " stays in view").isFalse();
        }
        long points = 0;
        long hidden = 0;
        for (LaneRun run : model.runs().runs()) {
            int end = run.trajectory().length() - 1;
            assertThat(cardOnScreen.contains(onScreen(view, t, run.trajectory().x(end), run.trajectory().y(end))))
                    .as(run.lane() + "'s end stays in view").isFalse();
            for (int i = 0; i < run.trajectory().length(); i++) {
                points++;
                if (cardOnScreen.contains(onScreen(view, t, run.trajectory().x(i), run.trajectory().y(i)))) {
                    hidden++;
                }
            }
        }
        assertThat(hidden).as("trail points under the card, of " + points).isLessThan(points / 10);
        // and inside the axes, clear of the legend and the colour bar
        Bounds axes = view.localToScreen(new javafx.geometry.BoundingBox(t.left(), t.top(), t.width(), t.height()));
        assertThat(axes.contains(cardOnScreen)).isTrue();
    }

    @Test
    void aLegendStatusCutShortAtTenTwentyFourPixelsHasItsWholeTextAsTooltip(FxRobot robot) {
        robot.interact(() -> model.playback().jumpToEnd());
        for (Node node : robot.lookup(".legend-status").queryAll()) {
            Label status = (Label) node;
            assertThat(status.getTooltip()).isNotNull();
            assertThat(status.getTooltip().getText()).startsWith(status.getText());
        }
        assertThat(robot.lookup("#" + PlotLegend.ID).tryQuery()).isPresent();
    }

    @Test
    void theDarkProjectorThemeDarkensThePlotAndChartCanvasesAndLightLeavesThemWhite(FxRobot robot) {
        assertThat(brightness(robot.lookup("#" + PlotView.BACKGROUND_ID).queryAs(Canvas.class))).isGreaterThan(0.95);

        robot.interact(() -> window.darkThemeProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertThat(brightness(robot.lookup("#" + PlotView.BACKGROUND_ID).queryAs(Canvas.class)))
                    .as("the plot's page").isLessThan(0.15);
            Canvas chart = robot.lookup("#" + ChartsPanel.LR_CHART_ID).lookup((Node n) -> n instanceof Canvas)
                    .queryAs(Canvas.class);
            assertThat(brightness(chart, chart.getWidth() / 2, chart.getHeight() / 2)).as("the η_eff chart's page")
                    .isLessThan(0.3);
        } finally {
            robot.interact(() -> window.darkThemeProperty().set(false));
        }
        assertThat(brightness(robot.lookup("#" + PlotView.BACKGROUND_ID).queryAs(Canvas.class))).isGreaterThan(0.95);
    }

    /** The brightness of a canvas's top left corner, outside the plot's axes. */
    private static double brightness(Canvas canvas) {
        return brightness(canvas, 2, 2);
    }

    private static double brightness(Canvas canvas, double x, double y) {
        try {
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null)).get();
            return image.getPixelReader().getColor((int) x, (int) y).getBrightness();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        }
    }

    private static Point2D onScreen(PlotView view, PlotTransform t, double x, double y) {
        return view.localToScreen(t.toPixelX(x), t.toPixelY(y));
    }
}
