package dev.optimizerplayground.ui;

import atlantafx.base.theme.PrimerLight;
import dev.optimizerplayground.core.files.SessionStore;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.ui.actions.Action;
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
import dev.optimizerplayground.ui.sweep.SweepWindow;
import java.lang.System.Logger.Level;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The window. The first time, it opens on the elongated valley with the four classic optimizers
 * already racing; after that, where the person left off.
 */
public final class PlaygroundApp extends Application {

    /** Small enough for a 1024×768 projector with the panels collapsed. */
    private static final double MIN_WIDTH = 800;
    private static final double MIN_HEIGHT = 560;
    /** Share of a large screen (a 4K one) the first window takes. */
    private static final double LARGE_SCREEN_SHARE = 0.8;
    private static final System.Logger LOG = System.getLogger(PlaygroundApp.class.getName());

    private ScenarioActions files;

    /**
     * Opens the window; returns when it is closed. {@code args} is empty or one scenario file,
     * opened once the window is on screen.
     */
    public static void launchWindow(String[] args) {
        Application.launch(PlaygroundApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        PlaygroundModel model = new PlaygroundModel(new FxBackgroundWork("runs", 1));
        files = new ScenarioActions(model, SessionStore.atDefaultLocation(), () -> stage);
        boolean restored = files.restoreLastSession();

        MainWindow window = new MainWindow(model, new FxBackgroundWork("contours", 1));
        window.showBasins(new BasinLayer(model, new FxBackgroundWork("basins", 1), Platform::runLater,
                new Debounce(Duration.millis(200))));
        window.setMenus(menus(window, files, toolActions(model, new FxBackgroundWork("tuning", 1), () -> stage),
                new LessonEditor(model, files::save, () -> stage), () -> stage));

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, initialSize(screen.getWidth(), 1600), initialSize(screen.getHeight(), 960));
        MainWindow.installStylesheets(scene);
        scene.getStylesheets().add(ScenarioActions.STYLESHEET);
        window.installShortcuts(scene);
        files.installDragAndDrop(scene);
        stage.titleProperty().bind(files.windowTitleProperty());
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setScene(scene);
        StartupProbe.install(scene);
        stage.show();
        files.startAutosave();
        window.start(!restored);
        // After the first frame: the window is there at once, and a file that cannot be opened is
        // reported over it, with the last session still on screen.
        startupFile().ifPresent(scenario -> Platform.runLater(() -> files.open(scenario)));
    }

    /** The menu bar's menus: files and exports, the view, and Help, which lists every action's keys. */
    /** Tools ▸ Sweep hyperparameters… and Tools ▸ Tune η, tuning on {@code tuningWork}. */
    static List<Action> toolActions(PlaygroundModel model, BackgroundWork tuningWork, Supplier<Window> owner) {
        return List.of(new SweepWindow(model, owner).action(),
                new LearningRateTuning(model, tuningWork, new AlertErrorReporter(owner)).action());
    }

    static List<Menu> menus(MainWindow window, ScenarioActions files, List<Action> toolActions, LessonEditor lessonEditor,
                            Supplier<Window> owner) {
        Menu file = new Menu("_File");
        file.getItems().setAll(files.fileMenuItems());
        file.getItems().add(new SeparatorMenuItem());
        file.getItems().addAll(window.exportMenuItems());
        // A menu of its own rather than a corner of File ▸ Teaching scenarios: writing a lesson is
        // editing the open scenario, not opening one, and the issue names it Lesson ▸ Edit….
        Menu lesson = new Menu(Messages.get("lesson.menu"));
        lesson.setId("lesson-menu");
        lesson.getItems().add(lessonEditor.menuItem());
        Menu tools = new Menu("_Tools");
        toolActions.forEach(action -> tools.getItems().add(action.menuItem()));
        List<Action> actions = new ArrayList<>(files.actions());
        actions.addAll(window.exportActions());
        actions.addAll(window.viewActions());
        actions.addAll(window.playbackActions());
        actions.add(lessonEditor.action());
        actions.addAll(toolActions);
        return List.of(file, window.viewMenu(), lesson, tools, new HelpMenu(owner, actions).menu());
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
