package dev.optimizerplayground.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.ui.charts.StepInspector;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import dev.optimizerplayground.ui.model.TrailPoint;
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

/** Hovering a trail point makes the step inspector explain that point's step. */
@ExtendWith(ApplicationExtension.class)
class TrailHoverTest {

    private PlaygroundModel model;
    private PlotArea area;
    private StepInspector inspector;

    @Start
    void start(Stage stage) {
        model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        area = new PlotArea(model, BackgroundWork.SAME_THREAD);
        inspector = new StepInspector(model);
        BorderPane root = new BorderPane(area);
        root.setBottom(inspector);
        stage.setScene(new Scene(root, 900, 760));
        stage.show();
    }

    @Test
    void hoveringSgdsFifthPointInspectsItsFifthStep(FxRobot robot) {
        robot.interact(() -> {
            inspector.setExpanded(true);
            model.playback().stepProperty().set(40);
        });
        Trajectory sgd = model.runs().runs().stream().filter(r -> r.lane() == OptimizerLane.SGD).findFirst()
                .orElseThrow().trajectory();
        var t = area.overlayView().plotTransform();
        // Events fired at the view, as PlotViewTest does: independent of where the window lies on screen.
        robot.interact(() -> area.overlayView().fireEvent(mouse(MouseEvent.MOUSE_MOVED,
                t.toPixelX(sgd.x(5)), t.toPixelY(sgd.y(5)))));
        assertThat(model.hoveredPointProperty().get()).isEqualTo(new TrailPoint(OptimizerLane.SGD, 5));
        assertThat(robot.lookup("#" + StepInspector.HEADING_ID).queryAs(Label.class).getText())
                .startsWith("SGD · step 5 (the trail point under the mouse)");
        assertThat(inspector.shown().step()).isEqualTo(5);

        robot.interact(() -> area.overlayView().fireEvent(mouse(MouseEvent.MOUSE_EXITED, 0, 0)));
        assertThat(model.hoveredPointProperty().get()).isNull();
        assertThat(inspector.shown().step()).isEqualTo(40);
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, double x, double y) {
        return new MouseEvent(type, x, y, x, y, MouseButton.NONE, 0, false, false, false, false,
                false, false, false, false, false, false, null);
    }
}
