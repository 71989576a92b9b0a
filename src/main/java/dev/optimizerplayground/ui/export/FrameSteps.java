package dev.optimizerplayground.ui.export;

import java.util.ArrayList;
import java.util.List;

/** Which steps the frames of an animation show. */
public final class FrameSteps {

    private FrameSteps() {
    }

    /**
     * {@code frames} steps spread evenly from {@code from} to {@code to}, both included (rounded to
     * whole steps): {@code frames = to − from + 1} shows every step once; fewer skip some; more
     * repeat some, which holds the picture longer. One frame shows {@code to}, the finished race.
     *
     * @throws IllegalArgumentException for an empty range or fewer than one frame
     */
    public static List<Integer> spread(int from, int to, int frames) {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("step range must be 0 ≤ from ≤ to, got " + from + "…" + to);
        }
        if (frames < 1) {
            throw new IllegalArgumentException("frames must be at least 1, got " + frames);
        }
        List<Integer> steps = new ArrayList<>(frames);
        if (frames == 1) {
            steps.add(to);
            return steps;
        }
        for (int i = 0; i < frames; i++) {
            steps.add(from + (int) Math.round((double) i * (to - from) / (frames - 1)));
        }
        return steps;
    }
}
