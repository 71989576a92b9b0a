package dev.optimizerplayground.ui;

import atlantafx.base.theme.PrimerLight;
import dev.optimizerplayground.core.files.SessionStore;
import dev.optimizerplayground.core.text.Language;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.ui.actions.Action;
import dev.optimizerplayground.ui.controls.LanguageFont;
import dev.optimizerplayground.ui.files.AlertErrorReporter;
import dev.optimizerplayground.ui.files.ScenarioActions;
import dev.optimizerplayground.ui.help.HelpMenu;
import dev.optimizerplayground.ui.lesson.LessonEditor;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.FxBackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import dev.optimizerplayground.ui.plot.BasinLayer;
import dev.optimizerplayground.ui.plot.Debounce;
import dev.optimizerplayground.ui.sweep.LearningRateTuning;
import dev.optimizerplayground.ui.sweep.SweepView;
import dev.optimizerplayground.ui.sweep.SweepWindow;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The window. The first time, it opens on the elongated valley with the four classic optimizers
 * already racing, in the system's language; after that, where the person left off, in the language
 * they chose. Choosing another language under View ▸ Language rebuilds the window's content in it.
 */
public final class PlaygroundApp extends Application {

    /** Small enough for a 1024×768 projector with the panels collapsed. */
    private static final double MIN_WIDTH = 800;
    private static final double MIN_HEIGHT = 560;
    /** Share of a large screen (a 4K one) the first window takes. */
    private static final double LARGE_SCREEN_SHARE = 0.8;
    private static final System.Logger LOG = System.getLogger(PlaygroundApp.class.getName());
    /** The sweep tool's action, whose open window follows a change of language. */
    private static final String SWEEP_ACTION = "menu-sweep";

    // One pool each for the app's life: a window rebuilt in another language reuses them rather
    // than starting threads of its own.
    private final BackgroundWork runWork = new FxBackgroundWork("runs", 1);
    private final BackgroundWork contourWork = new FxBackgroundWork("contours", 1);
    private final BackgroundWork basinWork = new FxBackgroundWork("basins", 1);
    private final BackgroundWork tuningWork = new FxBackgroundWork("tuning", 1);

    private Stage stage;
    private SessionStore store;
    private ScenarioActions files;
    private Shown shown;

    /** What one build of the window is made of, handed over to the next build. */
    private record Shown(PlaygroundModel model, MainWindow window, BasinLayer basins, HelpMenu help,
                         List<Action> tools, LessonEditor lessonEditor) {
    }

    /**
     * Opens the window; returns when it is closed. {@code args} is empty or one scenario file,
     * opened once the window is on screen.
     */
    public static void launchWindow(String[] args) {
        Application.launch(PlaygroundApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        store = SessionStore.atDefaultLocation();
        Messages.use(firstLanguage(store));
        PlaygroundModel model = new PlaygroundModel(runWork);
        files = new ScenarioActions(model, store, () -> stage);
        boolean restored = files.restoreLastSession();

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new Region(), initialSize(screen.getWidth(), 1600),
                initialSize(screen.getHeight(), 960));
        MainWindow.installStylesheets(scene);
        scene.getStylesheets().add(ScenarioActions.STYLESHEET);
        stage.setScene(scene);
        shown = build(model);
        files.installDragAndDrop(scene);
        stage.titleProperty().bind(files.windowTitleProperty());
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        StartupProbe.install(scene);
        stage.show();
        files.startAutosave();
        shown.window().start(!restored);
        // After the first frame: the window is there at once, and a file that cannot be opened is
        // reported over it, with the last session still on screen.
        startupFile().ifPresent(scenario -> Platform.runLater(() -> files.open(scenario)));
    }

    /** The language chosen last time; on the first start, the system's. */
    static Language firstLanguage(SessionStore store) {
        return store.language().orElseGet(() -> Language.forLocale(Locale.getDefault()));
    }

    /** Builds the window's content on {@code model}, in the language in use, and puts it on the stage. */
    private Shown build(PlaygroundModel model) {
        MainWindow window = new MainWindow(model, contourWork);
        BasinLayer basins = new BasinLayer(model, basinWork, Platform::runLater, new Debounce(Duration.millis(200)));
        window.showBasins(basins);
        List<Action> tools = toolActions(model, tuningWork, () -> stage);
        LessonEditor lessonEditor = new LessonEditor(model, files::save, () -> stage);
        HelpMenu help = new HelpMenu(() -> stage, allActions(window, files, tools, lessonEditor));
        window.setMenus(menus(window, files, tools, lessonEditor, help, this::switchLanguage));
        stage.getScene().setRoot(window);
        LanguageFont.apply(stage.getScene().getStylesheets());
        window.installShortcuts(stage.getScene());
        return new Shown(model, window, basins, help, tools, lessonEditor);
    }

