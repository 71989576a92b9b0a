package dev.optimizerplayground.ui.model;

import dev.optimizerplayground.session.PlaygroundState;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
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

    /**
     * The speeds + and − (and the speed slider's keys) step through: about ×2 apart, so a class
     * sees each press, from a step a second to the slider's top.
     */
    static final double[] SPEED_STEPS = {1, 2, 5, 10, 15, 20, 30, 50, 100, 200, 500, 1000, 2000, 5000};

    private final ReadOnlyIntegerWrapper lastStep = new ReadOnlyIntegerWrapper(this, "lastStep", 0);
    private final IntegerProperty step;
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);
    private final DoubleProperty stepsPerSecond;
    /** Fraction of a step accumulated between frames, so slow speeds advance smoothly on average. */
    private double pending;
    private final ReadOnlyDoubleWrapper glide = new ReadOnlyDoubleWrapper(this, "glide", 0);

    PlaybackModel(StateLens lens, ObservableValue<PlaygroundState> state) {
        // Set only when the number of steps changes: a binding would be invalidated by every change
        // of the state (each frame of playback) and send the timeline and the charts relaying out.
        // Listening before the step does, so a step listener never reads a stale last step.
        lastStep.set(state.getValue().steps());
        state.addListener((obs, old, now) -> lastStep.set(now.steps()));
        playing.addListener((obs, was, now) -> glide.set(0)); // started or stopped: on a whole step
        // The state pulls the step into 0 … steps, so stepping past either end stays at the end.
        step = lens.integer(this, "step", PlaygroundState::currentStep, PlaygroundState::withCurrentStep, ignored -> { });
        stepsPerSecond = lens.number(this, "stepsPerSecond", PlaygroundState::playbackSpeed,
                PlaygroundState::withPlaybackSpeed, ignored -> { });
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

    /**
     * How far the markers have travelled towards the next step, 0 ≤ glide < 1: while playing so
     * slowly that a step lasts longer than a frame, the fraction of the step elapsed, so the plot
     * can move them smoothly ({@code plot.MarkerGlide}); otherwise 0. The step stays whole.
     */
    public ReadOnlyDoubleProperty glideProperty() {
        return glide.getReadOnlyProperty();
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
        pause();
        step.set(step.get() + 1);
    }

    public void stepBack() {
        pause();
        step.set(step.get() - 1);
    }

    /** To the last step, paused: where every run has ended up. */
    public void jumpToEnd() {
        pause();
        pending = 0;
        step.set(lastStep.get());
    }

    /** The next speed up in {@link #SPEED_STEPS}, up to {@link PlaygroundState#MAX_SPEED}. */
    public void faster() {
        double now = stepsPerSecond.get();
        for (double speed : SPEED_STEPS) {
            if (speed > now) {
                stepsPerSecond.set(speed);
                return;
            }
        }
        stepsPerSecond.set(PlaygroundState.MAX_SPEED);
    }

    /** The next speed down in {@link #SPEED_STEPS}, down to {@link PlaygroundState#MIN_SPEED}. */
    public void slower() {
        double now = stepsPerSecond.get();
        for (int i = SPEED_STEPS.length - 1; i >= 0; i--) {
            if (SPEED_STEPS[i] < now) {
                stepsPerSecond.set(SPEED_STEPS[i]);
                return;
            }
        }
        stepsPerSecond.set(PlaygroundState.MIN_SPEED);
    }

    /** From step 0, playing. */
    public void restart() {
        pending = 0;
        step.set(0);
        playing.set(true);
    }

    /** Back to the start point, paused. */
    public void reset() {
        pause();
        pending = 0;
        step.set(0);
    }

    /** Moves the animation on by {@code seconds} of wall time; stops at the last step. */
    public void advance(double seconds) {
        if (!playing.get()) {
            return;
        }
        double stepsThisFrame = seconds * stepsPerSecond.get();
        pending += stepsThisFrame;
        int whole = (int) Math.min(pending, Integer.MAX_VALUE);
        pending -= whole;
        int next = (int) Math.min((long) step.get() + whole, lastStep.get());
        boolean ended = next >= lastStep.get();
        glide.set(stepsThisFrame < 1 && !ended ? pending : 0);
        step.set(next);
        if (ended) {
            playing.set(false);
        }
    }
}
