package dev.optimizerplayground.ui.model;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Submits work so that only the newest request counts: a slider dragged quickly fires many
 * requests; one that is already superseded when a worker picks it up is skipped, and a result that
 * arrives after a newer request was made is dropped, and work under way is told (through the
 * {@code cancelled} it is given) when it has been superseded. Submit from the UI thread.
 */
final class LatestOnly {

    private final BackgroundWork background;
    private final AtomicLong generation = new AtomicLong();

    LatestOnly(BackgroundWork background) {
        this.background = background;
    }

    <T> void submit(Function<BooleanSupplier, T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        long mine = generation.incrementAndGet();
        BooleanSupplier cancelled = () -> !isCurrent(mine);
        background.<T>submit(
                () -> cancelled.getAsBoolean() ? null : work.apply(cancelled),
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

    private boolean isCurrent(long mine) {
        return generation.get() == mine;
    }
}
