package dev.optimizerplayground.session;

/** How the plot shows several optimizers. */
public enum LayoutMode {
    /** All trails on one plot. */
    OVERLAY("Overlay", "overlay"),
    /** A grid of small plots, one per optimizer, same surface and scale, in lock-step. */
    SIDE_BY_SIDE("Side by side", "side-by-side"),
    /** The surface as a landscape in 3D, every trail on it and a ball at each current point. */
    LANDSCAPE("3D", "3d");

    private final String label;
    private final String id;

    LayoutMode(String label, String id) {
        this.label = label;
        this.id = id;
    }

    public String label() {
        return label;
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
        throw new IllegalArgumentException("layout must be overlay, side-by-side or 3d, got '" + id + "'");
    }
}
