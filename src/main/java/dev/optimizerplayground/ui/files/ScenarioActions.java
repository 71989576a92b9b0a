package dev.optimizerplayground.ui.files;

import dev.optimizerplayground.core.files.ScenarioReader;
import dev.optimizerplayground.core.files.SessionStore;
import dev.optimizerplayground.core.io.AtomicFiles;
import dev.optimizerplayground.core.scenario.Scenario;
import dev.optimizerplayground.core.scenario.ScenarioFormatException;
import dev.optimizerplayground.core.scenario.ScenarioJson;
import dev.optimizerplayground.core.scenario.ScenarioLibrary;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.session.PlaygroundState;
import dev.optimizerplayground.session.ScenarioForm;
import dev.optimizerplayground.ui.actions.Action;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.FxBackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.io.File;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Keeping what you made: opening and saving scenario files, the recent files, the teaching
 * scenarios, dropping a file on the window, and remembering the last session across launches.
 *
 * <p>Opening never half-changes the window: the file is read and checked completely, and only a
 * scenario the model accepts replaces the current view; anything else is reported and the current
 * work stays as it was. Every save goes through {@link AtomicFiles}, so a failed save leaves the
 * old file intact.
 */
public final class ScenarioActions {

    public static final String STYLESHEET =
            ScenarioActions.class.getResource("/dev/optimizerplayground/ui/files/files.css").toExternalForm();
    /** Put on the scene's root while files are dragged over the window. */
    public static final String DROP_TARGET_STYLE = "drop-target";
    public static final String OPEN_ID = "open-scenario";
    public static final String RECENT_MENU_ID = "recent-menu";
    public static final String TEACHING_MENU_ID = "teaching-menu";
    public static final String SAVE_ID = "save-scenario";
    public static final String SAVE_AS_ID = "save-scenario-as";
    /** Often enough that a crash loses little, rarely enough to be unnoticeable (a few kB). */
    static final Duration AUTOSAVE_PERIOD = Duration.seconds(30);

    private static final System.Logger LOG = System.getLogger(ScenarioActions.class.getName());
    /** Ends in .optplay.json, the name the installed app is registered for, so a double-click opens it. */
    private static final String UNTITLED_FILE_NAME = "scenario.optplay.json";

    private PlaygroundModel model;
    private final SessionStore store;
    private final Supplier<Window> owner;
    private final FilePicker picker;
    private final ErrorReporter errors;
    private final Confirmation confirmation;
    /** Reads opened files: a file on a slow or hung share must not freeze the window. */
    private final BackgroundWork reading;

    private final ReadOnlyObjectWrapper<Path> currentFile = new ReadOnlyObjectWrapper<>(this, "currentFile");
    private final ReadOnlyStringWrapper windowTitle =
            new ReadOnlyStringWrapper(this, "windowTitle", Messages.get("app.title"));

    /** The teaching scenario on screen when there is no file, shown in the title bar. */
    private String libraryTitle = "";
    private String suggestedFileName = UNTITLED_FILE_NAME;
    private boolean changedSinceSessionSave;
    private Timeline autosave;
    /** Marks the session changed on every edit but playback; moved along with the model. */
    private final ChangeListener<PlaygroundState> sessionChange = (obs, old, now) -> {
        if (!old.withoutPlayback().equals(now.withoutPlayback())) {
            changedSinceSessionSave = true;
        }
    };
    private final InvalidationListener titleChange = o -> updateWindowTitle();

    public ScenarioActions(PlaygroundModel model, SessionStore store, Supplier<Window> owner) {
        this(model, store, owner, new FxFilePicker(owner), new AlertErrorReporter(owner),
                new AlertConfirmation(owner), new FxBackgroundWork("files", 1));
    }

    /** With other dialogs and another way to read files in the background, for tests. */
    public ScenarioActions(PlaygroundModel model, SessionStore store, Supplier<Window> owner,
                           FilePicker picker, ErrorReporter errors, Confirmation confirmation,
                           BackgroundWork reading) {
        this.model = Objects.requireNonNull(model, "model");
        this.store = Objects.requireNonNull(store, "store");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.picker = Objects.requireNonNull(picker, "picker");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.confirmation = Objects.requireNonNull(confirmation, "confirmation");
        this.reading = Objects.requireNonNull(reading, "reading");
        model.markSaved();
        model.stateProperty().addListener(sessionChange);
        currentFile.addListener(titleChange);
        model.dirtyProperty().addListener(titleChange);
    }

