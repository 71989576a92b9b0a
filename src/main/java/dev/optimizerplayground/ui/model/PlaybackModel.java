package dev.optimizerplayground.ui.model;

import dev.optimizerplayground.session.PlaygroundState;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;

/**
 * The animation's clock: the step on screen and the speed (both part of the playground state), and
 * whether it plays. Time comes in through {@link #advance(double)}, which the window's
 * AnimationTimer calls each frame with the seconds since the last one, so the model is tested
 * without a timer.
 */
public final class PlaybackModel {

    private final ReadOnlyIntegerWrapper lastStep = new ReadOnlyIntegerWrapper(this, "lastStep", 0);
    private final IntegerProperty step;
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);
    private final DoubleProperty stepsPerSecond;
    /** Fraction of a step accumulated between frames, so slow speeds advance smoothly on average. */
    private double pending;

    PlaybackModel(StateLens lens, ObservableValue<PlaygroundState> state) {
        // The state pulls the step into 0 … steps, so stepping past either end stays at the end.
        step = lens.integer(this, "step", PlaygroundState::currentStep, PlaygroundState::withCurrentStep, ignored -> { });
        stepsPerSecond = lens.number(this, "stepsPerSecond", PlaygroundState::playbackSpeed,
                PlaygroundState::withPlaybackSpeed, ignored -> { });
        lastStep.bind(Bindings.createIntegerBinding(() -> state.getValue().steps(), state));
    }

    /** The step shown, 0 … {@link #lastStepProperty()}; a timeline slider binds to it. */
    public IntegerProperty stepProperty() {
        return step;
    }

    public int step() {
        return step.get();
    }

    public ReadOnlyIntegerProperty lastStepProperty() {
        return lastStep.getReadOnlyProperty();
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /** Steps per second, {@link PlaygroundState#MIN_SPEED} … {@link PlaygroundState#MAX_SPEED}. */
    public DoubleProperty stepsPerSecondProperty() {
        return stepsPerSecond;
    }

    public void togglePlay() {
        if (!playing.get() && step.get() >= lastStep.get()) {
            step.set(0); // playing again from the end restarts, as media players do
        }
        pending = 0;
        playing.set(!playing.get());
    }

    public void pause() {
        playing.set(false);
    }

    public void stepForward() {
        playing.set(false);
        step.set(step.get() + 1);
    }

    public void stepBack() {
        playing.set(false);
        step.set(step.get() - 1);
    }

    /** From step 0, playing. */
    public void restart() {
        pending = 0;
        step.set(0);
        playing.set(true);
    }

    /** Back to the start point, paused. */
    public void reset() {
        playing.set(false);
        pending = 0;
        step.set(0);
    }

    /** Moves the animation on by {@code seconds} of wall time; stops at the last step. */
    public void advance(double seconds) {
        if (!playing.get()) {
            return;
        }
        pending += seconds * stepsPerSecond.get();
        int whole = (int) Math.min(pending, Integer.MAX_VALUE);
        pending -= whole;
        int next = (int) Math.min((long) step.get() + whole, lastStep.get());
        step.set(next);
        if (next >= lastStep.get()) {
            playing.set(false);
        }
    }
}
