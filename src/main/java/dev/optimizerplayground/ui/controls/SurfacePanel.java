package dev.optimizerplayground.ui.controls;

import dev.optimizerplayground.core.run.StepLimits;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Preset;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.plot.LevelScale;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import dev.optimizerplayground.ui.model.ShowingGuard;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * The surface section of the sidebar: preset list, formula field (validated as you type), view
 * window, start point, step budget and contour spacing.
 */
public final class SurfacePanel extends VBox {

    public static final String FORMULA_FIELD_ID = "formula";
    public static final String PRESET_BOX_ID = "presets";
    public static final String FORMULA_ERROR_ID = "formula-error";
    /** What the preset box says once the formula is no preset's. */

    private final PlaygroundModel model;

    public SurfacePanel(PlaygroundModel model) {
        this.model = model;
        getStyleClass().add("sidebar-section");
        setSpacing(8);
        getChildren().addAll(
                sectionTitle(Messages.get("controls.section.surface")),
                presetBox(),
                formulaField(),
                formulaError(),
                windowGrid(),
                runGrid());
    }

    static Label sectionTitle(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("section-title");
        return title;
    }

    private ComboBox<Preset> presetBox() {
        ComboBox<Preset> box = new ComboBox<>();
        box.setId(PRESET_BOX_ID);
        box.getItems().setAll(Presets.all());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setCellFactory(list -> {
            PresetCell cell = new PresetCell(null);
            // Picking the preset already shown loads it again (start, window, rates, step 0),
            // which the box itself does not report as a choice.
            cell.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                if (!cell.isEmpty() && cell.getItem() == box.getValue()) {
                    model.selectPreset(cell.getItem());
                }
            });
            return cell;
        });
        box.setButtonCell(new PresetCell(Messages.get("controls.preset.custom")));
        box.setTooltip(new Tooltip(Messages.get("controls.preset.tooltip")));
        // The box names the preset while its formula is shown, and says "Custom" once it is edited.
        Runnable showPreset = () -> {
            Preset preset = model.presetProperty().get();
            Surface surface = model.surface();
            box.setValue(preset != null && surface != null && preset.formula().equals(surface.formula()) ? preset : null);
        };
        showPreset.run();
        model.presetProperty().addListener(o -> showPreset.run());
        model.surfaceProperty().addListener(o -> showPreset.run());
        box.setOnAction(e -> {
            Preset chosen = box.getValue();
            Preset shown = model.presetProperty().get();
            boolean unchanged = chosen == shown && shown != null && model.surface() != null
                    && shown.formula().equals(model.surface().formula());
            if (chosen != null && !unchanged) {
                model.selectPreset(chosen);
            }
        });
        return box;
    }

    private TextField formulaField() {
        TextField field = new TextField();
        field.setId(FORMULA_FIELD_ID);
        field.getStyleClass().add("formula-field");
        field.setPromptText(Messages.get("controls.formula.prompt"));
        field.setTooltip(new Tooltip(Messages.get("controls.formula.tooltip")));
        field.textProperty().bindBidirectional(model.formulaProperty());

        ValidationSupport validation = new ValidationSupport();
        validation.setValidationDecorator(new StyleClassValidationDecoration());
        validation.registerValidator(field, false, (control, text) -> ValidationResult.fromMessageIf(
                control, model.formulaErrorProperty().get(), Severity.ERROR,
                !model.formulaErrorProperty().get().isEmpty()));
        // The model parses on every edit; revalidate once it has, so the decoration is never stale.
        model.formulaErrorProperty().addListener((obs, old, now) -> validation.revalidate());
        return field;
    }

    private Label formulaError() {
        Label error = new Label();
        error.setId(FORMULA_ERROR_ID);
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(Bindings.createStringBinding(() -> {
            String message = model.formulaErrorProperty().get();
            return message.isEmpty() ? "" : Messages.get("controls.formula.error", message);
        }, model.formulaErrorProperty()));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        return error;
    }

    private GridPane windowGrid() {
        GridPane grid = formGrid();
        NumberField xMin = windowField(model.window().xMin());
        NumberField xMax = windowField(model.window().xMax());
        NumberField yMin = windowField(model.window().yMin());
        NumberField yMax = windowField(model.window().yMax());
        // While the fields are set one by one to show the model's window, each half-updated
        // combination is neither sent back to the model nor marked as invalid.
        ShowingGuard guard = new ShowingGuard();
        model.windowProperty().addListener((obs, old, w) -> guard.show(() -> {
            xMin.valueProperty().set(w.xMin());
            xMax.valueProperty().set(w.xMax());
            yMin.valueProperty().set(w.yMin());
            yMax.valueProperty().set(w.yMax());
        }));
        for (NumberField field : new NumberField[] {xMin, xMax, yMin, yMax}) {
            field.valueProperty().addListener(guard.onEdit((obs, old, now) -> {
                double x0 = xMin.valueProperty().get();
                double x1 = xMax.valueProperty().get();
                double y0 = yMin.valueProperty().get();
                double y1 = yMax.valueProperty().get();
                String refused = null;
                if (!(x0 < x1 && y0 < y1)) {
                    refused = Messages.get("controls.window.min-below-max");
                } else {
                    try {
                        model.windowProperty().set(new ViewWindow(x0, x1, y0, y1));
                    } catch (IllegalArgumentException tooWide) {
                        refused = tooWide.getMessage();
                    }
                }
                if (refused != null) {
                    // The field goes back to the window's value; the typed text stays, marked, to be corrected.
                    guard.show(() -> field.valueProperty().set(old.doubleValue()));
                    field.markInvalid(refused);
                }
            }));
        }
        Button fit = new Button(Messages.get("controls.window.fit"));
        fit.setId("fit");
        fit.setTooltip(new Tooltip(Messages.get("controls.window.fit.tooltip")));
        fit.setOnAction(e -> model.fit());
        fit.setMinWidth(Region.USE_PREF_SIZE);

        grid.addRow(0, formLabel(Messages.get("controls.window.x-from")), xMin, formLabel(Messages.get("controls.window.to")), xMax);
        grid.addRow(1, formLabel(Messages.get("controls.window.y-from")), yMin, formLabel(Messages.get("controls.window.to")), yMax);
        grid.add(fit, 4, 0, 1, 2);
        return grid;
    }

    private GridPane runGrid() {
        GridPane grid = formGrid();
        NumberField startX = new NumberField(model.start().x());
        NumberField startY = new NumberField(model.start().y());
        startX.setPrefColumnCount(5);
        startY.setPrefColumnCount(5);
        model.startProperty().addListener((obs, old, now) -> {
            startX.valueProperty().set(now.x());
            startY.valueProperty().set(now.y());
        });
        startX.valueProperty().addListener((obs, old, now) ->
                model.startProperty().set(new Point(now.doubleValue(), model.start().y())));
        startY.valueProperty().addListener((obs, old, now) ->
                model.startProperty().set(new Point(model.start().x(), now.doubleValue())));
        startX.setTooltip(new Tooltip(Messages.get("controls.start.tooltip")));

        Spinner<Integer> steps = new Spinner<>(0, StepLimits.MAX_PLAYGROUND_STEPS, model.stepsProperty().get(), 50);
        steps.setId("steps");
        steps.setEditable(true);
        refuseAnythingButWholeNumbers(steps);
        steps.setPrefWidth(100);
        steps.setMinWidth(95); // four digits and the arrows
        steps.getValueFactory().valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.stepsProperty().set(now);
            }
        });
        model.stepsProperty().addListener((obs, old, now) -> steps.getValueFactory().setValue(now.intValue()));

        ComboBox<LevelScale> levels = new ComboBox<>();
        levels.getItems().setAll(LevelScale.values());
        levels.valueProperty().bindBidirectional(model.levelScaleProperty());
        levels.setMinWidth(Region.USE_PREF_SIZE);
        levels.setTooltip(new Tooltip(Messages.get("controls.levels.tooltip")));

        grid.addRow(0, formLabel(Messages.get("controls.start.x")), startX, formLabel("y"), startY);
        grid.addRow(1, formLabel(Messages.get("controls.steps")), steps, formLabel(Messages.get("controls.levels")), levels);
        return grid;
    }

    /**
     * The spinner's own converter throws on text like "abc" or "" when it commits, on the FX thread;
     * instead only digits can be typed, and a field left empty keeps the current value.
     */
    private static void refuseAnythingButWholeNumbers(Spinner<Integer> spinner) {
        spinner.getEditor().setTextFormatter(new TextFormatter<>(
                change -> change.getControlNewText().matches("\\d{0,7}") ? change : null));
        SpinnerValueFactory<Integer> factory = spinner.getValueFactory();
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                return text.isBlank() ? factory.getValue() : Integer.valueOf(text.trim());
            }
        });
    }

    /** A form label that never shrinks to "…" when the sidebar is narrow. */
    private static Label formLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static GridPane formGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(2, 0, 2, 0));
        return grid;
    }

    private static NumberField windowField(double initial) {
        NumberField field = new NumberField(initial);
        field.setPrefColumnCount(5);
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    /** Shows a preset by its display name, with its description as a tooltip. */
    private static final class PresetCell extends ListCell<Preset> {

        /** What the cell says without a preset: "Custom" in the box's button, nothing in the list. */
        private final String none;

        PresetCell(String none) {
            this.none = none;
        }

        @Override
        protected void updateItem(Preset preset, boolean empty) {
            super.updateItem(preset, empty);
            setText(empty || preset == null ? none : preset.displayName());
            setTooltip(empty || preset == null ? null : new Tooltip(preset.description()));
        }
    }
}
