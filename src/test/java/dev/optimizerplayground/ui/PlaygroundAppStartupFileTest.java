package dev.optimizerplayground.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.files.SessionStore;
import dev.optimizerplayground.core.scenario.ScenarioJson;
import dev.optimizerplayground.core.scenario.ScenarioLibrary;
import dev.optimizerplayground.core.text.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app started as {@code optimizer-playground FILE} (what a double-click on a scenario
 * runs): a good file is on screen, a missing or bad one gives the window and a message, never a
 * crash.
 */
class PlaygroundAppStartupFileTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Application app;
    private Stage stage;

    @BeforeAll
    static void primaryStage() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeTheApp() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        System.clearProperty(SessionStore.HOME_PROPERTY);
    }

    @Test
    void aScenarioFileOpensInTheWindow() throws Exception {
        Path lesson = dir.resolve("valley lesson.json");
        Files.writeString(lesson, ScenarioJson.toString(ScenarioLibrary.builtIn().get(0).scenario()));

        launchWith(lesson);

        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).contains("valley lesson.json");
        assertThat(errorDialogs()).isEmpty();
    }

    @Test
    void aMissingFileOpensTheWindowWithTheMessage() throws Exception {
        launchWith(dir.resolve("gone.json"));

        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Optimizer Playground");
        assertThat(errorDialogs()).singleElement().satisfies(pane -> {
            assertThat(pane.getHeaderText()).isEqualTo("Could not open gone.json");
            assertThat(pane.getContentText()).endsWith("gone.json: the file does not exist");
        });
    }

    @Test
    void aFileThatIsNoScenarioOpensTheWindowWithTheMessage() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.json"), "these are not the settings you want");

        launchWith(notes);

        assertThat(stage.isShowing()).isTrue();
        assertThat(errorDialogs()).singleElement()
                .satisfies(pane -> assertThat(pane.getHeaderText()).isEqualTo("Could not open notes.json"));
    }

    private void launchWith(Path file) throws Exception {
        // English whatever the machine's locale: the messages checked here are the English ones.
        new SessionStore(dir.resolve("home")).saveLanguage(Language.ENGLISH);
        System.setProperty(SessionStore.HOME_PROPERTY, dir.resolve("home").toString());
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(PlaygroundApp.class, file.toString());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<DialogPane> errorDialogs() {
        return robot.listWindows().stream()
                .filter(Window::isShowing)
                .map(w -> w.getScene().getRoot())
                .filter(DialogPane.class::isInstance)
                .map(DialogPane.class::cast)
                .collect(Collectors.toList());
    }
}
