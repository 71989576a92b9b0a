package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.session.OptimizerLane;
import javafx.scene.paint.Color;

/**
 * How a plot is decorated. {@code scale} multiplies every size (fonts, line widths, margins,
 * markers): 1 on screen, 2 or 3 for a crisp exported image.
 *
 * @param colourBar whether the value scale is drawn on the right
 * @param axes whether tick marks and labels are drawn
 * @param title text above the plot, or null for none
 * @param titleColour web colour of the title ("#RRGGBB"), or null for the text colour
 * @param scale size factor, positive
 * @param equalScale whether one unit is as long across as up: the window is then widened in one
 *                   direction to the plot area's shape (see {@link dev.optimizerplayground.plot.PlotTransform#equalScale})
 * @param dark whether the page is dark and the ink light, for the dark projector theme (exports stay light)
 */
public record PlotOptions(boolean colourBar, boolean axes, String title, String titleColour, double scale,
                          boolean equalScale, boolean dark) {

    /** The dark theme's page and inks: AtlantaFX Primer Dark's background and text colours. */
    private static final Color DARK_PAGE = Color.web("#0d1117");
    private static final Color DARK_INK = Color.web("#e6edf3");
    private static final Color DARK_MUTED_INK = Color.web("#9198a1");
    private static final Color INK = Color.web("#222222");
    private static final Color MUTED_INK = Color.web("#555555");

    public PlotOptions {
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("plot scale must be a positive number, got " + scale);
        }
    }

    /** The main plot: colour bar and axes, no title, one scale on both axes. */
    public static PlotOptions overlay() {
        return new PlotOptions(true, true, null, null, 1, true, false);
    }

    /**
     * A cell of the side-by-side grid (on screen or exported): axes, no colour bar, titled with the
     * lane's name in its colour.
     */
    public static PlotOptions laneCell(OptimizerLane lane) {
        return overlay().withColourBar(false).withTitle(lane.displayName(), titleColour(lane));
    }

    /**
     * A light lane colour (yellow, orange, sky blue, RMSProp B's grey) is darkened so the title
     * stays legible on the page: any whose contrast with white is below 3:1, the WCAG minimum for
     * large text.
     */
    static String titleColour(OptimizerLane lane) {
        Color c = Color.web(lane.colour());
        double luminance = 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
        double contrastWithWhite = 1.05 / (luminance + 0.05);
        Color legible = contrastWithWhite < 3 ? c.deriveColor(0, 1, 0.62, 1) : c;
        return String.format("#%02X%02X%02X", Math.round(legible.getRed() * 255),
                Math.round(legible.getGreen() * 255), Math.round(legible.getBlue() * 255));
    }

    /** An sRGB channel in linear light, as WCAG's relative luminance needs. */
    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    public PlotOptions withScale(double newScale) {
        return new PlotOptions(colourBar, axes, title, titleColour, newScale, equalScale, dark);
    }

    public PlotOptions withTitle(String newTitle, String newTitleColour) {
        return new PlotOptions(colourBar, axes, newTitle, newTitleColour, scale, equalScale, dark);
    }

    public PlotOptions withColourBar(boolean on) {
        return new PlotOptions(on, axes, title, titleColour, scale, equalScale, dark);
    }

    public PlotOptions withEqualScale(boolean on) {
        return new PlotOptions(colourBar, axes, title, titleColour, scale, on, dark);
    }

    public PlotOptions withDark(boolean on) {
        return new PlotOptions(colourBar, axes, title, titleColour, scale, equalScale, on);
    }

    /** What the plot is drawn on, around and under the contours. */
    public Color page() {
        return dark ? DARK_PAGE : Color.WHITE;
    }

    /** The frame, ticks and titles. */
    public Color ink() {
        return dark ? DARK_INK : INK;
    }

    /** Tick and colour-bar labels. */
    public Color mutedInk() {
        return dark ? DARK_MUTED_INK : MUTED_INK;
    }
}
