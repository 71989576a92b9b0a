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
 */
public record PlotOptions(boolean colourBar, boolean axes, String title, String titleColour, double scale) {

    public PlotOptions {
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("plot scale must be a positive number, got " + scale);
        }
    }

    /** The main plot: colour bar and axes, no title. */
    public static PlotOptions overlay() {
        return new PlotOptions(true, true, null, null, 1);
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
        return new PlotOptions(colourBar, axes, title, titleColour, newScale);
    }

    public PlotOptions withTitle(String newTitle, String newTitleColour) {
        return new PlotOptions(colourBar, axes, newTitle, newTitleColour, scale);
    }

    public PlotOptions withColourBar(boolean on) {
        return new PlotOptions(on, axes, title, titleColour, scale);
    }
}
