package dev.optimizerplayground.ui.model;

import dev.optimizerplayground.session.PlaygroundState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.Hyperparameter;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.optimizer.Switch;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.scenario.Lesson;
import dev.optimizerplayground.core.scenario.Scenario;
import dev.optimizerplayground.core.scenario.ScenarioJson;
import dev.optimizerplayground.core.scenario.ScenarioLane;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.plot.LevelScale;
import dev.optimizerplayground.plot.landscape.Camera;
import dev.optimizerplayground.session.LayoutMode;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.session.RunSet;
import dev.optimizerplayground.session.ScenarioForm;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenario files and the window's model: a scenario is the written form of the playground state. */
class ScenarioFormTest {

    @Test
    void captureJsonReadApplyGivesTheSameRunsBitForBit() throws Exception {
        PlaygroundModel original = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        original.selectPreset(Presets.byId("rosenbrock").orElseThrow());
        original.formulaProperty().set("(1-x)^2 + 50*(y-x^2)^2");
        original.windowProperty().set(new ViewWindow(-2.5, 2, -1, 3.1));
        original.startProperty().set(new Point(-1.3, 1.7000000000000002));
        original.stepsProperty().set(777);
        original.applyConvention(Convention.PYTORCH);
        original.slot(OptimizerLane.RMSPROP).value(Hyperparameter.BETA).set(0.73);
        original.slot(OptimizerLane.NADAM).enabledProperty().set(true);
        original.slot(OptimizerLane.SGD).enabledProperty().set(false);
        original.slot(OptimizerLane.SGD_NESTEROV).enabledProperty().set(true);
        original.levelScaleProperty().set(LevelScale.LOG);
        original.layoutProperty().set(LayoutMode.SIDE_BY_SIDE);
        original.playback().stepProperty().set(321);

        Scenario captured = ScenarioForm.toScenario(original.state().withLesson(new Lesson("t", "d")));
        Scenario read = ScenarioJson.parse(ScenarioJson.toString(captured));
        assertThat(read).isEqualTo(captured);

        PlaygroundModel fresh = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        fresh.setState(ScenarioForm.toState(read, fresh.state()));

        assertThat(ScenarioForm.toScenario(fresh.state().withLesson(new Lesson("t", "d")))).isEqualTo(captured);
        assertThat(fresh.presetProperty().get().id()).isEqualTo("rosenbrock");
        assertThat(fresh.playback().step()).isEqualTo(321);
        assertThat(fresh.layoutProperty().get()).isEqualTo(LayoutMode.SIDE_BY_SIDE);
        assertSameRuns(fresh.runs(), original.runs());

        // the shared learning rate too
        original.sharedLearningRateProperty().set(0.0042);
        original.shareLearningRateProperty().set(true);
        fresh.setState(ScenarioForm.toState(ScenarioJson.parse(ScenarioJson.toString(ScenarioForm.toScenario(original.state()))), fresh.state()));
        assertSameRuns(fresh.runs(), original.runs());
    }

    private static void assertSameRuns(RunSet actual, RunSet expected) {
        assertThat(actual.runs()).hasSameSizeAs(expected.runs()).isNotEmpty();
        for (int i = 0; i < expected.runs().size(); i++) {
            Trajectory a = actual.runs().get(i).trajectory();
            Trajectory e = expected.runs().get(i).trajectory();
            assertThat(actual.runs().get(i).lane()).isEqualTo(expected.runs().get(i).lane());
            assertThat(a.length()).isEqualTo(e.length());
            for (int t = 0; t < e.length(); t++) {
                assertThat(Double.doubleToRawLongBits(a.x(t))).isEqualTo(Double.doubleToRawLongBits(e.x(t)));
                assertThat(Double.doubleToRawLongBits(a.y(t))).isEqualTo(Double.doubleToRawLongBits(e.y(t)));
                assertThat(Double.doubleToRawLongBits(a.loss(t))).isEqualTo(Double.doubleToRawLongBits(e.loss(t)));
            }
        }
    }

