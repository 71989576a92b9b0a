package dev.optimizerplayground.ui.model;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Background work on a small pool of daemon threads, results handed back with runLater. */
public final class FxBackgroundWork implements BackgroundWork {

    private final ExecutorService pool;

    public FxBackgroundWork(String name, int threads) {
        pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void submit(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        pool.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> onDone.accept(result));
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                Platform.runLater(() -> onError.accept(e));
            }
        });
    }
}
