package dev.optimizerplayground.session;

/** How the plot shows several optimizers. */
public enum LayoutMode {
    /** All trails on one plot. */
    OVERLAY("Overlay"),
    /** A grid of small plots, one per optimizer, same surface and scale, in lock-step. */
    SIDE_BY_SIDE("Side by side");

    private final String label;

    LayoutMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The id used in scenario files and on the command line: "overlay" or "side-by-side". */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The layout with this {@link #id()}. */
    public static LayoutMode fromId(String id) {
        for (LayoutMode mode : values()) {
            if (mode.id().equals(id)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("layout must be overlay or side-by-side, got '" + id + "'");
    }
}
