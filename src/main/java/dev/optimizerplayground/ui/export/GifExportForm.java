package dev.optimizerplayground.ui.export;

import dev.optimizerplayground.export.GifEncoder;
import dev.optimizerplayground.ui.controls.NumberField;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * The fields of the GIF dialog; {@link #options()} reads them. Changing the step range resets the
 * frame count to its default for that range, so "one frame per step" stays the natural choice.
 */
public final class GifExportForm extends GridPane {

    public static final String FROM_ID = "gif-from";
    public static final String TO_ID = "gif-to";
    public static final String FRAMES_ID = "gif-frames";
    public static final String FPS_ID = "gif-fps";
    public static final String WIDTH_ID = "gif-width";
    public static final String HEIGHT_ID = "gif-height";
    public static final String TITLE_ID = "gif-title";
    public static final String ERROR_ID = "gif-error";

    private final NumberField from;
    private final NumberField to;
    private final NumberField frames;
    private final NumberField fps;
    private final NumberField width;
    private final NumberField height;
    private final TextField title = new TextField();
    private final Label error = new Label();

    public GifExportForm(GifExportOptions initial, int lastStep) {
        getStyleClass().add("export-form");
        getStylesheets().add(PngExportForm.STYLESHEET);
        setHgap(12);
        setVgap(10);
        from = whole(initial.from(), 0, lastStep, "a step from 0 to " + lastStep, FROM_ID);
        to = whole(initial.to(), 0, lastStep, "a step from 0 to " + lastStep, TO_ID);
        frames = whole(initial.frames(), 1, GifExportOptions.MAX_FRAMES, "1 to " + GifExportOptions.MAX_FRAMES, FRAMES_ID);
        fps = new NumberField(initial.fps(), v -> v >= GifEncoder.MIN_FPS && v <= GifEncoder.MAX_FPS,
                "a rate from " + GifEncoder.MIN_FPS + " to " + GifEncoder.MAX_FPS + " frames a second");
        fps.setId(FPS_ID);
        width = whole(initial.width(), 50, PictureSpec.MAX_SIDE, "50 to " + PictureSpec.MAX_SIDE + " pixels", WIDTH_ID);
        height = whole(initial.height(), 50, PictureSpec.MAX_SIDE, "50 to " + PictureSpec.MAX_SIDE + " pixels", HEIGHT_ID);
        title.setId(TITLE_ID);
        title.setPromptText("none");
        title.setText(initial.title() == null ? "" : initial.title());
        error.setId(ERROR_ID);
        error.getStyleClass().add("export-error");
        error.setWrapText(true);
        from.valueProperty().addListener(o -> resetFrames());
        to.valueProperty().addListener(o -> resetFrames());

        addRow(0, new Label("Steps"), new HBox(8, from, new Label("to"), to));
        addRow(1, new Label("Frames"), frames);
        addRow(2, new Label("Frames per second"), fps);
        addRow(3, new Label("Size"), new HBox(8, width, new Label("×"), height, new Label("pixels")));
        addRow(4, new Label("Title"), title);
        add(error, 0, 5, 2, 1);
    }

    private static NumberField whole(int initial, int min, int max, String rule, String id) {
        NumberField field = new NumberField(initial, v -> v == Math.rint(v) && v >= min && v <= max, rule);
        field.setId(id);
        field.setPrefColumnCount(6);
        return field;
    }

    private void resetFrames() {
        int a = (int) from.valueProperty().get();
        int b = (int) to.valueProperty().get();
        if (b >= a) {
            frames.valueProperty().set(GifExportOptions.defaultFrames(a, b));
        }
    }

    /** @throws IllegalArgumentException naming what is wrong (also shown in the form) */
    public GifExportOptions options() {
        try {
            GifExportOptions options = new GifExportOptions((int) from.valueProperty().get(),
                    (int) to.valueProperty().get(), (int) frames.valueProperty().get(), fps.valueProperty().get(),
                    (int) width.valueProperty().get(), (int) height.valueProperty().get(), title.getText());
            error.setText("");
            return options;
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
            throw e;
        }
    }
}
