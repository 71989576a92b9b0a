package dev.optimizerplayground.session;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.QuotedText;

/** How the plot shows several optimizers. */
public enum LayoutMode {
    /** All trails on one plot. */
    OVERLAY("overlay", "layout.overlay"),
    /** A grid of small plots, one per optimizer, same surface and scale, in lock-step. */
    SIDE_BY_SIDE("side-by-side", "layout.side-by-side"),
    /** The surface as a landscape in 3D, every trail on it and a ball at each current point. */
    LANDSCAPE("3d", "layout.3d");

    private final String id;
    private final String labelKey;

    LayoutMode(String id, String labelKey) {
        this.id = id;
        this.labelKey = labelKey;
    }

    /** Its name on the layout buttons, in the language in use. */
    public String label() {
        return Messages.get(labelKey);
    }

    /** The id used in scenario files and on the command line: "overlay", "side-by-side" or "3d". */
    public String id() {
        return id;
    }

    /** The layout with this {@link #id()}. */
    public static LayoutMode fromId(String id) {
        for (LayoutMode mode : values()) {
            if (mode.id().equals(id)) {
                return mode;
            }
        }
        throw new IllegalArgumentException(Messages.get("error.layout", QuotedText.quote(id)));
    }
}
