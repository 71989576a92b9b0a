package dev.optimizerplayground.ui.model;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where view models send work that must not run on the JavaFX thread. The window uses
 * {@link FxBackgroundWork}; tests use {@link #SAME_THREAD} so asynchronous code becomes
 * deterministic.
 */
public interface BackgroundWork {

    /**
     * Computes {@code work} off the UI thread, then passes its result to {@code onDone} on the UI
     * thread (or its failure to {@code onError}).
     */
    <T> void submit(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    /** Runs everything at once on the calling thread. */
    BackgroundWork SAME_THREAD = new BackgroundWork() {
        @Override
        public <T> void submit(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // The errors a computation on user input can hit: reported, never silently lost.
                onError.accept(e);
                return;
            }
            onDone.accept(result);
        }
    };
}
