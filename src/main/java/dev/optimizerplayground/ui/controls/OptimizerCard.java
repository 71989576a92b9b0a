package dev.optimizerplayground.ui.controls;

import dev.optimizerplayground.core.optimizer.Hyperparameter;
import dev.optimizerplayground.core.optimizer.Switch;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.ui.model.OptimizerSlot;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * One optimizer lane in the sidebar: a check box (with the lane's colour) that races it or not, and
 * a disclosure button that shows its hyperparameter sliders, formula switches and why the last edit
 * was refused.
 */
public final class OptimizerCard extends VBox {

    private final OptimizerSlot slot;
    private final CheckBox enabled;
    private final ToggleButton disclosure = new ToggleButton();
    private HyperparameterSlider learningRateRow;

    /**
     * @param sharedLearningRate while true, the lane's own η slider is disabled (all lanes use one η)
     */
    public OptimizerCard(OptimizerSlot slot, ObservableBooleanValue sharedLearningRate, boolean expanded) {
        this.slot = slot;
        OptimizerLane lane = slot.lane();
        getStyleClass().add("optimizer-card");

        Rectangle swatch = new Rectangle(16, 16, Color.web(lane.colour()));
        swatch.getStyleClass().add("lane-swatch");
        enabled = new CheckBox(lane.displayName());
        enabled.setId("lane-" + lane.id());
        enabled.setGraphic(swatch);
        enabled.getStyleClass().add("lane-check");
        enabled.selectedProperty().bindBidirectional(slot.enabledProperty());
        enabled.setTooltip(new Tooltip(Messages.get("controls.card.race.tooltip", lane.displayName())));

        disclosure.setId(lane.id() + "-expand");
        disclosure.getStyleClass().add("disclosure");
        disclosure.setSelected(expanded);
        disclosure.textProperty().bind(Bindings.when(disclosure.selectedProperty()).then("▾").otherwise("▸"));
        disclosure.setTooltip(new Tooltip(Messages.get("controls.card.settings.tooltip", lane.displayName())));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, enabled, spacer, disclosure);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("card-header");

        VBox body = new VBox(4);
        body.getStyleClass().add("card-body");
        for (Hyperparameter h : Hyperparameter.values()) {
            if (h.appliesTo(lane.kind())) {
                HyperparameterSlider row = new HyperparameterSlider(h, slot.value(h), lane.id());
                if (h == Hyperparameter.LEARNING_RATE) {
                    learningRateRow = row;
                    row.disableProperty().bind(sharedLearningRate);
                }
                body.getChildren().add(row);
            }
        }
        FlowPane switches = new FlowPane(12, 4);
        for (Switch s : Switch.values()) {
            if (s.appliesTo(lane.kind())) {
                switches.getChildren().add(switchBox(lane, s));
            }
        }
        if (!switches.getChildren().isEmpty()) {
            body.getChildren().add(switches);
        }
        body.getChildren().add(new ScheduleEditor(slot.scheduleProperty(), lane.id()));
        body.getChildren().add(errorLabel());
        body.visibleProperty().bind(disclosure.selectedProperty());
        body.managedProperty().bind(body.visibleProperty());

        getChildren().addAll(header, body);
    }

    private CheckBox switchBox(OptimizerLane lane, Switch s) {
        CheckBox box = new CheckBox(s.label());
        box.setId(lane.id() + "-" + s.name().toLowerCase(Locale.ROOT));
        Tooltip tip = WrappedTooltip.of(s.description());
        box.setTooltip(tip);
        BooleanProperty value = slot.switchValue(s);
        box.setSelected(value.get());
        value.addListener((obs, old, now) -> box.setSelected(now));
        box.selectedProperty().addListener((obs, old, now) -> {
            value.set(now);
            box.setSelected(value.get()); // the slot may refuse the change and snap back
        });
        return box;
    }

    private Label errorLabel() {
        Label error = new Label();
        error.setId(slot.lane().id() + "-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(slot.errorProperty());
        error.managedProperty().bind(slot.errorProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        return error;
    }

    /** The lane's η slider row. */
    public HyperparameterSlider learningRateRow() {
        return learningRateRow;
    }
}
