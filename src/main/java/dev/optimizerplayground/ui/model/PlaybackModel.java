package dev.optimizerplayground.ui.model;

import dev.optimizerplayground.core.scenario.Lesson;
import dev.optimizerplayground.session.CuePlayback;
import dev.optimizerplayground.session.PlaygroundState;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
 *
 * <p>Playing pauses at each of the lesson's cues ({@link CuePlayback}) and is then <em>held</em>
 * there: the cue's page is on screen, and play, one step forward or the card's Continue all go on
 * from it.
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
    private final ObservableValue<PlaygroundState> state;
    private final ReadOnlyBooleanWrapper held = new ReadOnlyBooleanWrapper(this, "held", false);
    /** The step playback is held at, while {@link #held}. */
    private int heldStep;
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
        this.state = state;
        playing.addListener((obs, was, now) -> {
            if (now) {
                held.set(false);
            }
        });
        // Any other step (the timeline, a key, a shorter run) or another lesson lets go of the cue.
        state.addListener((obs, old, now) -> {
            if (held.get() && (now.currentStep() != heldStep || !now.lesson().equals(old.lesson()))) {
                held.set(false);
            }
        });
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

    /**
     * True while playback waits at a cue for the teacher to go on (after playing reached it, or a
     * page key jumped to it while paused).
     */
    public ReadOnlyBooleanProperty heldProperty() {
        return held.getReadOnlyProperty();
    }

    public boolean isHeld() {
        return held.get();
    }

    /**
     * Goes on from the cue playback is held at: plays on from it (without stopping at it again),
     * or, when it is the last step, just lets go of it (the race is over; play again restarts).
     */
    public void goOn() {
        if (!held.get()) {
            return;
        }
        held.set(false);
        if (step.get() < lastStep.get()) {
            pending = 0;
            playing.set(true);
        }
    }

    /** Play or pause; held at a cue, it goes on. */
    public void togglePlay() {
        if (held.get()) {
            goOn();
            return;
        }
        if (!playing.get() && step.get() >= lastStep.get()) {
            step.set(0); // playing again from the end restarts, as media players do
        }
        pending = 0;
        playing.set(!playing.get());
    }

    public void pause() {
        playing.set(false);
    }

    /** One step on, paused; held at a cue, it goes on instead (→ turns the page, as in a slide show). */
    public void stepForward() {
        if (held.get()) {
            goOn();
            return;
        }
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

    /** The previous page of the lesson (PgUp): the step of its cue, or step 0 for the lesson's own text. */
    public void previousPage() {
        jumpToPage(CuePlayback.previousPageStep(lesson(), step.get()));
    }

    /** The next page of the lesson (PgDn): the step of its cue; nothing when the last page is shown. */
    public void nextPage() {
        int next = CuePlayback.nextPageStep(lesson(), step.get(), lastStep.get());
        if (next >= 0) {
            jumpToPage(next);
        }
    }

    /** A jump never pauses by itself; paused, it waits at the cue it lands on, as playing would. */
    private void jumpToPage(int target) {
        pending = 0;
        step.set(target);
        Lesson lesson = lesson();
        int page = lesson.pageAt(target);
        if (!playing.get() && page >= 0 && lesson.cues().get(page).step() == target) {
            hold(target);
        }
    }

    private Lesson lesson() {
        return state.getValue().lesson();
    }

    private void hold(int at) {
        playing.set(false);
        pending = 0;
        heldStep = at;
        held.set(true);
    }

    /**
     * Moves the animation on by {@code seconds} of wall time; stops at the last step, and at the
     * next cue on the way, where it is held.
     */
    public void advance(double seconds) {
        if (!playing.get()) {
            return;
        }
        double stepsThisFrame = seconds * stepsPerSecond.get();
        pending += stepsThisFrame;
        long whole = (long) Math.min(pending, Integer.MAX_VALUE);
        pending -= whole;
        CuePlayback.Advance next = CuePlayback.advance(lesson(), step.get(), whole, lastStep.get());
        // Stopping (at a cue or the end) leaves the markers on the whole step.
        glide.set(stepsThisFrame < 1 && next.stop() == CuePlayback.Stop.NONE ? pending : 0);
        step.set(next.step());
        switch (next.stop()) {
            case CUE -> hold(next.step());
            case END -> playing.set(false);
            case NONE -> { }
        }
    }
}
