package dev.optimizerplayground.ui.export;

import dev.optimizerplayground.core.text.Messages;

/**
 * What the PNG dialog asked for.
 *
 * @param content the plot alone (redrawn at the larger size) or the plot area and the charts as on screen
 * @param scale 1, 2 or 3: the picture has scale × the on-screen size in pixels, every line and letter
 *              scale × as thick
 * @param title text above the picture, or null/blank for none
 * @param caption whether each optimizer's hyperparameters are written under the picture
 */
public record PngExportOptions(Content content, int scale, String title, boolean caption) {

    public enum Content {
        PLOT("export.png.content.plot"),
        PLOT_CHARTS_LEGEND("export.png.content.all");

        private final String key;

        Content(String key) {
            this.key = key;
        }

        /** In the language in use: "Plot only", "Plot + charts + legend". */
        public String label() {
            return Messages.get(key);
        }
    }

    public PngExportOptions {
        if (scale < 1 || scale > 3) {
            throw new IllegalArgumentException("scale must be 1, 2 or 3, got " + scale);
        }
        title = title == null || title.isBlank() ? null : title.strip();
    }

    public static PngExportOptions defaults() {
        return new PngExportOptions(Content.PLOT, 2, null, true);
    }
}
