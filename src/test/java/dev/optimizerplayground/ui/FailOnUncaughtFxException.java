package dev.optimizerplayground.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fails a test during which an exception escaped on the JavaFX thread (from a listener, an event
 * handler, a pulse), which JavaFX itself only prints: a user would have met it as a half-done
 * action. Two routes lead here: code TestFX ran on the JavaFX thread (robot input, {@code interact})
 * records its exceptions in {@link WaitForAsyncUtils}; everything else (pulses, animation,
 * {@code Platform.runLater}) reaches the thread's uncaught-exception handler. Registered for every test through JUnit's extension auto-detection
 * ({@code META-INF/services}), so a new UI test is covered without anyone remembering to add it.
 */
public final class FailOnUncaughtFxException implements BeforeEachCallback, AfterEachCallback {

    private static final List<Throwable> ESCAPED = new ArrayList<>();
    private static boolean installed;

    @Override
    public void beforeEach(ExtensionContext context) {
        install();
        drain();
        WaitForAsyncUtils.clearExceptions(); // an earlier test's, already reported or not ours
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<Throwable> escaped = new ArrayList<>();
        if (FxToolkit.isFXApplicationThreadRunning()) {
            try {
                WaitForAsyncUtils.waitForFxEvents(); // what the test set off may still be queued
            } catch (RuntimeException e) {
                escaped.add(e);
            }
            escaped.addAll(drainTestFx());
        }
        escaped.addAll(drain());
        if (!escaped.isEmpty()) {
            AssertionError failure = new AssertionError("uncaught exception on the JavaFX thread: "
                    + escaped.get(0), escaped.get(0));
            escaped.stream().skip(1).forEach(failure::addSuppressed);
            throw failure;
        }
    }

    /** Catches exceptions on the JavaFX thread; those of other threads go where they went before. */
    private static synchronized void install() {
        if (installed) {
            return;
        }
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (Platform.isFxApplicationThread()) {
                synchronized (ESCAPED) {
                    ESCAPED.add(error);
                }
                error.printStackTrace();
            } else if (previous != null) {
                previous.uncaughtException(thread, error);
            } else {
                thread.getThreadGroup().uncaughtException(thread, error);
            }
        });
        installed = true;
    }

    /** The exceptions TestFX caught on the JavaFX thread and has not reported yet. */
    private static List<Throwable> drainTestFx() {
        List<Throwable> caught = new ArrayList<>();
        while (true) {
            try {
                WaitForAsyncUtils.checkException();
                return caught;
            } catch (Throwable e) {
                caught.add(e);
            }
        }
    }

    private static List<Throwable> drain() {
        synchronized (ESCAPED) {
            List<Throwable> escaped = List.copyOf(ESCAPED);
            ESCAPED.clear();
            return escaped;
        }
    }
}
