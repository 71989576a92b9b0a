package dev.optimizerplayground.ui.export;

import dev.optimizerplayground.core.text.Messages;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/** The fields of the PNG dialog; {@link #options()} reads them. */
public final class PngExportForm extends GridPane {

    /** The export forms' stylesheet; each form adds it to itself. */
    public static final String STYLESHEET = PngExportForm.class.getResource("export.css").toExternalForm();

    public static final String CONTENT_PLOT_ID = "png-content-plot";
    public static final String CONTENT_ALL_ID = "png-content-all";
    public static final String SCALE_ID_PREFIX = "png-scale-";
    public static final String TITLE_ID = "png-title";
    public static final String CAPTION_ID = "png-caption";

    private final ToggleGroup content = new ToggleGroup();
    private final ToggleGroup scale = new ToggleGroup();
    private final TextField title = new TextField();
    private final CheckBox caption = new CheckBox(Messages.get("export.png.caption"));

    public PngExportForm(PngExportOptions initial) {
        getStyleClass().add("export-form");
        getStylesheets().add(STYLESHEET);
        setHgap(12);
        setVgap(10);
        HBox contents = new HBox(16);
        for (PngExportOptions.Content c : PngExportOptions.Content.values()) {
            RadioButton button = new RadioButton(c.label());
            button.setId(c == PngExportOptions.Content.PLOT ? CONTENT_PLOT_ID : CONTENT_ALL_ID);
            button.setUserData(c);
            button.setToggleGroup(content);
            button.setSelected(c == initial.content());
            contents.getChildren().add(button);
        }
        HBox scales = new HBox(16);
        for (int factor = 1; factor <= 3; factor++) {
            RadioButton button = new RadioButton(factor + "×");
            button.setId(SCALE_ID_PREFIX + factor);
            button.setUserData(factor);
            button.setToggleGroup(scale);
            button.setSelected(factor == initial.scale());
            scales.getChildren().add(button);
        }
        title.setId(TITLE_ID);
        title.setPromptText(Messages.get("export.form.title.none"));
        title.setText(initial.title() == null ? "" : initial.title());
        title.setPrefColumnCount(28);
        caption.setId(CAPTION_ID);
        caption.setSelected(initial.caption());
        addRow(0, new Label(Messages.get("export.png.what")), contents);
        addRow(1, new Label(Messages.get("export.png.scale")), scales);
        addRow(2, new Label(Messages.get("export.form.title")), title);
        add(caption, 1, 3);
    }

    public PngExportOptions options() {
        return new PngExportOptions((PngExportOptions.Content) content.getSelectedToggle().getUserData(),
                (Integer) scale.getSelectedToggle().getUserData(), title.getText(), caption.isSelected());
    }
}