    /**
     * View ▸ Language: remembers the choice and rebuilds the window's content in it at once, on a
     * successor of the model, so the playground, the panels shown, playback and open Help pages
     * stay as they were. The old views, left listening to the old model, go with it.
     */
    void switchLanguage(Language language) {
        if (language == Messages.language()) {
            return;
        }
        Messages.use(language);
        try {
            store.saveLanguage(language);
        } catch (IOException e) {
            // The window still switches; only the next start will not remember it.
            LOG.log(Level.WARNING, "could not remember the language: " + e.getMessage());
        }
        Shown old = shown;
        old.window().dispose();
        PlaygroundModel model = old.model().successor(runWork);
        files.moveTo(model);
        shown = build(model);
        shown.window().takeViewFrom(old.window());
        shown.basins().shownProperty().set(old.basins().shownProperty().get());
        shown.basins().colouringProperty().set(old.basins().colouringProperty().get());
        old.help().handOverTo(shown.help());
        old.lessonEditor().handOverTo(shown.lessonEditor());
        reopenSweep(shown.tools());
        shown.window().start(false);
        shown.window().requestFocus(); // the keys go to the new window, not to a node of the old one
    }

    /** An open sweep window works on the old model: it closes, and the new one opens where it was. */
    private void reopenSweep(List<Action> tools) {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window instanceof Stage owned && owned.getOwner() == stage && owned.isShowing()
                    && owned.getScene() != null && owned.getScene().getRoot() instanceof SweepView) {
                owned.close();
                tools.stream().filter(a -> a.id().equals(SWEEP_ACTION)).findFirst()
                        .ifPresent(a -> a.handler().run());
            }
        }
    }

    /** Tools ▸ Sweep hyperparameters… and Tools ▸ Tune η, tuning on {@code tuningWork}. */
    static List<Action> toolActions(PlaygroundModel model, BackgroundWork tuningWork, Supplier<Window> owner) {
        return List.of(new SweepWindow(model, owner).action(),
                new LearningRateTuning(model, tuningWork, new AlertErrorReporter(owner)).action());
    }

    /** Every action of the window, for Help ▸ Keyboard shortcuts. */
    static List<Action> allActions(MainWindow window, ScenarioActions files, List<Action> toolActions,
                                   LessonEditor lessonEditor) {
        List<Action> actions = new ArrayList<>(files.actions());
        actions.addAll(window.exportActions());
        actions.addAll(window.viewActions());
        actions.addAll(window.playbackActions());
        actions.add(lessonEditor.action());
        actions.addAll(toolActions);
        return actions;
    }

    /** The menu bar's menus: files and exports, the view (with the language), the lesson, the tools and Help. */
    static List<Menu> menus(MainWindow window, ScenarioActions files, List<Action> toolActions,
                            LessonEditor lessonEditor, HelpMenu help, Consumer<Language> chooseLanguage) {
        Menu file = new Menu(Messages.get("menu.file"));
        file.getItems().setAll(files.fileMenuItems());
        file.getItems().add(new SeparatorMenuItem());
        file.getItems().addAll(window.exportMenuItems());
        // A menu of its own rather than a corner of File ▸ Teaching scenarios: writing a lesson is
        // editing the open scenario, not opening one, and the issue names it Lesson ▸ Edit….
        Menu lesson = new Menu(Messages.get("lesson.menu"));
        lesson.setId("lesson-menu");
        lesson.getItems().add(lessonEditor.menuItem());
        Menu tools = new Menu(Messages.get("menu.tools"));
        toolActions.forEach(action -> tools.getItems().add(action.menuItem()));
        return List.of(file, window.viewMenu(chooseLanguage), lesson, tools, help.menu());
    }

    /**
     * The window's first size along one side: the whole screen up to a comfortable size, and most
     * of a larger screen beyond it.
     */
    static double initialSize(double screen, double comfortable) {
        return screen <= comfortable ? screen : Math.max(comfortable, screen * LARGE_SCREEN_SHARE);
    }

    /** The scenario file named on the command line, if any. */
    private Optional<Path> startupFile() {
        List<String> raw = getParameters().getRaw();
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(raw.get(0)));
        } catch (InvalidPathException e) {
            LOG.log(Level.WARNING, "not a file name: " + raw.get(0));
            return Optional.empty();
        }
    }

    /** Runs when the window closes: the session is kept so the next start opens here. */
    @Override
    public void stop() {
        if (files != null) {
            files.saveSession();
        }
    }
}
