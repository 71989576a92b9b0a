package dev.optimizerplayground.ui;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The guard every test runs under: an exception escaping on the JavaFX thread fails the test. */
@ExtendWith(ApplicationExtension.class)
class FailOnUncaughtFxExceptionTest {

    private final FailOnUncaughtFxException guard = new FailOnUncaughtFxException();

    @Start
    void start(Stage stage) {
        Button broken = new Button("broken");
        broken.setId("broken");
        broken.setOnAction(e -> {
            throw new IllegalStateException("from an event handler");
        });
        stage.setScene(new Scene(broken, 200, 100));
        stage.show();
    }

    @Test
    void anExceptionInAnEventHandlerFailsTheTest(FxRobot robot) {
        guard.beforeEach(null);
        robot.clickOn("#broken");

        assertThatThrownBy(() -> guard.afterEach(null))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("from an event handler");
    }

    @Test
    void anExceptionInCodeRunLaterFailsTheTest() {
        guard.beforeEach(null);
        Platform.runLater(() -> {
            throw new IllegalStateException("from a later runnable");
        });

        assertThatThrownBy(() -> guard.afterEach(null))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("from a later runnable");
    }

    @Test
    void aTestWithoutOnePasses(FxRobot robot) {
        guard.beforeEach(null);
        robot.moveTo("#broken");

        assertThatCode(() -> guard.afterEach(null)).doesNotThrowAnyException();
    }
}
