package dev.optimizerplayground.ui.plot;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Runs the latest action given once no other has come for a while (a slider being dragged). */
public final class Debounce implements Consumer<Runnable> {

    private final PauseTransition pause;

    public Debounce(Duration quiet) {
        pause = new PauseTransition(quiet);
    }

    /** Call on the JavaFX thread. */
    @Override
    public void accept(Runnable action) {
        pause.setOnFinished(e -> action.run());
        pause.playFromStart();
    }
}
