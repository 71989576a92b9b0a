package dev.optimizerplayground.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.ui.controls.OptimizerPanel;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** RMSProp raced beside itself in another convention, and the legend says where the paths part. */
@ExtendWith(ApplicationExtension.class)
class ConventionTwinTest {

    private PlaygroundModel model;

    @Start
    void start(Stage stage) {
        model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        stage.setScene(new Scene(new VBox(new PlotLegend(model), new ScrollPane(new OptimizerPanel(model))), 700, 780));
        stage.show();
    }

    @Test
    void rmsPropBInPyTorchsFormPartsAtTheFirstStep(FxRobot robot) {
        robot.clickOn("#duplicate-rmsprop").clickOn("#duplicate-rmsprop-pytorch");
        assertThat(model.slot(OptimizerLane.RMSPROP_B).isEnabled()).isTrue();
        assertThat(model.slot(OptimizerLane.RMSPROP_B).config().convention()).isEqualTo(Convention.PYTORCH);
        assertThat(model.slot(OptimizerLane.RMSPROP_B).config().learningRate())
                .isEqualTo(model.slot(OptimizerLane.RMSPROP).config().learningRate());
        assertThat(status(robot, OptimizerLane.RMSPROP_B)).endsWith(" · parts from RMSProp at step 1");
        assertThat(status(robot, OptimizerLane.RMSPROP)).doesNotContain("parts");
    }

    @Test
    void inTheSameConventionItIsTheSamePath(FxRobot robot) {
        robot.interact(() -> model.duplicateWithConvention(OptimizerLane.RMSPROP, OptimizerLane.RMSPROP_B,
                Convention.TEXTBOOK));
        assertThat(status(robot, OptimizerLane.RMSPROP_B)).endsWith(" · same path as RMSProp");
    }

    private static String status(FxRobot robot, OptimizerLane lane) {
        return robot.lookup("#" + PlotLegend.statusId(lane)).queryAs(Label.class).getText();
    }
}
