package dev.optimizerplayground.session;

import dev.optimizerplayground.core.scenario.Lesson;
import java.util.Objects;

/**
 * Where playback goes and where the lesson's pages turn, given its cues. Playing pauses AT the
 * next cue however many steps a frame covers (5000 steps/s moves hundreds a frame), so no page is
 * skipped; it pauses only at cues strictly after the step it plays from, so going on from a cue
 * does not stop at the same cue again, and a cue at step 0 is simply the first page. Moving the
 * step by hand (the timeline, End, the page keys) never pauses at a cue: the page on screen
 * follows the step ({@link Lesson#pageAt}).
 *
 * <p>Plain Java, so it is tested without a window; the window's playback model calls it each frame.
 */
public final class CuePlayback {

    /** Why a frame's advance ended where it did. */
    public enum Stop {
        /** Still playing. */
        NONE,
        /** Paused at a cue: its page is on screen until the teacher goes on. */
        CUE,
        /** At the last step: the race is over. */
        END
    }

    /**
     * One frame's move.
     *
     * @param step the step to show
     * @param stop whether playback stops there, and why
     */
    public record Advance(int step, Stop stop) {

        public Advance {
            Objects.requireNonNull(stop, "stop");
        }
    }

    private CuePlayback() {
    }

    /**
     * Plays {@code steps} steps on from {@code from}: to the next cue if one comes first (and is
     * reachable, at most {@code lastStep}), else to the last step if it comes first, else on.
     *
     * @param steps how many steps the frame's time is worth, 0 or more
     */
    public static Advance advance(Lesson lesson, int from, long steps, int lastStep) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be 0 or more, got " + steps);
        }
        int target = (int) Math.min((long) from + steps, lastStep);
        int cue = lesson.nextCueAfter(from, target);
        if (cue >= 0) {
            return new Advance(lesson.cues().get(cue).step(), Stop.CUE);
        }
        return new Advance(target, target >= lastStep ? Stop.END : Stop.NONE);
    }

    /**
     * Where PgUp goes: the step of the page before the one shown at {@code step}; from the first
     * cue (or the text before it) that is step 0, where the lesson's own text is.
     */
    public static int previousPageStep(Lesson lesson, int step) {
        int page = lesson.pageAt(step);
        return page <= 0 ? 0 : lesson.cues().get(page - 1).step();
    }

    /**
     * Where PgDn goes: the step of the page after the one shown at {@code step}, or -1 when it is the
     * last page, or the next cue lies beyond {@code lastStep} (the run never gets there).
     */
    public static int nextPageStep(Lesson lesson, int step, int lastStep) {
        int next = lesson.pageAt(step) + 1;
        if (next >= lesson.cues().size()) {
            return -1;
        }
        int at = lesson.cues().get(next).step();
        return at <= lastStep ? at : -1;
    }
}
