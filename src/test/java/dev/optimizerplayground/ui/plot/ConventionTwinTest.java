package dev.optimizerplayground.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.scenario.ScenarioJson;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.session.PlaygroundState;
import dev.optimizerplayground.session.RunSet.LaneRun;
import dev.optimizerplayground.session.ScenarioForm;
import dev.optimizerplayground.ui.controls.OptimizerPanel;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Any optimizer raced beside itself in another convention (its twin), and the legend says where the paths part. */
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
    void adamsTwinInPyTorchsFormIsPickedFromTheMenuAndRacesWithAdamsEta(FxRobot robot) {
        pick(robot, OptimizerLane.ADAM, "duplicate-adam-pytorch");

        LaneRun twin = twinOf(OptimizerLane.ADAM);
        assertThat(twin.twin()).isEqualTo(Convention.PYTORCH);
        assertThat(twin.trajectory().spec().optimizer().convention()).isEqualTo(Convention.PYTORCH);
        assertThat(twin.trajectory().spec().optimizer().learningRate())
                .isEqualTo(model.slot(OptimizerLane.ADAM).config().learningRate());
        assertThat(model.runs().runs()).as("the lanes themselves are unchanged").extracting(LaneRun::twin)
                .containsOnlyNulls();
        assertThat(robot.lookup("#legend-adam-twin .legend-name").queryAs(Label.class).getText())
                .startsWith("Adam · PyTorch form");
    }

    @Test
    void rmsPropsPyTorchTwinPartsFromTheTextbookFormAtTheFirstStep(FxRobot robot) {
        robot.interact(() -> model.duplicateWithConvention(OptimizerLane.RMSPROP, Convention.PYTORCH));
        assertThat(twinStatus(robot, OptimizerLane.RMSPROP)).startsWith("parts from RMSProp at step 1 · ");
        assertThat(status(robot, OptimizerLane.RMSPROP)).doesNotContain("parts");
    }

    @Test
    void plainSgdIsTheSameInEveryConventionAndMomentumInPyTorchAndKerasToo(FxRobot robot) {
        robot.interact(() -> {
            model.applyConvention(Convention.PYTORCH);
            model.duplicateWithConvention(OptimizerLane.SGD, Convention.KERAS);
            model.duplicateWithConvention(OptimizerLane.SGD_MOMENTUM, Convention.KERAS);
        });
        assertThat(model.slot(OptimizerLane.SGD_MOMENTUM).isEnabled()).as("duplicating switches the lane on").isTrue();
        assertThat(twinStatus(robot, OptimizerLane.SGD)).startsWith("same path as SGD · ");
        assertThat(twinStatus(robot, OptimizerLane.SGD_MOMENTUM)).startsWith("same path as SGD + momentum · ");
    }

    @Test
    void everyLaneCanRaceATwinAndNoTwinRemovesIt(FxRobot robot) {
        robot.interact(() -> {
            for (OptimizerLane lane : OptimizerLane.values()) {
                model.duplicateWithConvention(lane, Convention.KERAS);
            }
        });
        assertThat(model.runs().twins()).extracting(LaneRun::lane).containsExactly(OptimizerLane.values());
        for (OptimizerLane lane : OptimizerLane.values()) {
            LaneRun twin = twinOf(lane);
            assertThat(twin.trajectory().spec().optimizer().kind()).isEqualTo(lane.kind());
            assertThat(twin.trajectory().spec().optimizer().convention()).isEqualTo(Convention.KERAS);
        }

        pick(robot, OptimizerLane.NADAM, "duplicate-nadam-none");
        assertThat(model.runs().twins()).extracting(LaneRun::lane).doesNotContain(OptimizerLane.NADAM)
                .hasSize(OptimizerLane.values().length - 1);
    }

    @Test
    void aTwinIsSavedWithItsLaneAndComesBack() throws Exception {
        PlaygroundState state = PlaygroundState.initial();
        state = state.withLane(state.lane(OptimizerLane.ADAGRAD).withTwin(Convention.KERAS));
        String json = ScenarioJson.toString(ScenarioForm.toScenario(state));
        assertThat(json).contains("\"twin\" : \"keras\"");

        PlaygroundState read = ScenarioForm.toState(ScenarioJson.parse(json), PlaygroundState.initial());
        assertThat(read.lane(OptimizerLane.ADAGRAD).twin()).isEqualTo(Convention.KERAS);
        assertThat(read.lane(OptimizerLane.ADAM).twin()).isNull();
    }

    /** Picks an item of a lane's submenu of the twin menu, as a click on it does (fires its action). */
    private static void pick(FxRobot robot, OptimizerLane lane, String itemId) {
        MenuButton menu = robot.lookup("#" + OptimizerPanel.TWIN_MENU_ID).queryAs(MenuButton.class);
        Menu laneMenu = (Menu) menu.getItems().stream().filter(i -> ("duplicate-" + lane.id()).equals(i.getId()))
                .findFirst().orElseThrow();
        MenuItem item = laneMenu.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
    }

    private LaneRun twinOf(OptimizerLane lane) {
        return model.runs().twins().stream().filter(r -> r.lane() == lane).findFirst().orElseThrow();
    }

    private static String status(FxRobot robot, OptimizerLane lane) {
        return robot.lookup("#" + PlotLegend.statusId(lane)).queryAs(Label.class).getText();
    }

    private static String twinStatus(FxRobot robot, OptimizerLane lane) {
        return robot.lookup("#" + PlotLegend.twinStatusId(lane)).queryAs(Label.class).getText();
    }
}
