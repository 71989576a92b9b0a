package dev.optimizerplayground.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.scenario.ScenarioLibrary;
import dev.optimizerplayground.session.ScenarioForm;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import javafx.scene.Scene;
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
        card = new LessonCard(model.stateProperty());
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
}