    @Test
    void theSecondRmspropLaneRoundTripsUnderItsOwnId() throws Exception {
        PlaygroundModel original = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        original.slot(OptimizerLane.RMSPROP_B).enabledProperty().set(true);
        original.slot(OptimizerLane.RMSPROP_B).value(Hyperparameter.BETA).set(0.5);
        original.slot(OptimizerLane.RMSPROP_B).switchValue(Switch.EPSILON_INSIDE).set(false);

        String json = ScenarioJson.toString(ScenarioForm.toScenario(original.state()));
        assertThat(json).contains("\"rmsprop-b\"");
        PlaygroundModel fresh = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        fresh.setState(ScenarioForm.toState(ScenarioJson.parse(json), fresh.state()));

        assertThat(fresh.slot(OptimizerLane.RMSPROP_B).config()).isEqualTo(original.slot(OptimizerLane.RMSPROP_B).config());
        assertThat(fresh.slot(OptimizerLane.RMSPROP_B).config().beta()).isEqualTo(0.5);
        assertThat(fresh.slot(OptimizerLane.RMSPROP).config().beta()).isEqualTo(0.9);
        assertThat(fresh.runs().runs()).extracting(RunSet.LaneRun::lane).containsExactly(OptimizerLane.RMSPROP,
                OptimizerLane.RMSPROP_B, OptimizerLane.ADAGRAD, OptimizerLane.SGD, OptimizerLane.ADAM);
        assertSameRuns(fresh.runs(), original.runs());

        // Typed by hand: the lane runs RMSProp, so an Adam config is refused by name.
        fresh.setState(ScenarioForm.toState(ScenarioJson.parse("{\"preset\": \"bowl\", \"lanes\": {\"rmsprop-b\": "
                + "{\"config\": {\"optimizer\": \"rmsprop\", \"beta\": 0.5}}}}"), fresh.state()));
        assertThat(fresh.runs().runs()).extracting(RunSet.LaneRun::lane).containsExactly(OptimizerLane.RMSPROP_B);
        assertThatThrownBy(() -> fresh.setState(ScenarioForm.toState(ScenarioJson.parse("{\"preset\": \"bowl\", \"lanes\": "
                + "{\"rmsprop-b\": {\"config\": {\"optimizer\": \"adam\"}}}}"), fresh.state())))
                .hasMessage("lane 'rmsprop-b' runs RMSProp, but its config is for adam");
    }

    @Test
    void lanesNotListedAreSwitchedOffAndUnlistedConfigsReset() throws Exception {
        PlaygroundModel model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        model.slot(OptimizerLane.ADAM).value(Hyperparameter.LEARNING_RATE).set(0.3);
        model.setState(ScenarioForm.toState(ScenarioJson.parse("{\"preset\": \"bowl\", \"lanes\": {\"sgd\": {}}}"), model.state()));
        assertThat(model.runs().runs()).extracting(RunSet.LaneRun::lane).containsExactly(OptimizerLane.SGD);
        assertThat(model.slot(OptimizerLane.ADAM).config()).isEqualTo(OptimizerLane.ADAM.initialConfig());
    }

    @Test
    void anUnknownLaneOrAMismatchedConfigIsRefusedBeforeTheModelChanges() throws Exception {
        PlaygroundModel model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        Scenario base = ScenarioJson.parse("{\"preset\": \"saddle\"}");
        Scenario unknown = withLanes(base, List.of(new ScenarioLane("lbfgs", true, null)));
        assertThatThrownBy(() -> model.setState(ScenarioForm.toState(unknown, model.state())))
                .hasMessage("unknown optimizer lane 'lbfgs'");
        Scenario mismatched = withLanes(base, List.of(new ScenarioLane("sgd", true,
                OptimizerConfig.defaults(OptimizerKind.ADAM, Convention.TEXTBOOK))));
        assertThatThrownBy(() -> model.setState(ScenarioForm.toState(mismatched, model.state())))
                .hasMessage("lane 'sgd' runs SGD, but its config is for adam");
        assertThat(model.presetProperty().get().id()).isEqualTo("elongated-valley");
    }

    @Test
    void theThreeDViewAndItsAnglesComeBack() throws Exception {
        PlaygroundModel original = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        original.layoutProperty().set(LayoutMode.LANDSCAPE);
        original.cameraProperty().set(Camera.DEFAULT.withAngles(120, 20));

        Scenario read = ScenarioJson.parse(ScenarioJson.toString(ScenarioForm.toScenario(original.state())));
        PlaygroundModel fresh = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        fresh.setState(ScenarioForm.toState(read, fresh.state()));

        assertThat(fresh.layoutProperty().get()).isEqualTo(LayoutMode.LANDSCAPE);
        assertThat(fresh.cameraProperty().get().azimuth()).isEqualTo(120);
        assertThat(fresh.cameraProperty().get().elevation()).isEqualTo(20);
    }