    /**
     * Goes on with {@code next}, the model of a window rebuilt in place of this one's (after a change
     * of language): the current file, the recent list and the autosave carry on, and the window title
     * is written again in the language now in use.
     */
    public void moveTo(PlaygroundModel next) {
        model.stateProperty().removeListener(sessionChange);
        model.dirtyProperty().removeListener(titleChange);
        model = Objects.requireNonNull(next, "next");
        model.stateProperty().addListener(sessionChange);
        model.dirtyProperty().addListener(titleChange);
        updateWindowTitle();
    }

    // =============================================================== state

    /** The file the view was opened from or last saved to; null for unsaved or teaching work. */
    public ReadOnlyObjectProperty<Path> currentFileProperty() {
        return currentFile.getReadOnlyProperty();
    }

    /** True when the view differs from what was last opened or saved (the animation's step aside). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return model.dirtyProperty();
    }

    /** "Optimizer Playground — name.json", marked as edited after unsaved changes; bind the stage title to it. */
    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    // =============================================================== opening

    /** Asks for a scenario file and opens it. */
    public void open() {
        picker.chooseFileToOpen(startFolder()).ifPresent(this::open);
    }

    /**
     * Opens a scenario file: it is read in the background, then, back on the UI thread, on success
     * it is on screen, remembered as the current and most recent file; on failure the reason is
     * reported and the view is unchanged.
     *
     * @return completes on the UI thread with whether the file was opened
     */
    public CompletableFuture<Boolean> open(Path file) {
        CompletableFuture<Boolean> opened = new CompletableFuture<>();
        if (!mayReplaceEdits(String.valueOf(file.getFileName()))) {
            opened.complete(false);
            return opened;
        }
        reading.submit(() -> {
            try {
                return ScenarioReader.read(file);
            } catch (IOException | ScenarioFormatException e) {
                throw new UnreadableFile(e.getMessage(), e);
            }
        }, scenario -> {
            boolean shown = show(scenario, openFailure(file));
            if (shown) {
                becomeCurrentFile(file);
            }
            opened.complete(shown);
        }, failure -> {
            errors.report(openFailure(file), failure.getMessage() != null ? failure.getMessage() : failure.toString());
            opened.complete(false);
        });
        return opened;
    }

    /** Carries a file's "cannot read …" or format message out of the background work. */
    private static final class UnreadableFile extends RuntimeException {
        UnreadableFile(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Whether the view may be replaced: yes when nothing was changed since it was last opened or
     * saved, otherwise only if the person agrees to discard the changes.
     */
    private boolean mayReplaceEdits(String incoming) {
        return !model.dirtyProperty().get() || confirmation.confirm(Messages.get("files.discard.title"),
                Messages.get("files.discard.message", incoming), Messages.get("files.discard.action"));
    }

    /** Puts a shipped teaching scenario on screen and starts the race. */
    public void openTeachingScenario(ScenarioLibrary.Entry entry) {
        String title = shownTitle(entry);
        if (!mayReplaceEdits(Messages.get("files.quoted", title))) {
            return;
        }
        if (!show(entry.scenario(), Messages.get("files.open.failed", Messages.get("files.quoted", title)))) {
            return;
        }
        currentFile.set(null);
        libraryTitle = title;
        suggestedFileName = entry.fileName();
        model.markSaved();
        updateWindowTitle();
        model.playback().togglePlay(); // a teaching scenario is chosen to be watched
    }

    /** Puts a scenario on screen, paused; false (reported) if the playground refuses it. */
    private boolean show(Scenario scenario, String failureTitle) {
        try {
            model.setState(ScenarioForm.toState(scenario, model.state()));
        } catch (IllegalArgumentException e) {
            errors.report(failureTitle, e.getMessage());
            return false;
        }
        model.playback().pause();
        return true;
    }

    private static String openFailure(Path file) {
        Path name = file.getFileName();
        return Messages.get("files.open.failed", name != null ? name : file);
    }

    // =============================================================== saving

    /** Saves to the current file, or asks where when there is none. @return whether it was saved */
    public boolean save() {
        Path file = currentFile.get();
        return file != null ? saveTo(file) : saveAs();
    }

    /** Asks where to save, then saves there. @return whether it was saved */
    public boolean saveAs() {
        Optional<Path> chosen = picker.chooseFileToSave(startFolder(), suggestedFileName);
        return chosen.isPresent() && saveTo(chosen.get());
    }

    /**
     * Writes the view to {@code file}, atomically; it becomes the current and most recent file. A
     * failure is reported and leaves both the file on disk and the current file as they were.
     *
     * @return whether it was saved
     */
    public boolean saveTo(Path file) {
        String json = ScenarioJson.toString(ScenarioForm.toScenario(model.state()));
        try {
            AtomicFiles.writeString(file, json);
        } catch (IOException e) {
            Path name = file.getFileName();
            errors.report(Messages.get("files.save.failed", name != null ? name : file), e.getMessage());
            return false;
        }
        becomeCurrentFile(file);
        return true;
    }

    /** After opening or saving: the view is that file's, unchanged, and it heads the recent list. */
    private void becomeCurrentFile(Path file) {
        currentFile.set(file.toAbsolutePath().normalize());
        libraryTitle = "";
        suggestedFileName = file.getFileName().toString();
        model.markSaved();
        remember(file);
    }

    private void remember(Path file) {
        try {
            store.addRecent(file);
        } catch (IOException e) {
            // The file itself was opened or saved; a recent list that cannot be written is no reason to alarm anyone.
            LOG.log(Level.WARNING, "could not update the recent files: " + e.getMessage());
        }
    }

    /** The current file's folder, else the most recent file's, else the dialog's own default. */
    private Path startFolder() {
        Path file = currentFile.get();
        if (file == null) {
            List<Path> recent = store.recentFiles();
            file = recent.isEmpty() ? null : recent.get(0);
        }
        return file == null ? null : file.toAbsolutePath().getParent();
    }

    // =============================================================== menus

    /** Open, Save and Save as, with their keys. */
    public List<Action> actions() {
        return List.of(
                new Action(OPEN_ID, Messages.get("action.open-scenario"), new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                        this::open),
                new Action(SAVE_ID, Messages.get("action.save-scenario"), new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                        this::save),
                new Action(SAVE_AS_ID, Messages.get("action.save-scenario-as"), new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), this::saveAs));
    }

