package dev.optimizerplayground.ui.controls;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.training.Schedule;
import dev.optimizerplayground.ui.model.ShowingGuard;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A lane's learning-rate schedule, as a card's row: the form (constant, step, exponential, cosine),
 * the form's numbers, and a linear warm-up. Every change is one new {@link Schedule} for the lane;
 * the fields take only numbers the schedule accepts, so an edit is never refused later.
 */
final class ScheduleEditor extends VBox {

    /** The forms offered, in the order of the list. */
    enum Form {
        CONSTANT("controls.schedule.constant"), STEP("controls.schedule.step"),
        EXPONENTIAL("controls.schedule.exponential"), COSINE("controls.schedule.cosine");

        /** Looked up each time, not kept: the window is rebuilt in the new language when it changes. */
        private final String key;

        Form(String key) {
            this.key = key;
        }

        @Override
        public String toString() {
            return Messages.get(key);
        }

        static Form of(Schedule schedule) {
            Schedule base = schedule.afterWarmup();
            if (base instanceof Schedule.StepDecay) {
                return STEP;
            }
            if (base instanceof Schedule.Exponential) {
                return EXPONENTIAL;
            }
            return base instanceof Schedule.Cosine ? COSINE : CONSTANT;
        }
    }

    private final ObjectProperty<Schedule> schedule;
    private final ShowingGuard guard = new ShowingGuard();
    private final ComboBox<Form> form = new ComboBox<>();
    private final NumberField stepSize = wholeField(50, 1);
    private final NumberField stepGamma = new NumberField(0.5, v -> v > 0 && Double.isFinite(v), Messages.get("controls.rule.positive"));
    private final NumberField expGamma = new NumberField(0.99, v -> v > 0 && Double.isFinite(v), Messages.get("controls.rule.positive"));
    private final NumberField period = wholeField(200, 1);
    private final NumberField minimum = new NumberField(0, v -> v >= 0 && Double.isFinite(v), Messages.get("controls.rule.non-negative"));
    private final NumberField warmup = wholeField(0, 0);
    private final HBox stepRow;
    private final HBox expRow;
    private final HBox cosineRow;

    /** @param idPrefix the lane's id, so each field has an id of its own ({@code rmsprop-schedule}, ...) */
    ScheduleEditor(ObjectProperty<Schedule> schedule, String idPrefix) {
        this.schedule = schedule;
        getStyleClass().add("schedule-editor");
        setSpacing(4);
        form.getItems().setAll(Form.values());
        form.setId(idPrefix + "-schedule");
        form.setTooltip(WrappedTooltip.of(Messages.get("controls.schedule.tooltip")));
        stepSize.setId(idPrefix + "-schedule-size");
        stepGamma.setId(idPrefix + "-schedule-step-gamma");
        expGamma.setId(idPrefix + "-schedule-gamma");
        period.setId(idPrefix + "-schedule-period");
        minimum.setId(idPrefix + "-schedule-minimum");
        warmup.setId(idPrefix + "-warmup");
        warmup.setTooltip(WrappedTooltip.of(Messages.get("controls.schedule.warmup.tooltip")));

        stepRow = row(new Label("× γ"), stepGamma, new Label(Messages.get("controls.schedule.every")), stepSize,
                new Label(Messages.get("controls.schedule.steps")));
        expRow = row(new Label("× γ"), expGamma, new Label(Messages.get("controls.schedule.every-step")));
        cosineRow = row(new Label(Messages.get("controls.schedule.to-minimum")), minimum,
                new Label(Messages.get("controls.schedule.over")), period, new Label(Messages.get("controls.schedule.steps")));
        getChildren().addAll(row(new Label(Messages.get("controls.schedule")), form), stepRow, expRow, cosineRow,
                row(new Label(Messages.get("controls.schedule.warmup")), warmup,
                        new Label(Messages.get("controls.schedule.steps"))));

        show(schedule.get());
        schedule.addListener((obs, old, now) -> guard.show(() -> show(now)));
        form.valueProperty().addListener(guard.onEdit((obs, old, now) -> edited()));
        for (NumberField field : List.of(stepSize, stepGamma, expGamma, period, minimum, warmup)) {
            field.valueProperty().addListener(guard.onEdit((obs, old, now) -> edited()));
        }
    }

    /** The schedule the controls describe. */
    Schedule described() {
        Schedule base = switch (form.getValue()) {
            case STEP -> new Schedule.StepDecay((int) stepSize.valueProperty().get(), stepGamma.valueProperty().get());
            case EXPONENTIAL -> new Schedule.Exponential(expGamma.valueProperty().get());
            case COSINE -> new Schedule.Cosine((int) period.valueProperty().get(), minimum.valueProperty().get());
            case CONSTANT -> Schedule.CONSTANT;
        };
        return base.withWarmup((int) warmup.valueProperty().get());
    }

    private void edited() {
        schedule.set(described());
        showRows();
    }

    private void show(Schedule shown) {
        form.setValue(Form.of(shown));
        Schedule base = shown.afterWarmup();
        if (base instanceof Schedule.StepDecay s) {
            stepSize.valueProperty().set(s.size());
            stepGamma.valueProperty().set(s.gamma());
        } else if (base instanceof Schedule.Exponential e) {
            expGamma.valueProperty().set(e.gamma());
        } else if (base instanceof Schedule.Cosine c) {
            period.valueProperty().set(c.period());
            minimum.valueProperty().set(c.minimum());
        }
        warmup.valueProperty().set(shown.warmupSteps());
        showRows();
    }

    private void showRows() {
        Form shown = form.getValue();
        setShown(stepRow, shown == Form.STEP);
        setShown(expRow, shown == Form.EXPONENTIAL);
        setShown(cosineRow, shown == Form.COSINE);
    }

    private static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static HBox row(Node... children) {
        HBox row = new HBox(6, children);
        row.setAlignment(Pos.CENTER_LEFT);
        for (Node child : children) {
            if (child instanceof NumberField field) {
                field.setPrefColumnCount(5);
            }
        }
        return row;
    }

    private static NumberField wholeField(double initial, int least) {
        return new NumberField(initial, v -> v >= least && v == Math.rint(v) && v <= Integer.MAX_VALUE,
                Messages.get("controls.rule.whole-steps", least));
    }

}
