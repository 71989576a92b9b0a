package dev.optimizerplayground.ui;

import atlantafx.base.theme.PrimerLight;
import dev.optimizerplayground.core.files.SessionStore;
import dev.optimizerplayground.ui.actions.Action;
import dev.optimizerplayground.ui.files.AlertErrorReporter;
import dev.optimizerplayground.ui.files.ScenarioActions;
import dev.optimizerplayground.ui.help.HelpMenu;
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
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The window. The first time, it opens on the elongated valley with the four classic optimizers
 * already racing; after that, where the person left off.
 */
public final class PlaygroundApp extends Application {

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
        Menu file = new Menu("_File");
        file.getItems().setAll(files.fileMenuItems());
        file.getItems().add(new SeparatorMenuItem());
        file.getItems().addAll(window.exportMenuItems());
        List<Action> toolActions = List.of(new SweepWindow(model, () -> stage).action(),
                new LearningRateTuning(model, new FxBackgroundWork("tuning", 1), new AlertErrorReporter(() -> stage))
                        .action());
        Menu tools = new Menu("_Tools");
        toolActions.forEach(action -> tools.getItems().add(action.menuItem()));
        List<Action> actions = new ArrayList<>(files.actions());
        actions.addAll(window.exportActions());
        actions.addAll(window.playbackActions());
        actions.addAll(toolActions);
        window.setMenus(List.of(file, tools, new HelpMenu(() -> stage, actions).menu()));

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(1600, screen.getWidth()), Math.min(960, screen.getHeight()));
        MainWindow.installStylesheets(scene);
        scene.getStylesheets().add(ScenarioActions.STYLESHEET);
        window.installShortcuts(scene);
        files.installDragAndDrop(scene);
        stage.titleProperty().bind(files.windowTitleProperty());
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.setScene(scene);
        StartupProbe.install(scene);
        stage.show();
        files.startAutosave();
        window.start(!restored);
        // After the first frame: the window is there at once, and a file that cannot be opened is
        // reported over it, with the last session still on screen.
        startupFile().ifPresent(scenario -> Platform.runLater(() -> files.open(scenario)));
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