    /** Open…, Open recent ▸, Teaching scenarios ▸, separator, Save, Save as…; for the File menu. */
    public List<MenuItem> fileMenuItems() {
        List<Action> actions = actions();
        Menu recent = new Menu(Messages.get("files.recent"));
        recent.setId(RECENT_MENU_ID);
        fillRecentMenu(recent);
        // The list changes outside this menu (another window, a deleted file), so it is rebuilt each time it opens.
        recent.setOnShowing(e -> fillRecentMenu(recent));
        return List.of(actions.get(0).menuItem(), recent, teachingMenu(), new SeparatorMenuItem(),
                actions.get(1).menuItem(), actions.get(2).menuItem());
    }

    void fillRecentMenu(Menu recent) {
        List<MenuItem> items = new ArrayList<>();
        for (Path file : store.recentFiles()) {
            Path folder = file.getParent();
            MenuItem item = new MenuItem(file.getFileName() + (folder != null ? "   —  " + folder : ""));
            item.setMnemonicParsing(false); // "my_run.json" must not lose its underscore
            item.setUserData(file);
            item.setOnAction(e -> open(file));
            items.add(item);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("files.recent.none"));
            none.setDisable(true);
            items.add(none);
        }
        recent.getItems().setAll(items);
    }

    /**
     * Teaching scenarios ▸, filled the first time the menu holding it opens: reading the shipped
     * scenarios need not delay the first frame. Plain items, so a click anywhere on the row opens
     * the lesson (a custom item answers only on its own content); each row's tooltip, set once the
     * row is on screen, tells what the lesson shows.
     */
    private Menu teachingMenu() {
        Menu teaching = new Menu(Messages.get("files.teaching"));
        teaching.setId(TEACHING_MENU_ID);
        teaching.parentMenuProperty().addListener((obs, old, parent) -> {
            if (parent != null) {
                parent.addEventHandler(Menu.ON_SHOWING, e -> {
                    if (teaching.getItems().isEmpty()) {
                        fillTeachingMenu(teaching);
                    }
                });
            }
        });
        teaching.setOnShown(e -> teaching.getItems().forEach(item -> {
            if (item.getUserData() instanceof ScenarioLibrary.Entry entry && item.getStyleableNode() != null) {
                Tooltip.install(item.getStyleableNode(), lessonTooltip(entry));
            }
        }));
        return teaching;
    }

    void fillTeachingMenu(Menu teaching) {
        List<ScenarioLibrary.Entry> entries;
        try {
            entries = ScenarioLibrary.builtIn();
        } catch (RuntimeException e) {
            // A packaging bug must not take the File menu down with it.
            LOG.log(Level.ERROR, "teaching scenarios unavailable: " + e.getMessage());
            MenuItem none = new MenuItem(Messages.get("files.teaching.missing"));
            none.setDisable(true);
            teaching.getItems().setAll(none);
            return;
        }
        List<MenuItem> items = new ArrayList<>();
        for (ScenarioLibrary.Entry entry : entries) {
            MenuItem item = new MenuItem(shownTitle(entry));
            item.setMnemonicParsing(false);
            item.setId("teaching-" + entry.fileName().replaceFirst("\\.json$", ""));
            item.getStyleClass().add("teaching-item");
            item.setUserData(entry);
            item.setOnAction(e -> openTeachingScenario(entry));
            items.add(item);
        }
        teaching.getItems().setAll(items);
    }

