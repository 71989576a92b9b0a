package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.plot.CellMapRaster;
import dev.optimizerplayground.plot.PlotTransform;
import dev.optimizerplayground.ui.plot.BasinLayer.Colouring;
import dev.optimizerplayground.ui.plot.BasinLayer.LaneBasins;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Draws a lane's basin map over the contours, translucent so the contour lines still show: each
 * start point in the colour of the known minimum its run ends at (grey: elsewhere), or by the steps
 * it needs; diverged starts hatched. Each known minimum gets a ring of its colour, so the stars
 * say which colour is theirs.
 */
final class BasinPainter {

    /** Pixels a cell in the image; enough for the hatching to read as hatching. */
    private static final int CELL_PIXELS = 4;
    private static final double OPACITY = 0.6;

    private BasinPainter() {
    }

    static void paint(GraphicsContext gc, double width, double height, PlotTransform t, LaneBasins basins,
                      Colouring colouring) {
        gc.clearRect(0, 0, width, height);
        if (basins == null) {
            return;
        }
        int columns = basins.map().columns();
        int rows = basins.map().rows();
        CellMapRaster.CellColour colours = colouring == Colouring.MINIMUM
                ? CellMapRaster.byBasin(basins.cells(), basins.map()::minimumNear)
                : CellMapRaster.byConvergedStep(basins.cells(), basins.map().base().steps());
        int[] argb = CellMapRaster.raster(columns, rows, CELL_PIXELS, CELL_PIXELS, colours);
        WritableImage image = new WritableImage(columns * CELL_PIXELS, rows * CELL_PIXELS);
        image.getPixelWriter().setPixels(0, 0, columns * CELL_PIXELS, rows * CELL_PIXELS,
                PixelFormat.getIntArgbInstance(), argb, 0, columns * CELL_PIXELS);
        gc.save();
        // Clipped to the plot: the map was computed for the window it was asked for, which may be
        // wider than the one shown while a drag is under way.
        gc.beginPath();
        gc.rect(t.left(), t.top(), t.width(), t.height());
        gc.clip();
        ViewWindow w = basins.map().window();
        double x0 = t.toPixelX(w.xMin());
        double y0 = t.toPixelY(w.yMax());
        gc.setGlobalAlpha(OPACITY);
        gc.setImageSmoothing(false);
        gc.drawImage(image, x0, y0, t.toPixelX(w.xMax()) - x0, t.toPixelY(w.yMin()) - y0);
        gc.setGlobalAlpha(1);
        if (colouring == Colouring.MINIMUM) {
            List<Point> minima = basins.map().minima();
            gc.setLineWidth(3);
            for (int k = 0; k < minima.size(); k++) {
                int c = CellMapRaster.minimumColour(k);
                gc.setStroke(Color.rgb(c >> 16 & 0xFF, c >> 8 & 0xFF, c & 0xFF));
                double px = t.toPixelX(minima.get(k).x());
                double py = t.toPixelY(minima.get(k).y());
                gc.strokeOval(px - 11, py - 11, 22, 22);
            }
            gc.setLineWidth(1);
        }
        gc.restore();
    }
}
