package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.ui.model.PlaybackModel;
import javafx.animation.AnimationTimer;

/** Drives the animation: each frame moves playback on by the wall time since the previous frame. */
public final class PlaybackTimer extends AnimationTimer {

    /** A longer gap (the window was busy or hidden) counts as this much, so playback never jumps. */
    static final double MAX_FRAME_SECONDS = 0.1;

    private final PlaybackModel playback;
    private long lastNanos = -1;

    public PlaybackTimer(PlaybackModel playback) {
        this.playback = playback;
    }

    @Override
    public void handle(long now) {
        double seconds = lastNanos < 0 ? 0 : secondsBetween(lastNanos, now);
        lastNanos = now;
        if (playback.isPlaying()) {
            playback.advance(seconds);
        }
    }

    @Override
    public void stop() {
        super.stop();
        lastNanos = -1;
    }

    /** Seconds from one frame to the next, at most {@link #MAX_FRAME_SECONDS} and never negative. */
    static double secondsBetween(long fromNanos, long toNanos) {
        return Math.max(0, Math.min(MAX_FRAME_SECONDS, (toNanos - fromNanos) / 1e9));
    }
}
