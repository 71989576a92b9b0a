package dev.optimizerplayground.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.plot.PlotTransform;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.ui.charts.StepInspector;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A click on a trail picks its lane for the inspector and the lens; a click elsewhere still moves the start. */
@ExtendWith(ApplicationExtension.class)
class TrailClickTest {

    private PlaygroundModel model;
    private PlotArea area;
    private StepInspector inspector;

    @Start
    void start(Stage stage) {
        model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        model.update(s -> s.withEachLane(l -> l.withEnabled(l.lane() == OptimizerLane.SGD
                || l.lane() == OptimizerLane.ADAM)).withSelectedLane(OptimizerLane.ADAM));
        area = new PlotArea(model, BackgroundWork.SAME_THREAD);
        inspector = new StepInspector(model);
        BorderPane root = new BorderPane(area);
        root.setBottom(inspector);
        stage.setScene(new Scene(root, 900, 760));
        stage.show();
    }

    @Test
    void clickingBetweenTwoPointsOfSgdsTrailSelectsSgdAndLeavesTheStart(FxRobot robot) {
        robot.interact(() -> {
            inspector.setExpanded(true);
            model.playback().stepProperty().set(40);
        });
        Trajectory sgd = trajectory(OptimizerLane.SGD);
        PlotTransform t = area.overlayView().plotTransform();
        // Halfway along the line from step 5 to step 6, where no point is drawn, and 2 px off it.
        double px = (t.toPixelX(sgd.x(5)) + t.toPixelX(sgd.x(6))) / 2 + 2;
        double py = (t.toPixelY(sgd.y(5)) + t.toPixelY(sgd.y(6))) / 2;
        Point start = model.startProperty().get();

        click(robot, px, py);

        assertThat(model.selectedLaneProperty().get()).isEqualTo(OptimizerLane.SGD);
        assertThat(model.startProperty().get()).as("a click on a trail does not move the start").isEqualTo(start);
        assertThat(robot.lookup("#" + StepInspector.HEADING_ID).queryAs(Label.class).getText()).startsWith("SGD");
    }

    @Test
    void clickingAwayFromEveryTrailMovesTheStartAndKeepsTheSelection(FxRobot robot) {
        PlotTransform t = area.overlayView().plotTransform();
        double px = t.left() + 12;
        double py = t.top() + 12;
        assertThat(TrailHit.laneAt(model, t, null, px, py)).as("no trail in the plot's top-left corner").isNull();

        click(robot, px, py);

        assertThat(model.startProperty().get().x()).isCloseTo(t.toDataX(px), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(model.selectedLaneProperty().get()).isEqualTo(OptimizerLane.ADAM);
    }

    @Test
    void theDistanceToATrailIsMeasuredToItsLinesNotOnlyItsPoints() {
        assertThat(TrailHit.squaredDistanceToSegment(5, 3, 0, 0, 10, 0)).isEqualTo(9);
        assertThat(TrailHit.squaredDistanceToSegment(-4, 3, 0, 0, 10, 0)).as("beyond an end: to the end").isEqualTo(25);
        assertThat(TrailHit.squaredDistanceToSegment(1, 1, 0, 0, 0, 0)).as("a segment of one point").isEqualTo(2);
    }

    private Trajectory trajectory(OptimizerLane lane) {
        return model.runs().runs().stream().filter(r -> r.lane() == lane).findFirst().orElseThrow().trajectory();
    }

    /** Press and release fired at the view, as PlotViewTest does: independent of where the window lies. */
    private void click(FxRobot robot, double x, double y) {
        robot.interact(() -> {
            area.overlayView().fireEvent(mouse(MouseEvent.MOUSE_PRESSED, x, y));
            area.overlayView().fireEvent(mouse(MouseEvent.MOUSE_RELEASED, x, y));
        });
    }

    private static MouseEvent mouse(EventType<MouseEvent> type, double x, double y) {
        return new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false,
                type == MouseEvent.MOUSE_PRESSED, false, false, false, false, true, null);
    }
}
