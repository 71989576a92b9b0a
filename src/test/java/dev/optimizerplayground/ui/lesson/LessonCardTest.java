package dev.optimizerplayground.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.scenario.Cue;
import dev.optimizerplayground.core.scenario.Lesson;
import dev.optimizerplayground.core.scenario.LessonText;
import dev.optimizerplayground.core.scenario.ScenarioLibrary;
import dev.optimizerplayground.core.text.Language;
import dev.optimizerplayground.core.text.Messages;
import java.util.List;
import java.util.Map;
import dev.optimizerplayground.session.ScenarioForm;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LessonCardTest {

    private PlaygroundModel model;
    private LessonCard card;

    @Start
    void start(Stage stage) {
        model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        card = new LessonCard(model.stateProperty(), model.playback());
        stage.setScene(new Scene(new StackPane(card), 500, 400));
        stage.show();
    }

    @Test
    void aPlaygroundWithoutALessonShowsNoCard() {
        assertThat(card.isVisible()).isFalse();
        assertThat(card.isManaged()).isFalse();
    }

    @Test
    void aTeachingScenarioShowsItsTitleAndWhatToWatchAndFoldsDownToItsTitle(FxRobot robot) throws Exception {
        var lesson = ScenarioLibrary.builtIn().get(0).scenario();
        robot.interact(() -> model.setState(ScenarioForm.toState(lesson, model.state())));

        assertThat(card.isVisible()).isTrue();
        assertThat(robot.lookup("#" + LessonCard.TITLE_ID).queryAs(Label.class).getText()).isEqualTo(lesson.title());
        Label text = robot.lookup("#" + LessonCard.TEXT_ID).queryAs(Label.class);
        assertThat(text.getText()).isEqualTo(lesson.description());
        assertThat(text.isVisible()).isTrue();

        robot.clickOn("#" + LessonCard.TOGGLE_ID);
        assertThat(card.expandedProperty().get()).isFalse();
        assertThat(robot.lookup(".lesson-body").query().isVisible()).isFalse();

        var next = ScenarioLibrary.builtIn().get(1).scenario();
        robot.interact(() -> model.setState(ScenarioForm.toState(next, model.state())));
        assertThat(card.expandedProperty().get()).as("a new lesson opens").isTrue();
        assertThat(robot.lookup("#" + LessonCard.TITLE_ID).queryAs(Label.class).getText()).isEqualTo(next.title());
    }

    private static final Lesson TWO_PAGES = new Lesson("Two pages", "Read this first.",
            List.of(new Cue(40, "Watch η_eff of y climb."), new Cue(120, "Adagrad's rate keeps falling.")),
            Map.of(Language.CHINESE, new LessonText("两页", "先读这一段。",
                    List.of("注意 y 方向的 η_eff 在上升。", "Adagrad 的学习率一直在下降。"))));

    private String shown(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void thePageFollowsTheStepWithItsNumberAndButtonsToTheOthers(FxRobot robot) {
        robot.interact(() -> model.setState(model.state().withSteps(300).withLesson(TWO_PAGES).withCurrentStep(0)));
        assertThat(shown(robot, LessonCard.TEXT_ID)).isEqualTo("Read this first.");
        assertThat(shown(robot, LessonCard.PAGE_ID)).isEmpty();
        assertThat(robot.lookup("#" + LessonCard.PREVIOUS_ID).queryButton().isDisabled()).isTrue();

        robot.interact(() -> model.playback().stepProperty().set(77)); // scrubbed: no pause, the page follows
        assertThat(shown(robot, LessonCard.TEXT_ID)).isEqualTo("Watch η_eff of y climb.");
        assertThat(shown(robot, LessonCard.PAGE_ID)).isEqualTo("1 / 2");
        assertThat(robot.lookup("#" + LessonCard.CONTINUE_ID).query().isVisible()).isFalse();

        robot.clickOn("#" + LessonCard.NEXT_ID);
        assertThat(model.playback().step()).isEqualTo(120);
        assertThat(shown(robot, LessonCard.TEXT_ID)).isEqualTo("Adagrad's rate keeps falling.");
        assertThat(shown(robot, LessonCard.PAGE_ID)).isEqualTo("2 / 2");
        assertThat(robot.lookup("#" + LessonCard.NEXT_ID).queryButton().isDisabled()).isTrue();
        Button goOn = robot.lookup("#" + LessonCard.CONTINUE_ID).queryButton();
        assertThat(goOn.isVisible()).as("paused on a cue's page").isTrue();

        robot.clickOn(goOn);
        assertThat(model.playback().isPlaying()).isTrue();
        assertThat(goOn.isVisible()).isFalse();
        robot.interact(() -> model.playback().pause());

        robot.clickOn("#" + LessonCard.PREVIOUS_ID);
        robot.clickOn("#" + LessonCard.PREVIOUS_ID);
        assertThat(model.playback().step()).isZero();
        assertThat(shown(robot, LessonCard.TEXT_ID)).isEqualTo("Read this first.");
    }

    @Test
    void aFoldedCardOpensWhenPlaybackStopsAtACue(FxRobot robot) {
        robot.interact(() -> model.setState(model.state().withSteps(300).withLesson(TWO_PAGES).withCurrentStep(0)));
        robot.interact(card::toggle);
        assertThat(card.expandedProperty().get()).isFalse();

        robot.interact(() -> {
            model.playback().stepsPerSecondProperty().set(1000);
            model.playback().togglePlay();
            model.playback().advance(0.1);
        });

        assertThat(model.playback().isHeld()).isTrue();
        assertThat(card.expandedProperty().get()).isTrue();
        assertThat(shown(robot, LessonCard.TEXT_ID)).isEqualTo("Watch η_eff of y climb.");
    }

    @Test
    void theLessonReadsInTheLanguageInUse(FxRobot robot) {
        try {
            Messages.use(Language.CHINESE);
            robot.interact(() -> model.setState(model.state().withSteps(300).withLesson(TWO_PAGES).withCurrentStep(0)));
            assertThat(shown(robot, LessonCard.TITLE_ID)).isEqualTo("两页");
            assertThat(shown(robot, LessonCard.TEXT_ID)).isEqualTo("先读这一段。");
            robot.interact(() -> model.playback().nextPage());
            assertThat(shown(robot, LessonCard.TEXT_ID)).isEqualTo("注意 y 方向的 η_eff 在上升。");
        } finally {
            Messages.use(Language.ENGLISH);
        }
    }
}
