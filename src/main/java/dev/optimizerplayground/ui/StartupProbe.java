package dev.optimizerplayground.ui;

import java.time.Duration;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * How fast the window comes up, asked for with {@code -Doptimizer.playground.startup=log} or
 * {@code =quit}; off otherwise. {@code log} prints to stderr, once, when the first frame was laid
 * out (the frame is drawn right after), in milliseconds since 1970, and the processor time used
 * until then; whoever launched the app subtracts their launch time (packaging/measure-start.sh
 * does). The process's own start time cannot serve: Linux gives it only to within a second.
 * {@code quit} prints the same,
 * lets the first runs and contours arrive, and closes the app: the installer build's training run,
 * whose loaded classes go into the class-data-sharing archive, uses it.
 */
final class StartupProbe {

    static final String PROPERTY = "optimizer.playground.startup";
    /** Long enough for the first runs and contours on a slow machine, so their classes are loaded too. */
    private static final javafx.util.Duration TRAINING_TIME = javafx.util.Duration.seconds(3);

    private StartupProbe() {
    }

    /** Watches {@code scene}'s first frame if the property asks for it; call before the stage is shown. */
    static void install(Scene scene) {
        String mode = System.getProperty(PROPERTY, "").toLowerCase(Locale.ROOT);
        if (!mode.equals("log") && !mode.equals("quit")) {
            return;
        }
        Runnable[] firstFrame = new Runnable[1];
        firstFrame[0] = () -> {
            if (scene.getWindow() == null || !scene.getWindow().isShowing()) {
                return;
            }
            scene.removePostLayoutPulseListener(firstFrame[0]);
            ProcessHandle.Info process = ProcessHandle.current().info();
            // The processor time too: on a machine busy with other work it says what the wall clock cannot.
            System.err.println("first frame: at " + System.currentTimeMillis() + " ms since 1970, "
                    + process.totalCpuDuration().map(Duration::toMillis).orElse(-1L) + " ms of processor time");
            if (mode.equals("quit")) {
                PauseTransition training = new PauseTransition(TRAINING_TIME);
                training.setOnFinished(e -> Platform.exit());
                training.play();
            }
        };
        scene.addPostLayoutPulseListener(firstFrame[0]);
    }
}
