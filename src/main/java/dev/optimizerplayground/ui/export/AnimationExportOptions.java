package dev.optimizerplayground.ui.export;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.export.AnimationFormat;
import java.util.List;

/**
 * What the animation dialog (GIF or MP4) asked for.
 *
 * @param format GIF or MP4, whose frame rates and sizes the values must suit
 * @param from first step shown
 * @param to last step shown
 * @param frames number of frames, spread evenly over from…to ({@link FrameSteps#spread})
 * @param fps frames per second
 * @param title text above the plot, or null/blank for none
 */
public record AnimationExportOptions(AnimationFormat format, int from, int to, int frames, double fps, int width, int height, String title) {

    public static final int DEFAULT_MAX_FRAMES = 200;
    public static final int MAX_FRAMES = 5000;

    /** @throws IllegalArgumentException naming the first bad value */
    public AnimationExportOptions {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException(Messages.get("export.animation.error.steps", from, to));
        }
        if (frames < 1 || frames > MAX_FRAMES) {
            throw new IllegalArgumentException(Messages.get("export.animation.error.frames", MAX_FRAMES, frames));
        }
        format.checkFps(fps);
        new PictureSpec(width, height, 1, null, false, false); // the size rules of every picture
        format.checkSize(width, height);
        title = title == null || title.isBlank() ? null : title.strip();
    }

    /**
     * The whole run, one frame per step up to 200, 800×600, at 20 frames a second for a GIF (what
     * browsers play at full speed) and 30 for a video (the usual rate of slide videos).
     */
    public static AnimationExportOptions defaults(AnimationFormat format, int lastStep) {
        int to = Math.max(0, lastStep);
        return new AnimationExportOptions(format, 0, to, defaultFrames(0, to), format == AnimationFormat.GIF ? 20 : 30,
                800, 600, null);
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
