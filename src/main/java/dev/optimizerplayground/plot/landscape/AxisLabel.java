package dev.optimizerplayground.plot.landscape;

/**
 * A text to write over a rendered landscape at pixel (x, y), its vertical centre there and its
 * horizontal position given by {@code align}: an axis title ({@code title}) or a tick label. The renderer draws pixels
 * only; whoever shows the picture writes these with its own fonts.
 */
public record AxisLabel(String text, double x, double y, Align align, boolean title) {

    /** Which part of the text sits at x. */
    public enum Align { LEFT, CENTER, RIGHT }
}
