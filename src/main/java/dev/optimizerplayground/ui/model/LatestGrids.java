package dev.optimizerplayground.ui.model;

import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.core.sweep.CellGrid;
import dev.optimizerplayground.core.sweep.CellOutcomes;
import dev.optimizerplayground.core.sweep.GridComputation;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Computes grids of runs in the background, coarse to fine, so that only the newest request counts:
 * starting one cancels the one before, and a snapshot of a cancelled request is never handed over,
 * even one already on its way to the UI thread (each carries its generation, checked there).
 * Start and cancel from the UI thread.
 */
public final class LatestGrids {

    /** Receives a snapshot of grid {@code index} of the current request, on the UI thread. */
    @FunctionalInterface
    public interface Snapshots {
        void refined(int index, CellOutcomes snapshot);
    }

    private final BackgroundWork background;
    private final Consumer<Runnable> uiThread;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private long generation;
    private CancellationToken token = new CancellationToken();

    /**
     * @param uiThread runs a hand-over on the UI thread ({@code Platform::runLater} in the window,
     *     {@code Runnable::run} in tests with {@link BackgroundWork#SAME_THREAD})
     */
    public LatestGrids(BackgroundWork background, Consumer<Runnable> uiThread) {
        this.background = Objects.requireNonNull(background, "background");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Fraction of the current request's cells run so far, 0 … 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /**
     * Cancels any computation and starts one of {@code grids}, one after the other.
     *
     * @param onError told why the computation failed (never of a cancellation)
     */
    public void start(List<? extends CellGrid> grids, Snapshots onSnapshot, Consumer<Throwable> onError) {
        cancel();
        long mine = generation;
        CancellationToken job = token;
        running.set(true);
        progress.set(0);
        int cellCount = grids.stream().mapToInt(g -> g.columns() * g.rows()).sum();
        int[] computed = new int[grids.size()];
        background.submit(() -> {
            for (int i = 0; i < grids.size(); i++) {
                int index = i;
                GridComputation.compute(grids.get(i), job, snapshot -> uiThread.accept(() -> {
                    if (mine == generation) {
                        computed[index] = snapshot.computedCells();
                        progress.set((double) java.util.Arrays.stream(computed).sum() / cellCount);
                        onSnapshot.refined(index, snapshot);
                    }
                }));
            }
            return null;
        }, done -> {
            if (mine == generation) {
                running.set(false);
            }
        }, error -> {
            if (mine == generation) {
                running.set(false);
                if (!(error instanceof CancellationException)) {
                    onError.accept(error);
                }
            }
        });
    }

    /** Stops the computation; nothing more of it is handed over. */
    public void cancel() {
        token.cancel();
        token = new CancellationToken();
        generation++;
        running.set(false);
    }
}
