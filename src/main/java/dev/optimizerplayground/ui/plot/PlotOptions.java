package dev.optimizerplayground.ui.plot;

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