    static Tooltip lessonTooltip(ScenarioLibrary.Entry entry) {
        Tooltip tip = new Tooltip(entry.scenario().lesson().in(Messages.language()).description());
        tip.setWrapText(true);
        tip.setMaxWidth(460);
        tip.setShowDuration(Duration.minutes(2));
        return tip;
    }

    /** A shipped lesson's title in the language in use (each carries its translations). */
    private static String shownTitle(ScenarioLibrary.Entry entry) {
        return entry.scenario().lesson().in(Messages.language()).title();
    }

    // =============================================================== drag and drop

    /**
     * Dropping a file on the window opens it. Only files are accepted; while they are dragged over,
     * the root carries {@link #DROP_TARGET_STYLE} so the window lights up.
     */
    public void installDragAndDrop(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (acceptsDrop(event.getDragboard().getFiles())) {
                event.acceptTransferModes(TransferMode.COPY);
                setDropHighlight(scene, true);
            }
            event.consume();
        });
        scene.addEventHandler(DragEvent.DRAG_EXITED, event -> setDropHighlight(scene, false));
        scene.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            setDropHighlight(scene, false);
            List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
            // Completed at once, before a possible alert, so the other application's drag ends cleanly.
            event.setDropCompleted(acceptsDrop(files));
            event.consume();
            // After the drop has finished: opening may ask to discard changes, in a dialog of its own.
            Platform.runLater(() -> openDropped(files));
        });
    }

    /** Whether a drag carries at least one file (folders and text snippets are not scenarios). */
    static boolean acceptsDrop(List<File> files) {
        return files != null && files.stream().anyMatch(f -> !f.isDirectory());
    }

    /**
     * Opens the first dropped .json file, or the first file at all so that a wrong one gets a clear
     * message rather than silence.
     */
    CompletableFuture<Boolean> openDropped(List<File> files) {
        Optional<File> chosen = files.stream()
                .filter(f -> !f.isDirectory() && f.getName().toLowerCase(Locale.ROOT).endsWith(".json"))
                .findFirst()
                .or(() -> files.stream().filter(f -> !f.isDirectory()).findFirst());
        return chosen.isPresent() ? open(chosen.get().toPath()) : CompletableFuture.completedFuture(false);
    }

    static void setDropHighlight(Scene scene, boolean on) {
        List<String> styles = scene.getRoot().getStyleClass();
        if (on && !styles.contains(DROP_TARGET_STYLE)) {
            styles.add(DROP_TARGET_STYLE);
        } else if (!on) {
            styles.remove(DROP_TARGET_STYLE);
        }
    }

    // =============================================================== session

    /**
     * Brings back the view the app was closed with. A missing, damaged or unusable session is
     * ignored (and logged), so startup never fails here.
     *
     * @return true when a session was restored; false means first run (or nothing usable): show the
     *     default first-run race
     */
    public boolean restoreLastSession() {
        Optional<Scenario> session = store.loadSession();
        if (session.isEmpty()) {
            return false;
        }
        try {
            model.setState(ScenarioForm.toState(session.get(), model.state()));
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "ignoring the last session: " + e.getMessage());
            return false;
        }
        model.playback().pause();
        libraryTitle = "";
        currentFile.set(null);
        model.markSaved();
        changedSinceSessionSave = false;
        return true;
    }

    /**
     * Remembers the view for the next launch. Never throws: a failure is logged (the app is
     * usually closing, when a dialog would help nobody).
     *
     * @return whether it was written
     */
    public boolean saveSession() {
        try {
            store.saveSession(ScenarioForm.toScenario(model.state()));
            changedSinceSessionSave = false;
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not save the session: " + e.getMessage());
            return false;
        }
    }

    /**
     * Saves the session every {@link #AUTOSAVE_PERIOD} while settings keep changing, so a crash or
     * a killed process loses at most half a minute of work. Call once, on the FX thread.
     */
    public void startAutosave() {
        if (autosave != null) {
            return;
        }
        autosave = new Timeline(new KeyFrame(AUTOSAVE_PERIOD, e -> autosaveIfChanged()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
    }

    /** One autosave tick: writes the session only when a setting changed since the last write. */
    boolean autosaveIfChanged() {
        return changedSinceSessionSave && saveSession();
    }

    private void updateWindowTitle() {
        Path file = currentFile.get();
        String document = file != null ? file.getFileName().toString() : libraryTitle;
        if (document.isEmpty()) {
            windowTitle.set(Messages.get("app.title"));
        } else {
            windowTitle.set(Messages.get(model.dirtyProperty().get() ? "files.window-title.edited" : "files.window-title",
                    Messages.get("app.title"), document));
        }
    }
}
