package dev.optimizerplayground.core.concurrent;

import java.util.concurrent.CancellationException;

/**
 * Lets the code that started a computation stop it early, e.g. when the user has changed the formula
 * again before the previous contour plot was finished. Workers poll it at coarse intervals (per row,
 * per level), so cancelling costs nothing on the hot path.
 */
public final class CancellationToken {

    private volatile boolean cancelled;

    /** A token for work that is never cancelled. */
    public static CancellationToken none() {
        return new CancellationToken();
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** @throws CancellationException if {@link #cancel()} has been called */
    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancellationException("computation was cancelled");
        }
    }
}
