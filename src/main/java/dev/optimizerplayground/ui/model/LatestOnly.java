package dev.optimizerplayground.ui.model;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Submits work so that only the newest request counts: a slider dragged quickly fires many
 * requests; one that is already superseded when a worker picks it up is skipped, and a result that
 * arrives after a newer request was made is dropped. Submit from the UI thread.
 */
final class LatestOnly {

    private final BackgroundWork background;
    private final AtomicLong generation = new AtomicLong();

    LatestOnly(BackgroundWork background) {
        this.background = background;
    }

    <T> void submit(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        long mine = generation.incrementAndGet();
        background.<T>submit(
                () -> isCurrent(mine) ? work.get() : null,
                result -> {
                    if (isCurrent(mine)) {
                        onDone.accept(result);
                    }
                },
                error -> {
                    if (isCurrent(mine)) {
                        onError.accept(error);
                    }
                });
    }

    /** Whether request {@code mine} is still the newest; background work may poll this to stop early. */
    boolean isCurrent(long mine) {
        return generation.get() == mine;
    }
}
