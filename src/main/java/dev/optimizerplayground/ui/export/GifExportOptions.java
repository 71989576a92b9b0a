package dev.optimizerplayground.ui.export;

import dev.optimizerplayground.export.GifEncoder;
import java.util.List;

/**
 * What the GIF dialog asked for.
 *
 * @param from first step shown
 * @param to last step shown
 * @param frames number of frames, spread evenly over from…to ({@link FrameSteps#spread})
 * @param fps frames per second
 * @param title text above the plot, or null/blank for none
 */
public record GifExportOptions(int from, int to, int frames, double fps, int width, int height, String title) {

    public static final int DEFAULT_MAX_FRAMES = 200;
    public static final int MAX_FRAMES = 5000;

    /** @throws IllegalArgumentException naming the first bad value */
    public GifExportOptions {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("the steps must go from a number ≥ 0 to one at least as large, got "
                    + from + "…" + to);
        }
        if (frames < 1 || frames > MAX_FRAMES) {
            throw new IllegalArgumentException("frames must be between 1 and " + MAX_FRAMES + ", got " + frames);
        }
        if (!(fps >= GifEncoder.MIN_FPS && fps <= GifEncoder.MAX_FPS)) {
            throw new IllegalArgumentException("frames per second must be in [" + GifEncoder.MIN_FPS + ", "
                    + GifEncoder.MAX_FPS + "], got " + fps);
        }
        new PictureSpec(width, height, 1, null, false, false); // same size rules as every picture
        title = title == null || title.isBlank() ? null : title.strip();
    }

    /** The whole run, one frame per step up to 200, at 20 frames a second, 800×600. */
    public static GifExportOptions defaults(int lastStep) {
        int to = Math.max(0, lastStep);
        return new GifExportOptions(0, to, defaultFrames(0, to), 20, 800, 600, null);
    }

    public static int defaultFrames(int from, int to) {
        return Math.min(to - from + 1, DEFAULT_MAX_FRAMES);
    }

    public List<Integer> steps() {
        return FrameSteps.spread(from, to, frames);
    }

    /** Legend and caption are always drawn: an animation without them cannot be told apart. */
    public PictureSpec picture() {
        return new PictureSpec(width, height, 1, title, true, true);
    }
}
