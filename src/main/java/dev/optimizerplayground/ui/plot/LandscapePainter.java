package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.plot.landscape.AxisLabel;
import dev.optimizerplayground.plot.landscape.LandscapeTrail;
import dev.optimizerplayground.session.RunSet.LaneRun;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Puts a rendered landscape on a canvas: its pixels through a {@link WritableImage} (reused while
 * the size stays), then the axis labels and the title in the plot's fonts. The same on screen and
 * in exports. JavaFX thread only.
 */
public final class LandscapePainter {

    /** The runs as the landscape draws them, each in its lane's colour. */
    public static List<LandscapeTrail> trails(List<LaneRun> runs) {
        return runs.stream().map(run -> new LandscapeTrail(run.trajectory(), run.lane().argb())).toList();
    }

    private static final Color INK = Color.web("#222222");
    private static final Color MUTED_INK = Color.web("#555555");

    private WritableImage image;

    /**
     * @param argb {@code pixelWidth × pixelHeight} opaque pixels, drawn over {@code width × height}
     *             units at (x, y) (more pixels than units on a high-density screen)
     * @param labels positions in pixels of the rendered image
     * @param scale size factor of the text (1 on screen)
     * @param title drawn at the top centre, or null
     */
    public void paint(GraphicsContext gc, double x, double y, double width, double height, int[] argb,
            int pixelWidth, int pixelHeight, List<AxisLabel> labels, double scale, String title) {
        if (image == null || (int) image.getWidth() != pixelWidth || (int) image.getHeight() != pixelHeight) {
            image = new WritableImage(pixelWidth, pixelHeight);
        }
        image.getPixelWriter().setPixels(0, 0, pixelWidth, pixelHeight, PixelFormat.getIntArgbInstance(), argb, 0,
                pixelWidth);
        gc.drawImage(image, x, y, width, height);
        double toUnitsX = width / pixelWidth;
        double toUnitsY = height / pixelHeight;
        gc.setTextBaseline(VPos.CENTER);
        for (AxisLabel label : labels) {
            boolean axisTitle = label.title();
            gc.setFont(axisTitle ? Font.font("System", FontWeight.BOLD, 13 * scale) : Font.font("System", 11 * scale));
            gc.setFill(axisTitle ? INK : MUTED_INK);
            gc.setTextAlign(switch (label.align()) {
                case LEFT -> TextAlignment.LEFT;
                case CENTER -> TextAlignment.CENTER;
                case RIGHT -> TextAlignment.RIGHT;
            });
            gc.fillText(label.text(), x + label.x() * toUnitsX, y + label.y() * toUnitsY);
        }
        if (title != null) {
            gc.setFill(INK);
            gc.setFont(Font.font("System", FontWeight.BOLD, 17 * scale));
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText(title, x + width / 2, y + 18 * scale, width - 20 * scale);
        }
    }
}
