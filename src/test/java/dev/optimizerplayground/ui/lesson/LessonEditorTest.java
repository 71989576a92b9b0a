package dev.optimizerplayground.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.files.SessionStore;
import dev.optimizerplayground.core.scenario.Cue;
import dev.optimizerplayground.core.scenario.Lesson;
import dev.optimizerplayground.core.scenario.ScenarioJson;
import dev.optimizerplayground.core.text.Language;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.session.PlaygroundState;
import dev.optimizerplayground.ui.files.RecordingErrorReporter;
import dev.optimizerplayground.ui.files.ScenarioActions;
import dev.optimizerplayground.ui.files.ScriptedFilePicker;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LessonEditorTest {

    @TempDir
    Path dir;

    private Stage stage;
    private PlaygroundModel model;
    private ScriptedFilePicker picker;
    private RecordingErrorReporter errors;
    private LessonEditor editor;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @BeforeEach
    void setUp(FxRobot robot) {
        model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        picker = new ScriptedFilePicker();
        errors = new RecordingErrorReporter();
        ScenarioActions files = new ScenarioActions(model, new SessionStore(dir.resolve("home")), () -> stage, picker,
                errors, (title, message, action) -> true, BackgroundWork.SAME_THREAD);
        editor = new LessonEditor(model, files::save, () -> stage);
        robot.interact(() -> model.playback().stepProperty().set(40));
    }

    @AfterEach
    void closeEditorAndBackToEnglish(FxRobot robot) {
        robot.interact(() -> {
            if (editor.stage() != null) {
                editor.stage().close();
            }
        });
        Messages.use(Language.ENGLISH);
    }

    private void open(FxRobot robot) {
        robot.interact(editor::open);
        assertThat(editor.stage()).isNotNull();
    }

    private static <T extends Node> T node(FxRobot robot, String id, Class<T> type) {
        return robot.lookup("#" + id).queryAs(type);
    }

    private static void applyKeys(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
    }

    private void startWith(FxRobot robot, Lesson lesson) {
        robot.interact(() -> {
            model.update(s -> s.withLesson(lesson));
            model.markSaved();
        });
    }

    @Test
    void writingTheTitleTextAndACueThenApplyingPutsTheLessonInThePlaygroundUnsaved(FxRobot robot) {
        open(robot);
        robot.clickOn("#" + LessonEditor.TITLE_ID).write("My valley");
        robot.push(KeyCode.ENTER); // Enter in a one-line field closes nothing
        assertThat(editor.stage()).isNotNull();
        robot.clickOn("#" + LessonEditor.TEXT_ID).write("Read this first.");
        Button add = node(robot, LessonEditor.ADD_ID, Button.class);
        assertThat(add.getText()).isEqualTo("Add a cue at step 40");
        robot.clickOn(add);
        robot.write("watch y"); // the new cue's text has the focus
        applyKeys(robot);

        PlaygroundState state = model.state();
        assertThat(state.lesson()).isEqualTo(new Lesson("My valley", "Read this first.",
                List.of(new Cue(40, "watch y")), Map.of()));
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(editor.stage()).as("applying keeps the editor open beside the window").isNotNull();
        assertThat(node(robot, LessonEditor.CANCEL_ID, Button.class).getText()).isEqualTo("Close");
        assertThat(node(robot, LessonEditor.APPLY_ID, Button.class).isDisabled()).as("nothing left to apply").isTrue();
    }

    @Test
    void saveLessonAppliesItAndWritesAScenarioThatReadsBackWithItsCues(FxRobot robot) throws Exception {
        startWith(robot, new Lesson("Valley", "", List.of(new Cue(10, "y overshoots")), Map.of()));
        open(robot);
        robot.clickOn("#" + LessonEditor.ADD_ID).write("x crawls");
        Path file = dir.resolve("my-lesson.optplay.json");
        picker.answers.add(file);
        robot.clickOn("#" + LessonEditor.SAVE_ID);

        assertThat(errors.reports).isEmpty();
        Lesson saved = ScenarioJson.parse(Files.readString(file)).lesson();
        assertThat(saved.cues()).containsExactly(new Cue(10, "y overshoots"), new Cue(40, "x crawls"));
        assertThat(saved.title()).isEqualTo("Valley");
        assertThat(model.state().lesson()).isEqualTo(saved);
        assertThat(model.dirtyProperty().get()).as("saved").isFalse();
    }

    @Test
    void anEmptyCueOrTwoCuesOnOneStepDisableApplyAndSayWhyNextToTheRow(FxRobot robot) {
        startWith(robot, new Lesson("Valley", "", List.of(new Cue(10, "y overshoots")), Map.of()));
        open(robot);
        Button apply = node(robot, LessonEditor.APPLY_ID, Button.class);
        Button save = node(robot, LessonEditor.SAVE_ID, Button.class);
        robot.clickOn("#" + LessonEditor.ADD_ID);

        Node newRow = robot.lookup("." + LessonEditor.CUE_ROW).nth(1).query();
        Label message = robot.from(newRow).lookup("." + LessonEditor.CUE_MESSAGE).queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("Write what to watch here, or remove this cue.");
        assertThat(apply.isDisabled()).isTrue();
        assertThat(save.isDisabled()).isTrue();

        robot.write("x crawls");
        assertThat(message.isVisible()).isFalse();
        assertThat(apply.isDisabled()).isFalse();

        TextField step = robot.from(newRow).lookup("." + LessonEditor.CUE_STEP).queryAs(TextField.class);
        robot.doubleClickOn(step).write("10").push(KeyCode.ENTER);
        assertThat(editor.stage()).as("Enter commits the step, it does not close the editor").isNotNull();
        assertThat(robot.lookup("." + LessonEditor.CUE_MESSAGE).queryAllAs(Label.class))
                .filteredOn(Node::isVisible).extracting(Label::getText)
                .containsOnly("Another cue is at step 10: one cue per step.").hasSize(2);
        assertThat(apply.isDisabled()).isTrue();
        applyKeys(robot);
        assertThat(model.state().lesson().cues()).as("nothing applied").hasSize(1);

        robot.doubleClickOn(step).write("900").push(KeyCode.ENTER);
        assertThat(robot.lookup("." + LessonEditor.CUE_MESSAGE).queryAllAs(Label.class))
                .filteredOn(Node::isVisible).extracting(Label::getText)
                .containsExactly("After the run's last step (" + model.state().steps()
                        + "): never reached unless the number of steps is raised.");
        assertThat(apply.isDisabled()).as("a cue beyond the run only warns").isFalse();
    }

    @Test
    void editingAStepPutsTheCueInItsPlaceAmongTheOthers(FxRobot robot) {
        startWith(robot, new Lesson("", "", List.of(new Cue(10, "first"), new Cue(60, "second")), Map.of()));
        open(robot);
        TextField firstStep = robot.lookup("." + LessonEditor.CUE_STEP).nth(0).queryAs(TextField.class);
        robot.doubleClickOn(firstStep).write("90").push(KeyCode.TAB);

        assertThat(robot.lookup("." + LessonEditor.CUE_TEXT).queryAllAs(TextArea.class)).extracting(TextArea::getText)
                .containsExactly("second", "first");
        robot.clickOn("#" + LessonEditor.APPLY_ID);
        assertThat(model.state().lesson().cues()).containsExactly(new Cue(60, "second"), new Cue(90, "first"));
    }

    @Test
    void theLessonMenusItemOpensTheEditorWithItsKeysShownAndASecondOpeningBringsTheSameWindowForward(FxRobot robot) {
        MenuItem item = editor.menuItem();
        assertThat(item.getText()).isEqualTo("Edit…");
        assertThat(item.getAccelerator()).isEqualTo(LessonEditor.EDIT_KEYS);
        assertThat(editor.action().name()).isEqualTo("Edit the lesson: title, text and cues…");
        robot.interact(item::fire);
        Stage first = editor.stage();
        assertThat(first).isNotNull();
        assertThat(first.getModality()).as("the timeline stays usable").isEqualTo(Modality.NONE);
        assertThat(first.getOwner()).isSameAs(stage);
        robot.interact(item::fire);
        assertThat(editor.stage()).isSameAs(first);
    }

    @Test
    void removingACueTakesItOutOfTheLessonAndLeavesTheFocusOnTheNextCue(FxRobot robot) {
        startWith(robot, new Lesson("", "", List.of(new Cue(10, "first"), new Cue(60, "second")), Map.of()));
        open(robot);
        robot.clickOn(robot.lookup("." + LessonEditor.CUE_REMOVE).nth(0).queryAs(Button.class));

        TextField secondStep = robot.lookup("." + LessonEditor.CUE_STEP).queryAs(TextField.class);
        assertThat(secondStep.getText()).isEqualTo("60");
        assertThat(secondStep.isFocused()).isTrue();
        applyKeys(robot);
        assertThat(model.state().lesson().cues()).containsExactly(new Cue(60, "second"));
    }

    @Test
    void escapeCancelsAndLeavesThePlaygroundAsItWas(FxRobot robot) {
        Lesson before = new Lesson("Valley", "Watch.", List.of(new Cue(10, "y overshoots")), Map.of());
        startWith(robot, before);
        PlaygroundState state = model.state();
        open(robot);
        robot.clickOn("#" + LessonEditor.TITLE_ID).write(" changed");
        robot.clickOn("#" + LessonEditor.ADD_ID).write("more");
        robot.push(KeyCode.ESCAPE);

        assertThat(editor.stage()).isNull();
        assertThat(model.state()).isEqualTo(state);
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void tabLeavesTheMultiLineTextInsteadOfTypingATab(FxRobot robot) {
        open(robot);
        robot.clickOn("#" + LessonEditor.TITLE_ID).push(KeyCode.TAB);
        TextArea text = node(robot, LessonEditor.TEXT_ID, TextArea.class);
        assertThat(text.isFocused()).isTrue();
        robot.push(KeyCode.TAB);
        assertThat(text.isFocused()).isFalse();
        assertThat(text.getText()).isEmpty();
        assertThat(node(robot, LessonEditor.ADD_ID, Button.class).isFocused()).isTrue();
    }

    @Test
    void inChineseTheEditorEditsTheChineseTranslationAndKeepsTheEnglishWords(FxRobot robot) {
        Messages.use(Language.CHINESE);
        startWith(robot, LessonDraftTest.BILINGUAL);
        open(robot);
        assertThat(editor.stage().getTitle()).isEqualTo("编辑课程");
        TextField title = node(robot, LessonEditor.TITLE_ID, TextField.class);
        assertThat(title.getText()).isEqualTo("山谷");
        assertThat(robot.lookup("." + LessonEditor.CUE_TEXT).queryAllAs(TextArea.class)).extracting(TextArea::getText)
                .containsExactly("y 方向来回振荡", "x 方向缓慢前进");

        robot.interact(() -> title.setText("狭长山谷"));
        robot.clickOn("#" + LessonEditor.APPLY_ID);

        Lesson applied = model.state().lesson();
        assertThat(applied.title()).isEqualTo("Valley");
        assertThat(applied.in(Language.CHINESE).title()).isEqualTo("狭长山谷");
        assertThat(applied.in(Language.ENGLISH).cues()).containsExactly("y overshoots", "x crawls");

        // A new cue cannot be carried into English: the editor says so before Apply.
        robot.clickOn("#" + LessonEditor.ADD_ID);
        Label notice = node(robot, LessonEditor.NOTICE_ID, Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).isEqualTo("课程其他语言的文字将被删除：它们的提示已对不上，这里的中文文字将成为唯一的版本。");
    }

    @Test
    void anOpenEditorHandedToTheWindowRebuiltInAnotherLanguageReopensOnThatLanguagesWords(FxRobot robot) {
        startWith(robot, LessonDraftTest.BILINGUAL);
        open(robot);
        Stage before = editor.stage();
        LessonEditor next = new LessonEditor(model, () -> false, () -> stage);
        Messages.use(Language.CHINESE);
        robot.interact(() -> editor.handOverTo(next));

        assertThat(editor.stage()).isNull();
        assertThat(next.stage()).isNotNull();
        assertThat(next.stage().getX()).isEqualTo(before.getX());
        assertThat(robot.lookup("#" + LessonEditor.TITLE_ID).queryAs(TextField.class).getText()).isEqualTo("山谷");
        robot.interact(() -> next.stage().close());

        LessonEditor closed = new LessonEditor(model, () -> false, () -> stage);
        robot.interact(() -> closed.handOverTo(next));
        assertThat(next.stage()).as("a closed editor hands nothing over").isNull();
    }

    @Test
    void openingAnotherLessonMeanwhileReloadsAnUntouchedEditor(FxRobot robot) {
        open(robot);
        Lesson other = new Lesson("Saddle", "Watch the saddle.", List.of(new Cue(5, "stuck")), Map.of());
        robot.interact(() -> model.update(s -> s.withLesson(other)));
        assertThat(node(robot, LessonEditor.TITLE_ID, TextField.class).getText()).isEqualTo("Saddle");
        assertThat(node(robot, LessonEditor.ELSEWHERE_ID, Label.class).isVisible()).isFalse();

        robot.clickOn("#" + LessonEditor.TITLE_ID).write("!");
        robot.interact(() -> model.update(s -> s.withLesson(Lesson.NONE)));
        assertThat(node(robot, LessonEditor.TITLE_ID, TextField.class).getText()).as("pending edits stay")
                .isEqualTo("Saddle!");
        assertThat(node(robot, LessonEditor.ELSEWHERE_ID, Label.class).isVisible()).isTrue();
    }
}