    @Test
    void aScenarioWithoutAnglesShowsTheFirstView() {
        PlaygroundModel model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        model.cameraProperty().set(Camera.DEFAULT.withAngles(120, 20));
        Scenario s = ScenarioForm.toScenario(model.state());

        model.setState(ScenarioForm.toState(new Scenario(s.title(), s.description(), s.formula(), s.presetId(),
                s.window(), s.start(), s.steps(), s.levelScale(), "3d", 0, false, 0.1, s.lanes()), model.state()));

        assertThat(model.cameraProperty().get()).isEqualTo(Camera.DEFAULT);
    }

    private static Scenario withLanes(Scenario s, List<ScenarioLane> lanes) {
        return new Scenario(s.lesson(), s.formula(), s.presetId(), s.window(), s.start(),
                s.steps(), s.levelScale(), s.layout(), s.currentStep(), s.playbackSpeed(), s.shareLearningRate(),
                s.sharedLearningRate(), lanes, s.noise(), s.cloudRuns(), s.view(), s.selectedLane(), s.curvatureLens());
    }

    @Test
    void theSelectedLaneAndTheLensComeBackAndOnlyTheLensCountsAsAnEdit() throws Exception {
        PlaygroundModel original = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        original.selectedLaneProperty().set(OptimizerLane.ADAM);
        assertThat(original.dirtyProperty().get()).as("picking a lane to inspect is not an edit").isFalse();
        original.curvatureLensProperty().set(true);
        assertThat(original.dirtyProperty().get()).as("switching the lens on is").isTrue();

        String json = ScenarioJson.toString(ScenarioForm.toScenario(original.state()));
        assertThat(json).contains("\"selectedLane\" : \"adam\"").contains("\"curvatureLens\" : true");
        PlaygroundModel fresh = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        fresh.setState(ScenarioForm.toState(ScenarioJson.parse(json), fresh.state()));

        assertThat(fresh.selectedLaneProperty().get()).isEqualTo(OptimizerLane.ADAM);
        assertThat(fresh.curvatureLensProperty().get()).isTrue();
        assertThat(fresh.inspectedRun().lane()).isEqualTo(OptimizerLane.ADAM);
    }

    @Test
    void aFileWithoutThemSelectsNoLaneAndAnUnknownLaneIsRefused() throws Exception {
        String plain = ScenarioJson.toString(ScenarioForm.toScenario(PlaygroundState.initial()));
        assertThat(plain).doesNotContain("selectedLane").doesNotContain("curvatureLens");
        PlaygroundState read = ScenarioForm.toState(ScenarioJson.parse(plain), PlaygroundState.initial());
        assertThat(read.inspection().selectedLane()).isNull();
        assertThat(read.inspection().curvatureLens()).isFalse();

        Scenario typo = ScenarioJson.parse(
                "{\"format\": \"optimizer-playground-scenario\", \"preset\": \"bowl\", \"selectedLane\": \"adamw\"}");
        assertThatThrownBy(() -> ScenarioForm.toState(typo, PlaygroundState.initial()))
                .hasMessage("unknown optimizer lane 'adamw'");
    }

    @Test
    void aScenarioBringsItsPlaybackSpeedAndAVersionOneFileKeepsTheWindowsOwn() throws Exception {
        PlaygroundState base = PlaygroundState.initial().withPlaybackSpeed(200);
        Scenario paced = ScenarioForm.toScenario(PlaygroundState.initial().withPlaybackSpeed(5));
        assertThat(ScenarioForm.toState(ScenarioJson.parse(ScenarioJson.toString(paced)), base).playbackSpeed())
                .isEqualTo(5);

        Scenario versionOne = ScenarioJson.parse(
                "{\"format\": \"optimizer-playground-scenario\", \"version\": 1, \"preset\": \"bowl\"}");
        assertThat(versionOne.playbackSpeed()).isNaN();
        assertThat(ScenarioForm.toState(versionOne, base).playbackSpeed()).isEqualTo(200);
    }

}
