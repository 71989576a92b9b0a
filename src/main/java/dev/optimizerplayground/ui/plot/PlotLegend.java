package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.plot.TickFormat;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.session.RunSet.LaneRun;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * One entry per running lane: its colour, its name and learning rate, and how it is doing at the step shown ("loss
 * 0.0123 at step 57", "✕ diverged at step 12", "converged at step 80").
 */
public final class PlotLegend extends FlowPane {

    public static final String ID = "plot-legend";

    private final PlaygroundModel model;
    private final List<Label> statuses = new ArrayList<>();

    public PlotLegend(PlaygroundModel model) {
        this.model = model;
        setId(ID);
        getStyleClass().add("plot-legend");
        model.runsProperty().addListener(o -> rebuild());
        model.playback().stepProperty().addListener(o -> updateStatuses());
        rebuild();
    }

    /** The id of a lane's status text. */
    public static String statusId(OptimizerLane lane) {
        return "legend-status-" + lane.id();
    }

    private void rebuild() {
        statuses.clear();
        List<HBox> entries = new ArrayList<>();
        for (LaneRun run : model.runs().runs()) {
            Rectangle swatch = new Rectangle(18, 6, Color.web(run.lane().colour()));
            swatch.getStyleClass().add("legend-swatch");
            // Each lane's own η: after "Tune η" they differ, and a fair race says so.
            Label name = new Label(run.lane().displayName() + "  η "
                    + TickFormat.compact(run.trajectory().spec().optimizer().learningRate()));
            name.getStyleClass().add("legend-name");
            Label status = new Label();
            status.setId(statusId(run.lane()));
            status.getStyleClass().add("legend-status");
            statuses.add(status);
            HBox entry = new HBox(swatch, name, status);
            entry.setId("legend-" + run.lane().id());
            entry.getStyleClass().add("legend-entry");
            entries.add(entry);
        }
        getChildren().setAll(entries);
        updateStatuses();
    }

    private void updateStatuses() {
        List<LaneRun> runs = model.runs().runs();
        int step = model.playback().step();
        for (int i = 0; i < statuses.size() && i < runs.size(); i++) {
            statuses.get(i).setText(LaneStatus.describe(runs.get(i).trajectory(), step));
        }
    }
}
