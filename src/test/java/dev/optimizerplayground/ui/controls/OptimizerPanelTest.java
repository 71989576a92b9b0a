package dev.optimizerplayground.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.optimizer.EpsilonPlacement;
import dev.optimizerplayground.core.optimizer.Hyperparameter;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.session.RunSet;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The optimizers section of the sidebar, driven through its controls as a person would. */
@ExtendWith(ApplicationExtension.class)
class OptimizerPanelTest {

    private PlaygroundModel model;

    @Start
    void start(Stage stage) {
        model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        ScrollPane scroll = new ScrollPane(new OptimizerPanel(model));
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 340, 760));
        stage.show();
    }

    @Test
    void draggingRmsPropsBetaSliderChangesItsConfigAndItsRun(FxRobot robot) {
        Slider beta = robot.lookup("#rmsprop-beta").queryAs(Slider.class);
        Trajectory before = run(OptimizerLane.RMSPROP);

        robot.drag(beta.lookup(".thumb")).moveBy(-120, 0).release(javafx.scene.input.MouseButton.PRIMARY);

        double now = model.slot(OptimizerLane.RMSPROP).config().beta();
        assertThat(now).isLessThan(0.8);
        assertThat(robot.lookup("#rmsprop-beta-field").queryAs(NumberField.class).getText())
                .isEqualTo(dev.optimizerplayground.core.text.NumberText.exact(now));
        assertThat(run(OptimizerLane.RMSPROP)).isNotSameAs(before);
        assertThat(run(OptimizerLane.RMSPROP).x(10)).isNotEqualTo(before.x(10));
    }

    @Test
    void aTypedLearningRateIsKeptExactlyAndMovesTheLogSlider(FxRobot robot) {
        robot.doubleClickOn("#rmsprop-learning_rate-field").write("0.5").type(KeyCode.ENTER);

        assertThat(model.slot(OptimizerLane.RMSPROP).config().learningRate()).isEqualTo(0.5);
        assertThat(robot.lookup("#rmsprop-learning_rate").queryAs(Slider.class).getValue())
                .isEqualTo(Math.log10(0.5));

        // Beyond the slider's range is fine too: the thumb pins at its end.
        robot.doubleClickOn("#rmsprop-learning_rate-field").write("20").type(KeyCode.ENTER);
        assertThat(model.slot(OptimizerLane.RMSPROP).config().learningRate()).isEqualTo(20);
        assertThat(robot.lookup("#rmsprop-learning_rate").queryAs(Slider.class).getValue()).isEqualTo(1);
    }

    @Test
    void aBadValueIsRefusedWithAVisibleError(FxRobot robot) {
        NumberField field = robot.lookup("#rmsprop-learning_rate-field").queryAs(NumberField.class);

        robot.doubleClickOn(field).write("fast").type(KeyCode.ENTER);
        assertThat(field.getStyleClass()).contains(NumberField.INVALID);
        assertThat(model.slot(OptimizerLane.RMSPROP).config().learningRate()).isEqualTo(0.1);

        robot.doubleClickOn(field).eraseText(4).write("-1").type(KeyCode.ENTER);
        Label error = robot.lookup("#rmsprop-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("learning rate");
        assertThat(model.slot(OptimizerLane.RMSPROP).config().learningRate()).isEqualTo(0.1);
        assertThat(field.getText()).isEqualTo("0.1");
    }

    @Test
    void aLaneCheckBoxAddsAndRemovesItsRun(FxRobot robot) {
        assertThat(lanes()).doesNotContain(OptimizerLane.NADAM);

        robot.clickOn("#lane-nadam");
        assertThat(lanes()).contains(OptimizerLane.NADAM);

        robot.clickOn("#lane-sgd");
        assertThat(lanes()).containsExactly(OptimizerLane.RMSPROP, OptimizerLane.ADAGRAD, OptimizerLane.ADAM,
                OptimizerLane.NADAM);
        assertThat(robot.lookup("#lane-sgd").queryAs(CheckBox.class).isSelected()).isFalse();
    }

    @Test
    void aSecondRmspropCardComparesItsOwnSettings(FxRobot robot) {
        CheckBox second = robot.lookup("#lane-rmsprop-b").queryAs(CheckBox.class);
        assertThat(second.getText()).isEqualTo("RMSProp B");
        assertThat(second.isSelected()).isFalse();
        assertThat(((javafx.scene.shape.Rectangle) second.getGraphic()).getFill())
                .isEqualTo(javafx.scene.paint.Color.web("#999999"));

        robot.interact(() -> second.setSelected(true));
        assertThat(lanes()).containsExactly(OptimizerLane.RMSPROP, OptimizerLane.RMSPROP_B, OptimizerLane.ADAGRAD,
                OptimizerLane.SGD, OptimizerLane.ADAM);
        assertThat(run(OptimizerLane.RMSPROP_B).x(10)).as("same settings, same run").isEqualTo(run(OptimizerLane.RMSPROP).x(10));

        // Its β slider is its own: RMSProp keeps 0.9.
        robot.clickOn("#rmsprop-b-expand");
        robot.interact(() -> robot.lookup("#rmsprop-b-beta").queryAs(Slider.class).setValue(0.5));
        assertThat(model.slot(OptimizerLane.RMSPROP_B).config().beta()).isEqualTo(0.5);
        assertThat(model.slot(OptimizerLane.RMSPROP).config().beta()).isEqualTo(0.9);
        assertThat(run(OptimizerLane.RMSPROP_B).x(10)).isNotEqualTo(run(OptimizerLane.RMSPROP).x(10));
    }

    @Test
    void conventionButtonsSwitchTheFormsAndKeepLearningRates(FxRobot robot) {
        CheckBox inside = robot.lookup("#rmsprop-epsilon_inside").queryAs(CheckBox.class);
        assertThat(inside.isSelected()).isTrue();

        robot.clickOn("#convention-pytorch");
        assertThat(model.slot(OptimizerLane.RMSPROP).config().epsilonPlacement()).isEqualTo(EpsilonPlacement.OUTSIDE);
        assertThat(inside.isSelected()).isFalse();
        assertThat(model.slot(OptimizerLane.RMSPROP).config().learningRate()).isEqualTo(0.1);

        robot.clickOn("#convention-keras");
        assertThat(model.slot(OptimizerLane.RMSPROP).config().epsilonPlacement()).isEqualTo(EpsilonPlacement.INSIDE);
        robot.clickOn("#convention-keras"); // clicking the chosen one again keeps it chosen
        assertThat(robot.lookup("#convention-keras").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();
    }

    @Test
    void conventionButtonsFollowTheLanesWhoeverChangesThem(FxRobot robot) {
        javafx.scene.control.ToggleButton textbook = robot.lookup("#convention-textbook").queryAs(javafx.scene.control.ToggleButton.class);
        javafx.scene.control.ToggleButton pytorch = robot.lookup("#convention-pytorch").queryAs(javafx.scene.control.ToggleButton.class);
        assertThat(textbook.isSelected()).isTrue();

        // e.g. an opened scenario: every lane in PyTorch form
        robot.interact(() -> model.applyConvention(dev.optimizerplayground.core.optimizer.Convention.PYTORCH));
        assertThat(pytorch.isSelected()).isTrue();
        assertThat(textbook.isSelected()).isFalse();

        // one lane back in textbook form: the lanes disagree, so no button is lit
        robot.interact(() -> model.slot(OptimizerLane.ADAM).applyConvention(
                dev.optimizerplayground.core.optimizer.Convention.TEXTBOOK));
        assertThat(pytorch.isSelected()).isFalse();
        assertThat(textbook.isSelected()).isFalse();
    }

    @Test
    void aSwitchEditsTheConfig(FxRobot robot) {
        robot.clickOn("#rmsprop-centered");
        assertThat(model.slot(OptimizerLane.RMSPROP).config().centered()).isTrue();
    }

    @Test
    void theSharedLearningRateDisablesEachLanesOwn(FxRobot robot) {
        Slider own = robot.lookup("#rmsprop-learning_rate").queryAs(Slider.class);
        Slider shared = robot.lookup("#shared-learning_rate").queryAs(Slider.class);
        assertThat(shared.isDisabled()).isTrue();

        robot.clickOn("#" + OptimizerPanel.SHARE_LR_ID);

        assertThat(model.shareLearningRateProperty().get()).isTrue();
        assertThat(own.isDisabled()).isTrue();
        assertThat(shared.isDisabled()).isFalse();
        robot.doubleClickOn("#shared-learning_rate-field").write("0.02").type(KeyCode.ENTER);
        assertThat(model.sharedLearningRateProperty().get()).isEqualTo(0.02);
        assertThat(model.runs().runs()).allSatisfy(run ->
                assertThat(run.trajectory().spec().optimizer().learningRate()).isEqualTo(0.02));
    }

    @Test
    void onlyRmsPropIsOpenAtStartAndEveryControlExplainsItself(FxRobot robot) {
        assertThat(robot.lookup("#rmsprop-beta").queryAs(Slider.class).isVisible()).isTrue();
        // A folded card's settings are built when it is first opened (a faster start).
        assertThat(robot.lookup("#adam-beta1").tryQuery()).isEmpty();
        assertThat(robot.lookup("#rmsprop-beta").queryAs(Slider.class).getTooltip().getText())
                .contains(Hyperparameter.BETA.description());

        robot.clickOn("#adam-expand");
        assertThat(robot.lookup("#adam-beta1").queryAs(Slider.class).getParent().getParent().getParent().isVisible()).isTrue();
        assertThat(robot.lookup("#adam-amsgrad").queryAs(CheckBox.class).getTooltip()).isNotNull();
        // Folded and opened again: the same settings, not a second set.
        robot.clickOn("#adam-expand").clickOn("#adam-expand");
        assertThat(robot.lookup("#adam-beta1").queryAll()).hasSize(1);
        assertThat(robot.lookup("#adam-beta1").queryAs(Slider.class).getParent().getParent().getParent().isVisible()).isTrue();
    }

    private Trajectory run(OptimizerLane lane) {
        return model.runs().runs().stream().filter(r -> r.lane() == lane).findFirst().orElseThrow().trajectory();
    }

    private java.util.List<OptimizerLane> lanes() {
        return model.runs().runs().stream().map(RunSet.LaneRun::lane).toList();
    }
}
