package dev.optimizerplayground.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.session.LayoutMode;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.session.RunSet.LaneRun;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The grid of one small plot per enabled lane. */
@ExtendWith(ApplicationExtension.class)
class SideBySidePlotsTest {

    private PlaygroundModel model;
    private PlotArea area;

    @Start
    void start(Stage stage) {
        model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        model.layoutProperty().set(LayoutMode.SIDE_BY_SIDE);
        area = new PlotArea(model, BackgroundWork.SAME_THREAD);
        stage.setScene(new Scene(area, 900, 700));
        stage.show();
    }

    @Test
    void oneCellPerEnabledLaneEachWithOnlyItsOwnTrailInLockStep(FxRobot robot) {
        List<Node> cells = cells();
        assertThat(cells).extracting(Node::getId).containsExactly("plot-cell-rmsprop", "plot-cell-adagrad",
                "plot-cell-sgd", "plot-cell-adam");
        assertThat(robot.lookup("#" + PlotArea.PLOT_VIEW_ID).tryQuery()).as("overlay not shown").isEmpty();

        robot.interact(() -> model.playback().stepProperty().set(42));
        for (Node node : cells) {
            PlotView cell = (PlotView) node;
            PlotFrame frame = cell.frame();
            assertThat(frame.runs()).extracting(LaneRun::lane).containsExactly(cell.lane());
            assertThat(frame.step()).isEqualTo(42);
            assertThat(frame.options().title()).isEqualTo(cell.lane().displayName());
            assertThat(frame.window()).isEqualTo(model.window());
        }
    }

    @Test
    void cellsAreEqualAndShareOneContourImageOfTheirSize(FxRobot robot) {
        robot.interact(() -> model.slot(OptimizerLane.NADAM).enabledProperty().set(true));
        List<Node> cells = cells();
        assertThat(cells).hasSize(5);
        double w = cells.get(0).getLayoutBounds().getWidth();
        double h = cells.get(0).getLayoutBounds().getHeight();
        assertThat(cells).allSatisfy(cell -> {
            assertThat(cell.getLayoutBounds().getWidth()).isEqualTo(w);
            assertThat(cell.getLayoutBounds().getHeight()).isEqualTo(h);
        });
        assertThat(cells.get(3).getLayoutY()).as("3 × 2 grid").isGreaterThan(cells.get(2).getLayoutY());
        var t = ((PlotView) cells.get(0)).plotTransform();
        assertThat(area.contours().result().width()).isEqualTo((int) Math.round(t.width()));
        assertThat(area.contours().result().height()).isEqualTo((int) Math.round(t.height()));

        robot.interact(() -> model.slots().forEach(s -> s.enabledProperty().set(s.lane() == OptimizerLane.ADAM)));
        assertThat(cells()).extracting(Node::getId).containsExactly("plot-cell-adam");
    }

    @Test
    void allNineLanesFillAThreeByThreeGridInLaneOrder(FxRobot robot) {
        robot.interact(() -> model.slots().forEach(s -> s.enabledProperty().set(true)));
        List<Node> cells = cells();
        assertThat(cells).extracting(Node::getId).startsWith("plot-cell-rmsprop", "plot-cell-rmsprop-b")
                .hasSize(OptimizerLane.values().length);
        assertThat(cells).extracting(Node::getLayoutY).containsOnly(cells.get(0).getLayoutY(),
                cells.get(3).getLayoutY(), cells.get(6).getLayoutY());
        assertThat(cells.get(2).getLayoutY()).isEqualTo(cells.get(0).getLayoutY());
        assertThat(cells.get(3).getLayoutY()).isGreaterThan(cells.get(2).getLayoutY());
        assertThat(cells.get(6).getLayoutY()).isGreaterThan(cells.get(5).getLayoutY());
        assertThat(cells.get(8).getLayoutX()).isEqualTo(cells.get(2).getLayoutX());
    }

    @Test
    void gridShapes() {
        assertThat(SideBySidePlots.columns(1)).isEqualTo(1);
        assertThat(SideBySidePlots.columns(2)).isEqualTo(2);
        assertThat(SideBySidePlots.columns(4)).isEqualTo(2);
        assertThat(SideBySidePlots.columns(5)).isEqualTo(3);
        assertThat(SideBySidePlots.columns(6)).isEqualTo(3);
        assertThat(SideBySidePlots.columns(8)).isEqualTo(3);
        assertThat(SideBySidePlots.columns(OptimizerLane.values().length)).as("all nine lanes: 3 × 3").isEqualTo(3);
    }

    private List<Node> cells() {
        return area.sideBySide().getChildrenUnmodifiable();
    }
}
