package dev.optimizerplayground.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.optimizerplayground.core.explain.LocalCurvature;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.shape.Polygon;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class CurvatureLensTest {

    private PlaygroundModel model;
    private PlotArea area;

    @Start
    void start(Stage stage) {
        model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        area = new PlotArea(model, BackgroundWork.SAME_THREAD);
        stage.setScene(new Scene(area, 900, 650));
        stage.show();
    }

    @Test
    void theToggleDrawsTheLocalQuadraticModelOfTheInspectedLane(FxRobot robot) {
        assertThat(area.curvatureLens().isVisible()).isFalse();
        robot.clickOn("#curvature-lens-toggle");
        robot.interact(() -> model.playback().stepProperty().set(20));
        robot.interact(() -> area.curvatureLens().layout());
        LocalCurvature shown = area.curvatureLens().shown();
        // x² + 10y² at RMSProp's point (the first lane): H = diag(2, 20) everywhere
        assertThat(shown.lambdaMax()).isEqualTo(20.0);
        assertThat(shown.conditionNumber()).isEqualTo(10.0);
        var rms = model.runs().runs().get(0).trajectory();
        assertThat(shown.x()).isEqualTo(rms.x(20));
        assertThat(robot.lookup("#" + CurvatureLens.READOUT_ID).queryAs(Label.class).getText())
                .contains("λ₁ = 20", "κ = 10", "2/λ₁ = 0.1");
        Polygon ellipse = (Polygon) area.curvatureLens().getChildren().get(0);
        assertThat(ellipse.getPoints()).hasSize(2 * 72);
        // Its x extent is √10 times its y extent in data units (semi-axes ∝ 1/√λ).
        var t = area.overlayView().plotTransform();
        double xSpan = span(ellipse, 0, t.width() / t.bounds().width());
        double ySpan = span(ellipse, 1, t.height() / t.bounds().height());
        assertThat(xSpan / ySpan).isCloseTo(Math.sqrt(10), within(1e-2));

        robot.clickOn("#legend-" + OptimizerLane.SGD.id());
        robot.interact(() -> area.curvatureLens().layout());
        assertThat(area.curvatureLens().shown().x()).isEqualTo(
                model.runs().runs().stream().filter(r -> r.lane() == OptimizerLane.SGD).findFirst().orElseThrow()
                        .trajectory().x(20));
    }

    /** The polygon's extent along x (axis 0) or y (axis 1) in data units. */
    private static double span(Polygon polygon, int axis, double pixelsPerUnit) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = axis; i < polygon.getPoints().size(); i += 2) {
            min = Math.min(min, polygon.getPoints().get(i));
            max = Math.max(max, polygon.getPoints().get(i));
        }
        return (max - min) / pixelsPerUnit;
    }
}
