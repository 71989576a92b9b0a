package dev.optimizerplayground.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.core.optimizer.Hyperparameter;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** SGD's η slider marks the stability limit 2/λ₁ of the point SGD is at. */
@ExtendWith(ApplicationExtension.class)
class SgdStabilityMarkerTest {

    private PlaygroundModel model;

    @Start
    void start(Stage stage) {
        model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        stage.setScene(new Scene(new ScrollPane(new OptimizerPanel(model)), 420, 900));
        stage.show();
    }

    @Test
    void onTheElongatedValleyTheMarkerSitsAtOneTenth(FxRobot robot) {
        // x² + 10y²: λ₁ = 20 everywhere, so 2/λ₁ = 0.1 at every step.
        robot.clickOn("#sgd-expand");
        robot.interact(() -> {
            model.slot(OptimizerLane.SGD).value(Hyperparameter.LEARNING_RATE).set(0.1);
            model.playback().stepProperty().set(30);
        });
        Slider slider = robot.lookup("#sgd-learning_rate").queryAs(Slider.class);
        HyperparameterSlider row = (HyperparameterSlider) slider.getParent().getParent();
        Hyperparameter h = Hyperparameter.LEARNING_RATE;
        assertThat(row.markerPosition()).isEqualTo(new SliderScale(h.min(), h.max(), h.logScale()).toSlider(0.1));
        Node marker = robot.lookup("#sgd-learning_rate-marker").query();
        assertThat(marker.isVisible()).isTrue();
        // With η = 0.1 the thumb sits on the limit: the marker's tip is above the thumb's centre.
        Bounds thumb = slider.lookup(".thumb").localToScene(slider.lookup(".thumb").getLayoutBounds());
        Bounds tip = marker.localToScene(marker.getLayoutBounds());
        assertThat(tip.getCenterX()).isCloseTo(thumb.getCenterX(), within(1.0));
    }

    @Test
    void sgdWithMomentumHasNoMarker(FxRobot robot) {
        robot.interact(() -> model.slot(OptimizerLane.SGD_MOMENTUM).enabledProperty().set(true));
        robot.clickOn("#sgd-momentum-expand");
        Slider slider = robot.lookup("#sgd-momentum-learning_rate").queryAs(Slider.class);
        assertThat(((HyperparameterSlider) slider.getParent().getParent()).markerPosition()).isNaN();
    }
}
