package dev.optimizerplayground.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.Toolkit;
import dev.optimizerplayground.core.files.ScenarioReader;
import dev.optimizerplayground.core.files.SessionStore;
import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.Hyperparameter;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.scenario.LessonText;
import dev.optimizerplayground.core.scenario.Scenario;
import dev.optimizerplayground.core.scenario.ScenarioJson;
import dev.optimizerplayground.core.scenario.ScenarioLibrary;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.core.text.Language;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.plot.LevelScale;
import dev.optimizerplayground.session.LayoutMode;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.session.RunSet;
import dev.optimizerplayground.session.ScenarioForm;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.io.File;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ScenarioActionsTest {

    @TempDir
    Path dir;

    private Stage stage;
    private SessionStore store;
    private PlaygroundModel model;
    private RecordingErrorReporter errors;
    private ScriptedFilePicker picker;
    /** The answer to "Discard your changes?", and every question asked. */
    private boolean discard = true;
    private final List<String> questions = new java.util.ArrayList<>();
    private ScenarioActions actions;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @BeforeEach
    void setUp() {
        store = new SessionStore(dir.resolve("home"));
        model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        errors = new RecordingErrorReporter();
        picker = new ScriptedFilePicker();
        actions = newActions(model);
    }

    private ScenarioActions newActions(PlaygroundModel target) {
        return new ScenarioActions(target, store, () -> stage, picker, errors, (title, message, action) -> {
            questions.add(title);
            return discard;
        }, BackgroundWork.SAME_THREAD);
    }

    /** Changes many settings, so a round trip that drops one of them shows. */
    private static void customise(PlaygroundModel m) {
        m.selectPreset(Presets.byId("rosenbrock").orElseThrow());
        m.formulaProperty().set("(1-x)^2 + 40*(y-x^2)^2");
        m.windowProperty().set(new ViewWindow(-2.25, 2.1, -1.05, 3.3));
        m.startProperty().set(new Point(-1.3, 1.7000000000000002));
        m.stepsProperty().set(640);
        m.applyConvention(Convention.PYTORCH);
        m.slot(OptimizerLane.RMSPROP).value(Hyperparameter.BETA).set(0.77);
        m.slot(OptimizerLane.RMSPROP).value(Hyperparameter.LEARNING_RATE).set(0.013);
        m.slot(OptimizerLane.SGD).enabledProperty().set(false);
        m.slot(OptimizerLane.SGD_NESTEROV).enabledProperty().set(true);
        m.levelScaleProperty().set(LevelScale.LOG);
        m.layoutProperty().set(LayoutMode.SIDE_BY_SIDE);
        m.playback().stepProperty().set(123);
    }

    // ---------------------------------------------------------------- save and open

    @Test
    void saveThenOpenReproducesTheSameRunsBitForBitAndTheSettings() throws Exception {
        customise(model);
        Path file = dir.resolve("valley.json");
        picker.answers.add(file);

        assertThat(actions.save()).isTrue(); // no current file yet: asks where
        assertThat(picker.lastSuggestedName).isEqualTo("scenario.optplay.json");
        assertThat(actions.currentFileProperty().get()).isEqualTo(file.toAbsolutePath());
        assertThat(actions.windowTitleProperty().get()).isEqualTo("Optimizer Playground — valley.json");
        assertThat(ScenarioReader.read(file)).isEqualTo(ScenarioForm.toScenario(model.state()));

        PlaygroundModel fresh = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        ScenarioActions freshActions = newActions(fresh);
        assertThat(freshActions.open(file)).isCompletedWithValue(true);

        assertThat(errors.reports).isEmpty();
        assertThat(ScenarioForm.toScenario(fresh.state())).isEqualTo(ScenarioForm.toScenario(model.state()));
        assertThat(fresh.playback().step()).isEqualTo(123);
        assertSameRuns(fresh.runs(), model.runs());
        assertThat(freshActions.windowTitleProperty().get()).isEqualTo("Optimizer Playground — valley.json");
        assertThat(freshActions.dirtyProperty().get()).isFalse();
    }

    /** Open, Open recent and a drop read the file through the background work, not on the UI thread. */
    @Test
    void anOpenedFileIsReadInTheBackgroundAndShownAfterwards() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        BackgroundWork later = new BackgroundWork() {
            @Override
            public <T> void submit(java.util.function.Supplier<T> work, java.util.function.Consumer<T> onDone,
                                   java.util.function.Consumer<Throwable> onError) {
                queued.add(() -> BackgroundWork.SAME_THREAD.submit(work, onDone, onError));
            }
        };
        ScenarioActions deferred = new ScenarioActions(model, store, () -> stage, picker, errors,
                (title, message, action) -> true, later);
        Path file = dir.resolve("later.json");
        Files.writeString(file, "{\"format\": \"optimizer-playground-scenario\", \"preset\": \"bowl\", \"steps\": 77}");

        var opened = deferred.open(file);
        assertThat(opened).isNotDone();
        assertThat(model.stepsProperty().get()).isNotEqualTo(77);
        assertThat(queued).hasSize(1);

        queued.get(0).run();
        assertThat(opened).isCompletedWithValue(true);
        assertThat(model.stepsProperty().get()).isEqualTo(77);
        assertThat(deferred.currentFileProperty().get()).isEqualTo(file.toAbsolutePath());
        assertThat(errors.reports).isEmpty();
    }

    @Test
    void editsMarkTheTitleAndSaveWritesToTheCurrentFileWithoutAsking() throws Exception {
        Path file = dir.resolve("bowl.json");
        picker.answers.add(file);
        actions.saveAs();

        model.playback().stepProperty().set(50); // playing is not an edit
        assertThat(actions.dirtyProperty().get()).isFalse();
        model.slot(OptimizerLane.ADAM).value(Hyperparameter.BETA1).set(0.5);
        assertThat(actions.dirtyProperty().get()).isTrue();
        assertThat(actions.windowTitleProperty().get()).isEqualTo("Optimizer Playground — bowl.json (edited)");
        model.slot(OptimizerLane.ADAM).value(Hyperparameter.BETA1).set(0.9); // back as saved
        assertThat(actions.dirtyProperty().get()).isFalse();

        model.stepsProperty().set(321);
        assertThat(actions.save()).isTrue();
        assertThat(picker.answers).isEmpty();
        assertThat(ScenarioReader.read(file).steps()).isEqualTo(321);
        assertThat(actions.windowTitleProperty().get()).isEqualTo("Optimizer Playground — bowl.json");
    }

    /** A window rebuilt in Chinese: the file goes on, edits of the new model count, the old one is let go. */
    @Test
    void movingToASuccessorModelKeepsTheFileAndWritesTheTitleInTheLanguageInUse() {
        Path file = dir.resolve("bowl.json");
        picker.answers.add(file);
        actions.saveAs();
        model.slot(OptimizerLane.ADAM).value(Hyperparameter.BETA1).set(0.5);

        Messages.use(Language.CHINESE);
        try {
            PlaygroundModel successor = model.successor(BackgroundWork.SAME_THREAD);
            actions.moveTo(successor);
            assertThat(successor.dirtyProperty().get()).as("still unsaved after the switch").isTrue();
            assertThat(actions.windowTitleProperty().get()).isEqualTo("优化器演练场 — bowl.json（已修改）");

            successor.slot(OptimizerLane.ADAM).value(Hyperparameter.BETA1).set(0.9); // back as saved
            assertThat(actions.windowTitleProperty().get()).isEqualTo("优化器演练场 — bowl.json");
            model.slot(OptimizerLane.ADAM).value(Hyperparameter.BETA1).set(0.7); // the old model: no longer followed
            assertThat(actions.dirtyProperty().get()).isFalse();
        } finally {
            Messages.use(Language.ENGLISH);
        }
    }

    @Test
    void openKeepsTheFilesTitleAndDescriptionWhenSavedAgain() throws Exception {
        Path file = dir.resolve("lesson.json");
        Files.writeString(file, "{\"format\": \"optimizer-playground-scenario\", \"title\": \"Lesson 3\","
                + " \"description\": \"Watch Adam.\", \"preset\": \"bowl\", \"lanes\": {\"adam\": {}}}");
        assertThat(actions.open(file)).isCompletedWithValue(true);
        model.stepsProperty().set(99);
        assertThat(actions.save()).isTrue();

        Scenario saved = ScenarioReader.read(file);
        assertThat(saved.title()).isEqualTo("Lesson 3");
        assertThat(saved.description()).isEqualTo("Watch Adam.");
        assertThat(saved.steps()).isEqualTo(99);
    }

    @Test
    void openingOverUnsavedChangesAsksFirstAndCancelKeepsThem() throws Exception {
        Path file = dir.resolve("saved.json");
        picker.answers.add(file);
        actions.saveAs();
        assertThat(actions.open(file)).as("nothing changed: no question").isCompletedWithValue(true);
        assertThat(questions).isEmpty();

        customise(model);
        Scenario edited = ScenarioForm.toScenario(model.state());
        discard = false;
        assertThat(actions.open(file)).isCompletedWithValue(false);
        assertThat(questions).containsExactly("Discard your changes?");
        assertThat(ScenarioForm.toScenario(model.state())).as("cancel keeps the edits").isEqualTo(edited);

        discard = true;
        assertThat(actions.open(file)).isCompletedWithValue(true);
        assertThat(ScenarioForm.toScenario(model.state())).isNotEqualTo(edited);
    }

    @Test
    void openingACorruptFileReportsWhyAndLeavesTheWorkUntouched() throws Exception {
        customise(model);
        Scenario before = ScenarioForm.toScenario(model.state());
        RunSet runsBefore = model.runs();
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{ \"format\": \"optimizer-playground-scenario\", \"steps\": 30,");

        assertThat(actions.open(file)).isCompletedWithValue(false);

        assertThat(errors.only().title()).isEqualTo("Could not open broken.json");
        assertThat(errors.only().message()).startsWith("not a JSON file:").contains("line 1");
        assertThat(ScenarioForm.toScenario(model.state())).isEqualTo(before);
        assertThat(model.runs()).isSameAs(runsBefore);
        assertThat(actions.currentFileProperty().get()).isNull();
        assertThat(store.recentFiles()).isEmpty();
    }

    @Test
    void aFileFromANewerVersionSaysWhichVersion() throws Exception {
        Path file = dir.resolve("future.json");
        Files.writeString(file, "{\"format\": \"optimizer-playground-scenario\", \"version\": 7, \"surface\": \"x^2\"}");
        Scenario before = ScenarioForm.toScenario(model.state());

        assertThat(actions.open(file)).isCompletedWithValue(false);

        assertThat(errors.only().message()).contains("newer version (7)").contains("reads version " + Scenario.VERSION);
        assertThat(ScenarioForm.toScenario(model.state())).isEqualTo(before);
    }

    @Test
    void foreignFilesFoldersAndMissingFilesAreExplained() throws Exception {
        Path png = dir.resolve("photo.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, (byte) 0xFF, (byte) 0xFE, 0});
        Path other = dir.resolve("package.json");
        Files.writeString(other, "{\"name\": \"left-pad\", \"version\": \"1.3.0\"}");
        Path wrongLane = dir.resolve("wrong-lane.json");
        Files.writeString(wrongLane, "{\"preset\": \"bowl\", \"lanes\": {\"sgd\": {\"config\": {\"optimizer\": \"adam\"}}}}");
        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        Scenario before = ScenarioForm.toScenario(model.state());

        for (Path file : List.of(png, other, wrongLane, folder, dir.resolve("gone.json"))) {
            assertThat(actions.open(file)).as(file.toString()).isCompletedWithValue(false);
        }

        assertThat(errors.reports).extracting(RecordingErrorReporter.Report::message).containsExactly(
                "cannot read " + png + ": it is not a text file (a scenario is a .json file)",
                "not an Optimizer Playground scenario: it has no \"format\": \"optimizer-playground-scenario\" field",
                "lane 'sgd' runs SGD, but its config is for adam",
                "cannot read " + folder + ": it is a folder",
                "cannot read " + dir.resolve("gone.json") + ": the file does not exist");
        assertThat(ScenarioForm.toScenario(model.state())).isEqualTo(before);
    }

    @Test
    void aFailedSaveReportsAndLeavesTheExistingFileAndTheCurrentFileAsTheyWere() throws Exception {
        Path file = dir.resolve("kept.json");
        picker.answers.add(file);
        actions.saveAs();
        byte[] saved = Files.readAllBytes(file);
        model.stepsProperty().set(999);

        // A folder where the file should go makes the write fail on every system and for every user.
        Path folder = Files.createDirectory(dir.resolve("taken.json"));
        picker.answers.add(folder);
        assertThat(actions.saveAs()).isFalse();

        assertThat(errors.only().title()).isEqualTo("Could not save taken.json");
        assertThat(errors.only().message()).isEqualTo("cannot write " + folder + ": it is a folder");
        assertThat(actions.currentFileProperty().get()).isEqualTo(file.toAbsolutePath());
        assertThat(actions.dirtyProperty().get()).isTrue();
        assertThat(Files.readAllBytes(file)).isEqualTo(saved);
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aSaveIntoAFolderThatRefusesWritesKeepsTheOldFileWhole() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path file = folder.resolve("kept.json");
        picker.answers.add(file);
        actions.saveAs();
        byte[] saved = Files.readAllBytes(file);
        model.stepsProperty().set(999);

        try (ReadOnlyFolder lock = ReadOnlyFolder.lock(folder)) {
            org.junit.jupiter.api.Assumptions.assumeTrue(lock.refusesWrites(),
                    "cannot make a folder refuse writes here (root without chattr); the folder-target test covers the path");
            assertThat(actions.save()).isFalse();
        }

        assertThat(errors.only().message()).startsWith("cannot write " + file + ": ");
        assertThat(Files.readAllBytes(file)).isEqualTo(saved);
        try (var left = Files.list(folder)) {
            assertThat(left).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void fewerStepsThanTheStepOnScreenShowTheLastStepAndCountAsAnEdit() {
        model.stepsProperty().set(500);
        model.playback().stepProperty().set(300);
        assertThat(actions.saveTo(dir.resolve("long.json"))).isTrue();
        List<Throwable> uncaught = new java.util.ArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        try {
            model.stepsProperty().set(200);
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(before);
        }

        assertThat(uncaught).isEmpty();
        assertThat(model.playback().step()).isEqualTo(200);
        assertThat(actions.dirtyProperty().get()).as("the edit is unsaved").isTrue();
    }

    // ---------------------------------------------------------------- drag and drop

    @Test
    void droppingAFileOpensIt() throws Exception {
        customise(model);
        Path file = dir.resolve("dropped.json");
        picker.answers.add(file);
        actions.saveAs();

        PlaygroundModel other = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        ScenarioActions otherActions = newActions(other);
        List<File> drop = List.of(dir.toFile(), dir.resolve("notes.txt").toFile(), file.toFile());

        assertThat(ScenarioActions.acceptsDrop(drop)).isTrue();
        assertThat(ScenarioActions.acceptsDrop(List.of(dir.toFile()))).isFalse();
        assertThat(ScenarioActions.acceptsDrop(List.of())).isFalse();
        assertThat(otherActions.openDropped(drop)).isCompletedWithValue(true); // the .json wins over the other file

        assertThat(errors.reports).isEmpty();
        assertThat(ScenarioForm.toScenario(other.state())).isEqualTo(ScenarioForm.toScenario(model.state()));
        assertThat(otherActions.currentFileProperty().get()).isEqualTo(file.toAbsolutePath());
    }

    @Test
    void droppingSomethingElseGetsTheSameClearMessage() throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "remember the milk");
        Scenario before = ScenarioForm.toScenario(model.state());

        assertThat(actions.openDropped(List.of(text.toFile()))).isCompletedWithValue(false);

        assertThat(errors.only().title()).isEqualTo("Could not open notes.txt");
        assertThat(errors.only().message()).startsWith("not a JSON file:");
        assertThat(ScenarioForm.toScenario(model.state())).isEqualTo(before);
    }

    @Test
    void theWindowLightsUpOnlyWhileFilesAreDraggedOverIt() throws Exception {
        Scene scene = onFx(() -> stage.getScene());
        onFx(() -> {
            actions.installDragAndDrop(scene);
            ScenarioActions.setDropHighlight(scene, true);
            ScenarioActions.setDropHighlight(scene, true);
            return null;
        });
        assertThat(scene.getRoot().getStyleClass()).containsOnlyOnce(ScenarioActions.DROP_TARGET_STYLE);
        onFx(() -> {
            ScenarioActions.setDropHighlight(scene, false);
            return null;
        });
        assertThat(scene.getRoot().getStyleClass()).doesNotContain(ScenarioActions.DROP_TARGET_STYLE);
    }

    /**
     * The installed handlers themselves, fed real drag events. A Dragboard has no public
     * constructor, so the test makes one from the toolkit's own clipboard (JavaFX is on the class
     * path, so its internal helper is reachable); the rest is public API.
     */
    @Test
    void filesDraggedOverAndDroppedOnTheSceneLightItUpAndOpen() throws Exception {
        Path file = dir.resolve("from-the-desktop.json");
        Files.writeString(file, "{\"preset\": \"bowl\", \"steps\": 77, \"lanes\": {\"adam\": {}}}");
        Scene scene = onFx(() -> stage.getScene());
        Dragboard files = dragboard(Map.of(DataFormat.FILES, List.of(file.toFile())));
        Dragboard text = dragboard(Map.of(DataFormat.PLAIN_TEXT, "just words"));

        DragEvent overWithText = onFx(() -> {
            actions.installDragAndDrop(scene);
            return fire(scene, DragEvent.DRAG_OVER, text);
        });
        assertThat(overWithText.getAcceptedTransferMode()).isNull();
        assertThat(scene.getRoot().getStyleClass()).doesNotContain(ScenarioActions.DROP_TARGET_STYLE);

        DragEvent over = onFx(() -> fire(scene, DragEvent.DRAG_OVER, files));
        assertThat(over.getAcceptedTransferMode()).isEqualTo(TransferMode.COPY);
        assertThat(scene.getRoot().getStyleClass()).contains(ScenarioActions.DROP_TARGET_STYLE);
        onFx(() -> fire(scene, DragEvent.DRAG_EXITED, files));
        assertThat(scene.getRoot().getStyleClass()).doesNotContain(ScenarioActions.DROP_TARGET_STYLE);

        onFx(() -> fire(scene, DragEvent.DRAG_OVER, files));
        DragEvent dropped = onFx(() -> fire(scene, DragEvent.DRAG_DROPPED, files));
        assertThat(dropped.isDropCompleted()).isTrue();
        WaitForAsyncUtils.waitForFxEvents(); // the file opens once the drop has finished
        assertThat(scene.getRoot().getStyleClass()).doesNotContain(ScenarioActions.DROP_TARGET_STYLE);
        assertThat(model.stepsProperty().get()).isEqualTo(77);
        assertThat(actions.currentFileProperty().get()).isEqualTo(file.toAbsolutePath());
        assertThat(errors.reports).isEmpty();
    }

    private static Dragboard dragboard(Map<DataFormat, Object> content) throws Exception {
        return onFx(() -> {
            // The toolkit's local clipboard, answering as a drag source offering a copy would.
            TKClipboard local = Toolkit.getToolkit().createLocalClipboard();
            TKClipboard dragSource = (TKClipboard) Proxy.newProxyInstance(TKClipboard.class.getClassLoader(),
                    new Class<?>[] {TKClipboard.class}, (proxy, method, args) ->
                            method.getName().equals("getTransferModes")
                                    ? Set.of(TransferMode.COPY) : method.invoke(local, args));
            Dragboard board = DragboardHelper.createDragboard(dragSource);
            DragboardHelper.setDataAccessRestriction(board, false);
            board.setContent(content);
            return board;
        });
    }

    /** Fires a drag event at the scene and returns the event the handlers saw (its copy). */
    private static DragEvent fire(Scene scene, javafx.event.EventType<DragEvent> type, Dragboard board) {
        DragEvent[] seen = new DragEvent[1];
        javafx.event.EventHandler<DragEvent> spy = e -> seen[0] = e;
        scene.addEventHandler(type, spy);
        Event.fireEvent(scene, new DragEvent(type, board, 10, 10, 10, 10, TransferMode.COPY, null, null, null));
        scene.removeEventHandler(type, spy);
        return seen[0];
    }

    // ---------------------------------------------------------------- menus

    @Test
    void theRecentMenuListsTheLastSavedFileFirstEachTimeItOpens() throws Exception {
        List<MenuItem> items = onFx(actions::fileMenuItems);
        assertThat(items).extracting(MenuItem::getId).containsExactly(ScenarioActions.OPEN_ID,
                ScenarioActions.RECENT_MENU_ID, ScenarioActions.TEACHING_MENU_ID, null,
                ScenarioActions.SAVE_ID, ScenarioActions.SAVE_AS_ID);
        assertThat(items.get(0).getAccelerator()).isEqualTo(KeyCombination.keyCombination("Shortcut+O"));
        assertThat(items.get(4).getAccelerator()).isEqualTo(KeyCombination.keyCombination("Shortcut+S"));
        assertThat(items.get(5).getAccelerator()).isEqualTo(KeyCombination.keyCombination("Shortcut+Shift+S"));
        Menu recent = (Menu) items.get(1);
        assertThat(recent.getItems()).singleElement().satisfies(none -> {
            assertThat(none.getText()).isEqualTo("No recent files");
            assertThat(none.isDisable()).isTrue();
        });

        Path first = dir.resolve("first_try.json");
        Path second = dir.resolve("second.json");
        picker.answers.add(first);
        actions.saveAs();
        picker.answers.add(second);
        actions.saveAs();
        onFx(() -> {
            recent.getOnShowing().handle(new Event(Menu.ON_SHOWING));
            return null;
        });

        assertThat(recent.getItems()).extracting(MenuItem::getUserData)
                .containsExactly(second.toAbsolutePath(), first.toAbsolutePath());
        assertThat(recent.getItems().get(1).getText()).startsWith("first_try.json");
        assertThat(recent.getItems().get(1).isMnemonicParsing()).isFalse();

        // choosing an entry opens it
        PlaygroundModel fresh = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        ScenarioActions freshActions = newActions(fresh);
        Menu freshRecent = (Menu) onFx(freshActions::fileMenuItems).get(1);
        onFx(() -> {
            freshRecent.getItems().get(1).fire();
            return null;
        });
        assertThat(freshActions.currentFileProperty().get()).isEqualTo(first.toAbsolutePath());
    }

    @Test
    void aTeachingScenarioItemPutsItsScenarioOnScreenAndStartsTheRace() throws Exception {
        Menu file = onFx(() -> new Menu("File", null, actions.fileMenuItems().toArray(MenuItem[]::new)));
        Menu teaching = (Menu) file.getItems().get(2);
        assertThat(teaching.getItems()).as("read when the File menu first opens, not before the first frame").isEmpty();
        onFx(() -> {
            Event.fireEvent(file, new Event(Menu.ON_SHOWING));
            return null;
        });
        List<ScenarioLibrary.Entry> library = ScenarioLibrary.builtIn();
        assertThat(teaching.getItems()).hasSize(library.size());
        ScenarioLibrary.Entry entry = library.get(0);
        MenuItem item = teaching.getItems().get(0);
        assertThat(item.getId()).isEqualTo("teaching-" + entry.fileName().replace(".json", ""));

        onFx(() -> {
            item.fire();
            return null;
        });

        assertThat(actions.windowTitleProperty().get())
                .isEqualTo("Optimizer Playground — " + entry.scenario().title());
        assertThat(ScenarioForm.toScenario(model.state()))
                .isEqualTo(ScenarioForm.toScenario(modelShowing(entry.scenario()).state()));
        assertThat(model.playback().isPlaying()).isTrue();
        assertThat(actions.currentFileProperty().get()).isNull();

        picker.answers.add(dir.resolve("mine.json"));
        actions.save(); // a teaching scenario has no file: asks, offering its own name
        assertThat(picker.lastSuggestedName).isEqualTo(entry.fileName());
        assertThat(ScenarioReader.read(dir.resolve("mine.json")).title()).isEqualTo(entry.scenario().title());
    }

    /** The whole row answers a click, its far right end too, and shows the lesson's text as a tooltip. */
    @Test
    void aClickAtTheRightEndOfATeachingScenarioRowOpensIt(FxRobot robot) throws Exception {
        Menu file = onFx(() -> new Menu("File", null, actions.fileMenuItems().toArray(MenuItem[]::new)));
        onFx(() -> {
            ((StackPane) stage.getScene().getRoot()).getChildren().setAll(new VBox(new MenuBar(file)));
            stage.setWidth(1000);
            stage.setHeight(700);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".menu-bar .menu").queryAs(Node.class)).moveTo("Teaching scenarios");
        Menu teaching = (Menu) file.getItems().get(2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(teaching.isShowing()).isTrue();
        // The shortest title leaves the most row to the right of its text.
        MenuItem shortest = teaching.getItems().stream()
                .min(java.util.Comparator.comparingInt(item -> item.getText().length())).orElseThrow();
        ScenarioLibrary.Entry entry = (ScenarioLibrary.Entry) shortest.getUserData();
        Node row = shortest.getStyleableNode();
        assertThat(Tooltip.class.cast(row.getProperties().get("javafx.scene.control.Tooltip")).getText())
                .isEqualTo(entry.scenario().description());
        Bounds onScreen = row.localToScreen(row.getLayoutBounds());
        Node text = row.lookup(".label");
        assertThat(onScreen.getMaxX() - text.localToScreen(text.getLayoutBounds()).getMaxX())
                .as("room to the right of the title").isGreaterThan(40);

        // Across into the submenu at the height of its parent's row, down its left edge, then along
        // the row: a diagonal would cross the File menu's other rows and open their submenus instead.
        Bounds parentRow = teaching.getStyleableNode().localToScreen(teaching.getStyleableNode().getLayoutBounds());
        robot.moveTo(new Point2D(parentRow.getMaxX() - 4, parentRow.getCenterY()))
                .moveTo(new Point2D(onScreen.getMinX() + 4, parentRow.getCenterY()))
                .moveTo(new Point2D(onScreen.getMinX() + 4, onScreen.getCenterY()))
                .moveTo(new Point2D(onScreen.getMaxX() - 3, onScreen.getCenterY()));
        assertThat(teaching.isShowing()).isTrue();
        robot.clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(actions.windowTitleProperty().get())
                .isEqualTo("Optimizer Playground — " + entry.scenario().title());
    }

    @Test
    void theTeachingMenuShowsEachLessonsTitleAndTextInTheLanguageInUse() throws Exception {
        List<ScenarioLibrary.Entry> library = ScenarioLibrary.builtIn();
        try {
            Messages.use(Language.CHINESE);
            Menu teaching = (Menu) onFx(actions::fileMenuItems).get(2);
            onFx(() -> {
                actions.fillTeachingMenu(teaching); // what opening the File menu does
                return null;
            });
            for (int i = 0; i < library.size(); i++) {
                LessonText zh = library.get(i).scenario().lesson().translations().get(Language.CHINESE);
                assertThat(teaching.getItems().get(i).getText()).isEqualTo(zh.title());
                assertThat(ScenarioActions.lessonTooltip(library.get(i)).getText()).isEqualTo(zh.description());
            }
            onFx(() -> {
                teaching.getItems().get(0).fire();
                return null;
            });
            assertThat(actions.windowTitleProperty().get())
                    .endsWith(library.get(0).scenario().lesson().in(Language.CHINESE).title());
        } finally {
            Messages.use(Language.ENGLISH);
        }
    }

    @Test
    void stepsDroppingBelowTheStepOnScreenMoveItBackAndCountAsAnEdit() throws Exception {
        model.stepsProperty().set(300);
        Path longer = dir.resolve("long.json");
        picker.answers.add(longer);
        actions.saveAs();
        model.playback().stepProperty().set(300);

        model.stepsProperty().set(200); // typed fewer steps

        assertThat(model.playback().step()).isEqualTo(200);
        assertThat(actions.dirtyProperty().get()).isTrue();
        discard = false;
        onFx(() -> {
            actions.openTeachingScenario(ScenarioLibrary.builtIn().get(0));
            return null;
        });
        assertThat(questions).as("the edit is not replaced without asking").hasSize(1);
        assertThat(model.stepsProperty().get()).isEqualTo(200);

        // a shorter scenario opened over a longer one that stood at its end
        discard = true;
        assertThat(actions.open(longer)).isCompletedWithValue(true);
        model.playback().stepProperty().set(300);
        PlaygroundModel shortRun = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        shortRun.stepsProperty().set(50);
        Path shorter = dir.resolve("short.json");
        Files.writeString(shorter, ScenarioJson.toString(ScenarioForm.toScenario(shortRun.state())));

        assertThat(actions.open(shorter)).isCompletedWithValue(true);

        assertThat(errors.reports).isEmpty();
        assertThat(model.stepsProperty().get()).isEqualTo(50);
        assertThat(model.playback().step()).isZero();
        model.stepsProperty().set(20);
        assertThat(actions.dirtyProperty().get()).isTrue();
    }

    private static PlaygroundModel modelShowing(Scenario scenario) {
        PlaygroundModel m = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        m.setState(ScenarioForm.toState(scenario, m.state()));
        return m;
    }

    // ---------------------------------------------------------------- session

    @Test
    void theSessionSavedOnCloseComesBackInAFreshModel() {
        customise(model);
        model.selectedLaneProperty().set(OptimizerLane.SGD_NESTEROV);
        model.curvatureLensProperty().set(true);
        assertThat(actions.saveSession()).isTrue();

        PlaygroundModel fresh = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        ScenarioActions nextLaunch = newActions(fresh);
        assertThat(nextLaunch.restoreLastSession()).isTrue();

        assertThat(ScenarioForm.toScenario(fresh.state())).isEqualTo(ScenarioForm.toScenario(model.state()));
        assertSameRuns(fresh.runs(), model.runs());
        assertThat(nextLaunch.dirtyProperty().get()).isFalse();
        assertThat(fresh.selectedLaneProperty().get()).isEqualTo(OptimizerLane.SGD_NESTEROV);
        assertThat(fresh.curvatureLensProperty().get()).isTrue();
    }

    @Test
    void withoutAUsableSessionTheFirstRunViewStays() throws Exception {
        Scenario firstRun = ScenarioForm.toScenario(model.state());
        assertThat(actions.restoreLastSession()).isFalse(); // no session yet

        Files.createDirectories(store.home());
        Files.writeString(store.home().resolve("session.json"), "{ garbage", StandardCharsets.UTF_8);
        assertThat(actions.restoreLastSession()).isFalse();
        // valid JSON the model refuses: a lane configured for another optimizer
        Files.writeString(store.home().resolve("session.json"),
                "{\"preset\": \"bowl\", \"lanes\": {\"sgd\": {\"config\": {\"optimizer\": \"adam\"}}}}");
        assertThat(actions.restoreLastSession()).isFalse();

        assertThat(ScenarioForm.toScenario(model.state())).isEqualTo(firstRun);
        assertThat(errors.reports).isEmpty(); // startup never shows an alert for this
    }

    @Test
    void autosaveWritesOnlyAfterAChange() throws Exception {
        assertThat(actions.autosaveIfChanged()).isFalse();
        assertThat(store.loadSession()).isEmpty();

        model.stepsProperty().set(444);
        assertThat(actions.autosaveIfChanged()).isTrue();
        assertThat(store.loadSession()).get().extracting(Scenario::steps).isEqualTo(444);
        assertThat(actions.autosaveIfChanged()).isFalse(); // nothing new since
    }

    // ---------------------------------------------------------------- helpers

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    static void assertSameRuns(RunSet actual, RunSet expected) {
        assertThat(actual.runs()).hasSameSizeAs(expected.runs()).isNotEmpty();
        for (int i = 0; i < expected.runs().size(); i++) {
            assertThat(actual.runs().get(i).lane()).isEqualTo(expected.runs().get(i).lane());
            Trajectory a = actual.runs().get(i).trajectory();
            Trajectory e = expected.runs().get(i).trajectory();
            assertThat(a.length()).isEqualTo(e.length());
            for (int t = 0; t < e.length(); t++) {
                assertThat(Double.doubleToRawLongBits(a.x(t))).isEqualTo(Double.doubleToRawLongBits(e.x(t)));
                assertThat(Double.doubleToRawLongBits(a.y(t))).isEqualTo(Double.doubleToRawLongBits(e.y(t)));
                assertThat(Double.doubleToRawLongBits(a.loss(t))).isEqualTo(Double.doubleToRawLongBits(e.loss(t)));
            }
        }
    }
}
