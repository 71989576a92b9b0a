package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.core.run.PathComparison;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.ui.controls.OptimizerPanel;
import dev.optimizerplayground.plot.TickFormat;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.session.RunSet.LaneRun;
import dev.optimizerplayground.ui.controls.SteadyLabel;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * One entry per running lane: its colour, its name and learning rate, and how it is doing at the
 * step shown ("loss 0.0123 at step 57", "✕ diverged at step 12", "converged at step 80"). Clicking
 * an entry selects its lane for the step inspector; the selected entry is marked.
 */
public final class PlotLegend extends FlowPane {

    public static final String ID = "plot-legend";

    private final PlaygroundModel model;
    private final List<Label> statuses = new ArrayList<>();
    /** Per entry, where a twin's path parts from its lane's, "" for a lane (computed once per set of runs). */
    private final List<String> partings = new ArrayList<>();
    /** The run of each entry, in order: the lanes' runs, then the twins. */
    private final List<LaneRun> shownRuns = new ArrayList<>();

    public PlotLegend(PlaygroundModel model) {
        this.model = model;
        setId(ID);
        getStyleClass().add("plot-legend");
        model.runsProperty().addListener(o -> rebuild());
        model.playback().stepProperty().addListener(o -> updateStatuses());
        model.selectedLaneProperty().addListener(o -> markSelected());
        rebuild();
    }

    /** The id of a lane's status text. */
    public static String statusId(OptimizerLane lane) {
        return "legend-status-" + lane.id();
    }

    /** The id of the status text of a lane's twin. */
    public static String twinStatusId(OptimizerLane lane) {
        return statusId(lane) + "-twin";
    }

    /** One entry per lane that runs, then one per twin, each with its status. */
    private void rebuild() {
        statuses.clear();
        partings.clear();
        shownRuns.clear();
        List<HBox> entries = new ArrayList<>();
        for (LaneRun run : model.runs().runs()) {
            entries.add(entry(run, run.lane().displayName(), statusId(run.lane())));
            partings.add("");
        }
        for (LaneRun twin : model.runs().twins()) {
            String lane = twin.lane().displayName();
            entries.add(entry(twin, Messages.get("legend.twin.name", lane, OptimizerPanel.label(twin.twin())),
                    twinStatusId(twin.lane())));
            partings.add(parting(twin, model.runs().runs()));
        }
        getChildren().setAll(entries);
        updateStatuses();
        markSelected();
    }

    private HBox entry(LaneRun run, String title, String statusId) {
        shownRuns.add(run);
        Rectangle swatch = new Rectangle(18, 6, PlotPainter.colourOf(run));
        swatch.getStyleClass().add("legend-swatch");
        // Each lane's own η: after "Tune η" they differ, and a fair race says so.
        Label name = new Label(title + "  η " + TickFormat.compact(run.trajectory().spec().optimizer().learningRate()));
        name.getStyleClass().add("legend-name");
        Label status = new Label();
        status.setId(statusId);
        status.getStyleClass().add("legend-status");
        statuses.add(status);
        HBox entry = new HBox(swatch, name, new SteadyLabel(status));
        entry.setId(run.twin() == null ? "legend-" + run.lane().id() : "legend-" + run.lane().id() + "-twin");
        entry.getStyleClass().add("legend-entry");
        // A twin's entry picks its lane too, but only the lane's own entry is marked as selected.
        entry.setUserData(run.twin() == null ? run.lane() : null);
        entry.setOnMouseClicked(event -> model.selectedLaneProperty().set(run.lane()));
        return entry;
    }

    private void markSelected() {
        LaneRun inspected = model.inspectedRun();
        for (var entry : getChildren()) {
            boolean selected = inspected != null && entry.getUserData() == inspected.lane();
            entry.getStyleClass().remove("selected");
            if (selected) {
                entry.getStyleClass().add("selected");
            }
        }
    }

    private void updateStatuses() {
        List<LaneRun> runs = shownRuns;
        int step = model.playback().step();
        for (int i = 0; i < statuses.size() && i < runs.size(); i++) {
            Label status = statuses.get(i);
            // A twin is there to show where it parts from its lane: that comes first, before it can be cut short.
            String where = LaneStatus.describe(runs.get(i).trajectory(), step);
            status.setText(partings.get(i).isEmpty() ? where : partings.get(i) + " · " + where);
            boolean left = LaneStatus.leftAfterConverging(runs.get(i).trajectory(), step);
            if (left && status.getTooltip() == null) {
                Tooltip tip = new Tooltip(Messages.get("plot.legend.left.tooltip"));
                tip.setWrapText(true);
                tip.setMaxWidth(380);
                status.setTooltip(tip);
            } else if (!left) {
                status.setTooltip(null);
            }
        }
    }

    /**
     * For a lane's twin: "parts from RMSProp at step 3", or "same path as RMSProp" while the two
     * stay within {@link PathComparison#DEFAULT_TOLERANCE}.
     */
    private static String parting(LaneRun twin, List<LaneRun> runs) {
        for (LaneRun lane : runs) {
            if (lane.lane() == twin.lane()) {
                OptionalInt step = PathComparison.firstParting(lane.trajectory(), twin.trajectory(),
                        PathComparison.DEFAULT_TOLERANCE);
                String name = lane.lane().displayName();
                return step.isPresent() ? Messages.get("legend.twin.parts", name, step.getAsInt())
                        : Messages.get("legend.twin.same", name);
            }
        }
        return "";
    }
}
