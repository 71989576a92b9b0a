package dev.optimizerplayground.ui.controls;

import dev.optimizerplayground.core.run.StepLimits;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Preset;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.ViewWindow;
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

    private final PlaygroundModel model;

    public SurfacePanel(PlaygroundModel model) {
        this.model = model;
        getStyleClass().add("sidebar-section");
        setSpacing(8);
        getChildren().addAll(
                sectionTitle("Surface"),
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
        box.setCellFactory(list -> new PresetCell());
        box.setButtonCell(new PresetCell());
        box.setValue(model.presetProperty().get());
        box.setTooltip(new Tooltip("Classroom surfaces: choosing one puts its formula in the field below to edit."));
        model.presetProperty().addListener((obs, old, now) -> box.setValue(now));
        box.setOnAction(e -> {
            Preset chosen = box.getValue();
            if (chosen != null && chosen != model.presetProperty().get()) {
                model.selectPreset(chosen);
            }
        });
        return box;
    }

    private TextField formulaField() {
        TextField field = new TextField();
        field.setId(FORMULA_FIELD_ID);
        field.getStyleClass().add("formula-field");
        field.setPromptText("f(x, y), e.g. x^2 + 10*y^2");
        field.setTooltip(new Tooltip("Any formula in x and y: + - * / ^ %, sin cos exp log sqrt abs ..., pi, e"));
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
            return message.isEmpty() ? "" : message + " (showing the last good surface)";
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
                    refused = "the minimum must be below the maximum";
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
        Button fit = new Button("Fit");
        fit.setId("fit");
        fit.setTooltip(new Tooltip("Back to the preset's view (scroll to zoom, drag to pan)"));
        fit.setOnAction(e -> model.fit());

        grid.addRow(0, formLabel("x from"), xMin, formLabel("to"), xMax);
        grid.addRow(1, formLabel("y from"), yMin, formLabel("to"), yMax);
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
        startX.setTooltip(new Tooltip("Or click the plot to put the start point there"));

        Spinner<Integer> steps = new Spinner<>(0, StepLimits.MAX_PLAYGROUND_STEPS, model.stepsProperty().get(), 50);
        steps.setId("steps");
        steps.setEditable(true);
        refuseAnythingButWholeNumbers(steps);
        steps.setPrefWidth(110);
        steps.getValueFactory().valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.stepsProperty().set(now);
            }
        });
        model.stepsProperty().addListener((obs, old, now) -> steps.getValueFactory().setValue(now.intValue()));

        ComboBox<LevelScale> levels = new ComboBox<>();
        levels.getItems().setAll(LevelScale.values());
        levels.valueProperty().bindBidirectional(model.levelScaleProperty());
        levels.setTooltip(new Tooltip("Contour spacing: AUTO uses logarithmic levels when values span decades"));

        grid.addRow(0, formLabel("start x"), startX, formLabel("y"), startY);
        grid.addRow(1, formLabel("steps"), steps, formLabel("levels"), levels);
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
        @Override
        protected void updateItem(Preset preset, boolean empty) {
            super.updateItem(preset, empty);
            setText(empty || preset == null ? null : preset.displayName());
            setTooltip(empty || preset == null ? null : new Tooltip(preset.description()));
        }
    }
}
