package dev.optimizerplayground.ui.model;

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

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
