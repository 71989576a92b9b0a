package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.ui.model.OptimizerSlot;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.layout.Region;

/**
 * One small plot per enabled lane, in a grid (1×1, 2×1, 2×2, 3×2, 3×3): same surface, window,
 * colour scale and step, each with only its own trail. The cells share the model's window, so
 * zooming or panning one moves them all, and one contour computation (every cell has the same size).
 */
public final class SideBySidePlots extends Region {

    public static final String ID = "side-by-side";
    private static final double GAP = 6;

    private final PlaygroundModel model;
    private final ContourModel contours;
    /** Cells are kept when their lane is switched off, so switching it on again is instant. */
    private final Map<OptimizerLane, PlotView> cells = new EnumMap<>(OptimizerLane.class);
    private BasinLayer basins;

    public SideBySidePlots(PlaygroundModel model, ContourModel contours) {
        this.model = model;
        this.contours = contours;
        setId(ID);
        getStyleClass().add("side-by-side");
        for (OptimizerSlot slot : model.slots()) {
            slot.enabledProperty().addListener(o -> rebuild());
        }
        rebuild();
    }

    /** Shows the layer's basins in every cell, each its own lane's; cells made later get it too. */
    void showBasins(BasinLayer layer) {
        basins = layer;
        cells.values().forEach(cell -> cell.showBasins(layer));
    }

    /** The id of the cell showing a lane. */
    public static String cellId(OptimizerLane lane) {
        return "plot-cell-" + lane.id();
    }

    private void rebuild() {
        List<PlotView> shown = new ArrayList<>();
        for (OptimizerSlot slot : model.slots()) {
            if (slot.isEnabled()) {
                shown.add(cells.computeIfAbsent(slot.lane(), lane -> {
                    PlotView cell = new PlotView(model, contours, lane);
                    cell.setId(cellId(lane));
                    if (basins != null) {
                        cell.showBasins(basins);
                    }
                    return cell;
                }));
            }
        }
        getChildren().setAll(shown);
    }

    /** Columns for n cells: as square as possible, wider than tall (also the exported grid's shape). */
    public static int columns(int n) {
        return Math.max(1, (int) Math.ceil(Math.sqrt(n)));
    }

    @Override
    protected void layoutChildren() {
        int n = getChildren().size();
        if (n == 0) {
            return;
        }
        int cols = columns(n);
        int rows = (n + cols - 1) / cols;
        // Whole pixels and one size for all, so every cell asks for the same contour image.
        double w = Math.floor((getWidth() - GAP * (cols - 1)) / cols);
        double h = Math.floor((getHeight() - GAP * (rows - 1)) / rows);
        for (int i = 0; i < n; i++) {
            int col = i % cols;
            int row = i / cols;
            getChildren().get(i).resizeRelocate(col * (w + GAP), row * (h + GAP), Math.max(1, w), Math.max(1, h));
        }
    }
}
