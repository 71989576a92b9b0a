package dev.optimizerplayground.ui.export;

import dev.optimizerplayground.session.RunSet.LaneRun;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The caption of an exported picture: each lane's name in bold and its hyperparameters
 * ({@link HyperparameterCaption}), packed left to right, wrapped between lanes and centred line by
 * line, under a thin rule. Laid out once for a width; painted as often as needed.
 */
final class CaptionPainter {

    private static final Color INK = Color.web("#222222");
    private static final Color MUTED_INK = Color.web("#444444");
    private static final Color RULE = Color.web("#dddddd");
    static final double LINE_HEIGHT = 18;
    private static final double SEGMENT_GAP = 22;

    private final double s;
    private final double width;
    private final Font font;
    private final Font nameFont;
    private final List<List<Piece>> lines = new ArrayList<>();

    /** One lane's part of the caption, placed at {@code x} on its line. */
    private record Piece(String name, String settings, double x, double settingsX) {
    }

    CaptionPainter(List<LaneRun> runs, double width, double scale) {
        this.s = scale;
        this.width = width;
        this.font = Font.font("System", 12 * s);
        this.nameFont = Font.font("System", FontWeight.BOLD, 12 * s);
        double margin = 14 * s;
        double usable = width - 2 * margin;
        List<String[]> line = new ArrayList<>();
        List<double[]> widths = new ArrayList<>();
        double lineWidth = 0;
        for (LaneRun run : runs) {
            String name = run.lane().displayName();
            String settings = HyperparameterCaption.describe(run.trajectory().spec());
            double nameWidth = textWidth(name + " ", nameFont);
            double pieceWidth = nameWidth + textWidth(settings, font);
            double gap = line.isEmpty() ? 0 : SEGMENT_GAP * s;
            if (!line.isEmpty() && lineWidth + gap + pieceWidth > usable) {
                lines.add(place(line, widths, lineWidth, margin));
                line.clear();
                widths.clear();
                lineWidth = 0;
                gap = 0;
            }
            line.add(new String[] {name, settings});
            widths.add(new double[] {nameWidth, pieceWidth});
            lineWidth += gap + pieceWidth;
        }
        if (!line.isEmpty()) {
            lines.add(place(line, widths, lineWidth, margin));
        }
    }

    private List<Piece> place(List<String[]> pieces, List<double[]> widths, double lineWidth, double margin) {
        double x = Math.max(margin, (width - lineWidth) / 2);
        List<Piece> placed = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            placed.add(new Piece(pieces.get(i)[0], pieces.get(i)[1], x, x + widths.get(i)[0]));
            x += widths.get(i)[1] + SEGMENT_GAP * s;
        }
        return placed;
    }

    int lineCount() {
        return lines.size();
    }

    /** Height of the caption including the space around it; 0 when there is nothing to say. */
    double height() {
        return lines.isEmpty() ? 0 : lines.size() * LINE_HEIGHT * s + 6 * s;
    }

    /** Paints the rule at {@code top} and the lines under it. */
    void paint(GraphicsContext gc, double top) {
        if (lines.isEmpty()) {
            return;
        }
        gc.setStroke(RULE);
        gc.setLineWidth(s);
        gc.strokeLine(14 * s, top + 0.5, width - 14 * s, top + 0.5);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        double y = top + 4 * s;
        for (List<Piece> line : lines) {
            double cy = y + LINE_HEIGHT * s / 2;
            for (Piece piece : line) {
                gc.setFill(INK);
                gc.setFont(nameFont);
                gc.fillText(piece.name(), piece.x(), cy);
                gc.setFill(MUTED_INK);
                gc.setFont(font);
                gc.fillText(piece.settings(), piece.settingsX(), cy);
            }
            y += LINE_HEIGHT * s;
        }
    }

    static double textWidth(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }
}
