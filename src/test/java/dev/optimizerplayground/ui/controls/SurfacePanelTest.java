package dev.optimizerplayground.ui.controls;

import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Preset;
import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.run.StepLimits;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SurfacePanelTest {

    private PlaygroundModel model;
    private SurfacePanel panel;

    @Start
    void start(Stage stage) {
        model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        panel = new SurfacePanel(model);
        stage.setScene(new Scene(panel, 380, 500));
        stage.show();
    }

    @Test
    void theBoxSaysCustomForAnEditedFormulaAndPickingThePresetAgainReloadsIt(FxRobot robot) {
        ComboBox<?> box = robot.lookup("#" + SurfacePanel.PRESET_BOX_ID).queryAs(ComboBox.class);
        Preset valley = model.presetProperty().get();
        assertThat(box.getValue()).isEqualTo(valley);

        robot.interact(() -> {
            model.formulaProperty().set("x^2 + 5*y^2");
            model.startProperty().set(new Point(1, 1));
        });
        assertThat(box.getValue()).isNull();
        assertThat(box.getButtonCell().getText()).isEqualTo("Custom");

        robot.clickOn(box).clickOn(valley.displayName());

        assertThat(model.surface().formula()).isEqualTo(valley.formula());
        assertThat(model.start()).isEqualTo(valley.start());
        assertThat(box.getValue()).isEqualTo(valley);

        robot.interact(() -> model.startProperty().set(new Point(2, 2)));
        robot.clickOn(box);
        // the same preset again, in the list (the box's own button shows its name too)
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.control.Labeled c) -> valley.displayName().equals(c.getText()))
                .queryAs(javafx.scene.Node.class));
        assertThat(model.start()).as("re-picking reloads it").isEqualTo(valley.start());
    }

    @Test
    void fittingBackFromAFarWindowMovesItOnceAndMarksNoFieldInvalid(FxRobot robot) {
        List<ViewWindow> seen = new ArrayList<>();
        robot.interact(() -> {
            model.windowProperty().set(new ViewWindow(-30, -20, 10, 16)); // panned far down-left
            model.windowProperty().addListener((obs, old, now) -> seen.add(now));
            model.fit();
        });

        // The fields show the new window; its half-updated combinations (x from -5 to -20) are
        // neither sent back to the model nor marked as wrong.
        assertThat(seen).containsExactly(model.window());
        assertThat(panel.lookupAll(".number-field")).noneMatch(f -> f.getStyleClass().contains(NumberField.INVALID));
    }

    @Test
    void aWindowTooWideToComputeWithIsRefusedInTheField(FxRobot robot) {
        List<javafx.scene.Node> fields = new ArrayList<>(panel.lookupAll(".number-field"));
        NumberField xMin = (NumberField) fields.get(0);
        NumberField xMax = (NumberField) fields.get(1);
        robot.interact(() -> {
            xMax.setText("1.7e308"); // wide but still computable
            xMax.fireEvent(new javafx.event.ActionEvent());
        });
        ViewWindow wide = model.window();
        assertThat(wide.xMax()).isEqualTo(1.7e308);

        robot.interact(() -> {
            xMin.setText("-1.7e308"); // the width would overflow to infinity
            xMin.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(model.window()).isEqualTo(wide);
        assertThat(xMin.getStyleClass()).contains(NumberField.INVALID);
        assertThat(xMin.getTooltip().getText()).contains("too wide");
    }

    @Test
    void theStepsFieldTakesOnlyWholeNumbers(FxRobot robot) {
        robot.clickOn("#steps .text-field").press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A)
                .release(KeyCode.CONTROL).write("abc").type(KeyCode.ENTER);
        assertThat(robot.lookup("#steps .text-field").queryAs(TextField.class).getText()).isEqualTo("200");
        assertThat(model.stepsProperty().get()).isEqualTo(StepLimits.DEFAULT_STEPS);

        robot.type(KeyCode.BACK_SPACE, 4).type(KeyCode.ENTER);
        assertThat(model.stepsProperty().get()).as("an empty field keeps the budget").isEqualTo(StepLimits.DEFAULT_STEPS);

        robot.write("1234").type(KeyCode.ENTER);
        assertThat(model.stepsProperty().get()).isEqualTo(1234);
    }
}
