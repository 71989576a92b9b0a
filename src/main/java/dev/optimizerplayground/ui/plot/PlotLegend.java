package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.core.run.PathComparison;
import dev.optimizerplayground.plot.TickFormat;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.session.RunSet.LaneRun;
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
    /** Why a run can leave a minimum it had reached, for the legend's "converged at k, then left". */
    static final String LEFT_EXPLAINED = "It met the convergence test (|∇f| < 10⁻⁶) at step k and then moved away "
            + "again. With a constant η, RMSProp's average E[g²] decays as the gradients vanish, so its step "
            + "η/√(E[g²] + ε) grows towards η/√ε and can throw it back out; Adam's rate behaves alike.";

    private final PlaygroundModel model;
    private final List<Label> statuses = new ArrayList<>();
    /** Per entry, where its path parts from its twin's (computed once per set of runs). */
    private final List<String> partings = new ArrayList<>();

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

    private void rebuild() {
        statuses.clear();
        partings.clear();
        List<HBox> entries = new ArrayList<>();
        for (LaneRun run : model.runs().runs()) {
            partings.add(parting(run, model.runs().runs()));
            Rectangle swatch = new Rectangle(18, 6, Color.web(run.lane().colour()));
            swatch.getStyleClass().add("legend-swatch");
            // Each lane's own η: after "Tune η" they differ, and a fair race says so.
            Label name = new Label(run.lane().displayName() + "  η "
                    + TickFormat.compact(run.trajectory().spec().optimizer().learningRate()));
            name.getStyleClass().add("legend-name");
            Label status = new Label();
            status.setId(statusId(run.lane()));
            status.getStyleClass().add("legend-status");
            Tooltip tip = new Tooltip();
            tip.setWrapText(true);
            tip.setMaxWidth(380);
            status.setTooltip(tip);
            statuses.add(status);
            HBox entry = new HBox(swatch, name, status);
            entry.setId("legend-" + run.lane().id());
            entry.getStyleClass().add("legend-entry");
            entry.setUserData(run.lane());
            entry.setOnMouseClicked(event -> model.selectedLaneProperty().set(run.lane()));
            entries.add(entry);
        }
        getChildren().setAll(entries);
        updateStatuses();
        markSelected();
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
        List<LaneRun> runs = model.runs().runs();
        int step = model.playback().step();
        for (int i = 0; i < statuses.size() && i < runs.size(); i++) {
            Label status = statuses.get(i);
            String text = LaneStatus.describe(runs.get(i).trajectory(), step) + partings.get(i);
            status.setText(text);
            // The whole status, which a narrow window cuts short ("… (converged at 125, then l…"),
            // and why a run left a minimum it had reached.
            boolean left = LaneStatus.leftAfterConverging(runs.get(i).trajectory(), step);
            status.getTooltip().setText(left ? text + "\n\n" + LEFT_EXPLAINED : text);
        }
    }

    /**
     * For RMSProp B racing beside RMSProp (e.g. in another convention): " · parts from RMSProp at
     * step 3", or " · same path as RMSProp" while they stay within 1e-9.
     */
    private static String parting(LaneRun run, List<LaneRun> runs) {
        if (run.lane() != OptimizerLane.RMSPROP_B) {
            return "";
        }
        for (LaneRun other : runs) {
            if (other.lane() == OptimizerLane.RMSPROP) {
                OptionalInt step = PathComparison.firstParting(other.trajectory(), run.trajectory(),
                        PathComparison.DEFAULT_TOLERANCE);
                String name = other.lane().displayName();
                return step.isPresent() ? " · parts from " + name + " at step " + step.getAsInt()
                        : " · same path as " + name;
            }
        }
        return "";
    }
}
