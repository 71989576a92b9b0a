package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.plot.ContourComputation;
import dev.optimizerplayground.plot.ContourResult;
import dev.optimizerplayground.plot.LevelScale;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The filled contours of the current surface, window and level scale at the pixel size the plot
 * shows, computed in the background. A scroll-zoom fires dozens of window changes per second, so
 * requests are coalesced: at most one computation runs, the newest request waits behind it, and
 * every request in between is dropped; the running one is cancelled as soon as it is superseded.
 * A result that still finishes is shown (the painter places it at its own bounds, so a slightly
 * stale image sits in the right place until the newest one arrives).
 */
public final class ContourModel {

    private final PlaygroundModel model;
    private final BackgroundWork background;
    private final ReadOnlyObjectWrapper<ContourResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing", false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    private int pixelWidth;
    private int pixelHeight;
    /** Token of the computation running now, null when idle. */
    private CancellationToken running;
    /** The newest request made while one was running; null when none waits. */
    private Request pending;

    private record Request(Surface surface, ViewWindow bounds, int width, int height, LevelScale scale) {
    }

    public ContourModel(PlaygroundModel model, BackgroundWork background) {
        this.model = model;
        this.background = background;
        model.surfaceProperty().addListener(o -> request());
        model.windowProperty().addListener(o -> request());
        model.levelScaleProperty().addListener(o -> request());
        model.equalScaleProperty().addListener(o -> request());
    }

    /** The newest finished contours, null until the first one is ready. */
    public ReadOnlyObjectProperty<ContourResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ContourResult result() {
        return result.get();
    }

    /** True while a computation runs or waits. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** Why the last computation failed, or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * The size of the plot area in device pixels (logical size × output scale); a change triggers
     * a computation, the same size again does nothing.
     */
    public void setPixelSize(int width, int height) {
        if (width == pixelWidth && height == pixelHeight) {
            return;
        }
        pixelWidth = width;
        pixelHeight = height;
        request();
    }

    private void request() {
        Surface surface = model.surface();
        ViewWindow window = model.window();
        LevelScale scale = model.levelScaleProperty().get();
        if (surface == null || window == null || scale == null || pixelWidth <= 0 || pixelHeight <= 0) {
            return;
        }
        // The window as the plot draws it: with equal scale, widened to the plot area's shape.
        ViewWindow shown = model.equalScaleProperty().get()
                ? window.withAspect(pixelWidth / (double) pixelHeight)
                : window;
        Request next = new Request(surface, shown, pixelWidth, pixelHeight, scale);
        computing.set(true);
        if (running != null) {
            running.cancel();
            pending = next;
        } else {
            start(next);
        }
    }

    private void start(Request request) {
        CancellationToken token = new CancellationToken();
        running = token;
        background.submit(
                () -> ContourComputation.compute(request.surface()::newEvaluator, request.bounds(),
                        request.width(), request.height(), request.scale(), token),
                done -> {
                    error.set("");
                    result.set(done);
                    finished();
                },
                failure -> {
                    if (!(failure instanceof CancellationException)) {
                        error.set(Messages.get("plot.error.contours", failure.getMessage()));
                    }
                    finished();
                });
    }

    /** Runs on the UI thread after each computation: starts the waiting request, if any. */
    private void finished() {
        running = null;
        Request next = pending;
        pending = null;
        if (next != null) {
            start(next);
        } else {
            computing.set(false);
        }
    }
}
