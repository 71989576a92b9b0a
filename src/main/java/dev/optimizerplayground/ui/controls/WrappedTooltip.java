package dev.optimizerplayground.ui.controls;

import javafx.scene.control.Tooltip;

/** The sidebar's explanatory tooltips: wrapped at a readable width instead of one long line. */
final class WrappedTooltip {

    private static final double MAX_WIDTH = 360;

    private WrappedTooltip() {
    }

    static Tooltip of(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(MAX_WIDTH);
        return tip;
    }
}
