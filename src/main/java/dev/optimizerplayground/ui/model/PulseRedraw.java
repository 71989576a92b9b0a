package dev.optimizerplayground.ui.model;

import javafx.animation.AnimationTimer;

/**
 * Paints a view at most once per pulse: any number of changes between two frames only mark it
 * dirty, and it is painted once, in the next pulse. A slider dragged fast costs one redraw per
 * frame, not one per event. The plot and the charts both draw through one. Use on the JavaFX thread.
 */
public final class PulseRedraw {

    private final Runnable paint;
    private final AnimationTimer nextPulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            scheduled = false;
            paint.run();
        }
    };
    private boolean scheduled;

    /** @param paint draws whatever is dirty */
    public PulseRedraw(Runnable paint) {
        this.paint = paint;
    }

    /** Asks for a paint in the next pulse; more requests before it change nothing. */
    public void request() {
        if (!scheduled) {
            scheduled = true;
            nextPulse.start();
        }
    }
}
