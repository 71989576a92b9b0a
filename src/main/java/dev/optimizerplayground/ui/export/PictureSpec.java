package dev.optimizerplayground.ui.export;

import dev.optimizerplayground.core.text.Messages;

/**
 * How an exported picture looks: its exact pixel size, the size factor of its lines and text, and
 * what is drawn besides the plot.
 *
 * @param width image width in pixels
 * @param height image height in pixels
 * @param scale multiplies line widths, fonts, markers and margins (1 = as on screen); it does not
 *     change the pixel size
 * @param title text above the plot, or null/blank for none
 * @param legend whether each lane's colour, name and status are drawn under the plot
 * @param caption whether each lane's hyperparameters are written under the plot
 */
public record PictureSpec(int width, int height, double scale, String title, boolean legend, boolean caption) {

    /** Large enough for a 3× export of a big window, small enough to stay within memory. */
    public static final int MAX_SIDE = 8000;

    public PictureSpec {
        if (width < 50 || height < 50 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException(Messages.get("export.error.size", MAX_SIDE, width, height));
        }
        if (!(scale >= 0.25 && scale <= 10)) {
            throw new IllegalArgumentException(Messages.get("export.error.scale", scale));
        }
        title = title == null || title.isBlank() ? null : title.strip();
    }
}
