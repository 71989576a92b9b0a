package dev.optimizerplayground.ui.charts;

import dev.optimizerplayground.core.explain.StepExplanation;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import dev.optimizerplayground.session.RunSet.LaneRun;
import dev.optimizerplayground.ui.model.TrailPoint;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * "Why this step": a collapsible panel that writes out the update of the selected lane (click its
 * legend entry or its trail; the first lane otherwise) at the step shown, as the optimizer's formula with the
 * numbers substituted. It follows scrubbing and playback; while the mouse is over a point of a
 * trail, it explains that point's step instead. The numbers come from the core
 * ({@link StepExplanation}, which reads the trajectory's columns); nothing is computed here.
 */
public final class StepInspector extends TitledPane {

    public static final String ID = "step-inspector";
    public static final String TEXT_ID = "inspector-text";
    public static final String HEADING_ID = "inspector-heading";

    private final PlaygroundModel model;
    private final Label heading = new Label();
    private final TextArea text = new TextArea();
    private final Button copyText = new Button(Messages.get("inspector.copy-text"));
    private final Button copyLatex = new Button(Messages.get("inspector.copy-latex"));
    private StepExplanation shown;

    public StepInspector(PlaygroundModel model) {
        this.model = model;
        setId(ID);
        setText(Messages.get("inspector.title"));
        getStyleClass().add("step-inspector");
        heading.setId(HEADING_ID);
        heading.getStyleClass().add("inspector-heading");
        heading.setWrapText(true);
        text.setId(TEXT_ID);
        text.setEditable(false);
        text.setWrapText(false);
        text.getStyleClass().add("inspector-text");
        text.setPrefRowCount(14);
        copyText.setId("inspector-copy-text");
        copyLatex.setId("inspector-copy-latex");
        copyText.setOnAction(e -> copy(shown == null ? "" : shown.text()));
        copyLatex.setOnAction(e -> copy(shown == null ? "" : shown.latex()));
        HBox buttons = new HBox(8, copyText, copyLatex);
        VBox content = new VBox(6, heading, text, buttons);
        VBox.setVgrow(text, Priority.ALWAYS);
        setContent(content);
        setExpanded(false);

        model.runsProperty().addListener(o -> refresh());
        model.playback().stepProperty().addListener(o -> refresh());
        model.selectedLaneProperty().addListener(o -> refresh());
        model.hoveredPointProperty().addListener(o -> refresh());
        expandedProperty().addListener(o -> refresh());
        refresh();
    }

    /** The explanation on show, or null (collapsed, no lane, or the start, which no update produced). */
    public StepExplanation shown() {
        return shown;
    }

    private void refresh() {
        shown = null;
        if (!isExpanded()) {
            return;
        }
        TrailPoint hovered = model.hoveredPointProperty().get();
        LaneRun run = hovered != null ? runOf(hovered) : model.inspectedRun();
        if (run == null || run.trajectory().length() == 0) {
            show(Messages.get("inspector.no-run"), "");
            return;
        }
        int row = hovered != null && run.lane() == hovered.lane()
                ? run.trajectory().rowAt(hovered.row())
                : run.trajectory().rowAt(model.playback().step());
        String lane = run.lane().displayName();
        if (row == 0) {
            show(Messages.get("inspector.start", lane), "");
            return;
        }
        shown = StepExplanation.of(run.trajectory(), row);
        show(hovered != null ? Messages.get("inspector.step.hovered", lane, row)
                : Messages.get("inspector.heading.selected", lane, row), shown.text());
    }

    /** The run of a hovered point's lane, or the inspected run if that lane no longer runs. */
    private LaneRun runOf(TrailPoint point) {
        return model.runs().runs().stream().filter(run -> run.lane() == point.lane()).findFirst()
                .orElse(model.inspectedRun());
    }

    private void show(String headingText, String body) {
        heading.setText(headingText);
        text.setText(body);
        copyText.setDisable(shown == null);
        copyLatex.setDisable(shown == null);
    }

    private static void copy(String content) {
        ClipboardContent clip = new ClipboardContent();
        clip.putString(content);
        Clipboard.getSystemClipboard().setContent(clip);
    }
}
