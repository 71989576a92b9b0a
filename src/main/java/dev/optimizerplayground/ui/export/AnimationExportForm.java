package dev.optimizerplayground.ui.export;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.NumberText;
import dev.optimizerplayground.export.AnimationFormat;
import dev.optimizerplayground.ui.controls.NumberField;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * The fields of the animation dialog, GIF or MP4; {@link #options()} reads them. What differs
 * between the formats is the range of frame rates and, for a video, that the sides must be even
 * (the size row says so). Changing the step range resets the
 * frame count to its default for that range, so "one frame per step" stays the natural choice.
 */
public final class AnimationExportForm extends GridPane {

    public static final String FROM_ID = "animation-from";
    public static final String TO_ID = "animation-to";
    public static final String FRAMES_ID = "animation-frames";
    public static final String FPS_ID = "animation-fps";
    public static final String WIDTH_ID = "animation-width";
    public static final String HEIGHT_ID = "animation-height";
    public static final String TITLE_ID = "animation-title";
    public static final String ERROR_ID = "animation-error";

    private final AnimationFormat format;
    private final NumberField from;
    private final NumberField to;
    private final NumberField frames;
    private final NumberField fps;
    private final NumberField width;
    private final NumberField height;
    private final TextField title = new TextField();
    private final Label error = new Label();

    public AnimationExportForm(AnimationExportOptions initial, int lastStep) {
        format = initial.format();
        getStyleClass().add("export-form");
        getStylesheets().add(PngExportForm.STYLESHEET);
        setHgap(12);
        setVgap(10);
        from = whole(initial.from(), 0, lastStep, Messages.get("export.animation.rule.step", lastStep), FROM_ID);
        to = whole(initial.to(), 0, lastStep, Messages.get("export.animation.rule.step", lastStep), TO_ID);
        frames = whole(initial.frames(), 1, AnimationExportOptions.MAX_FRAMES,
                Messages.get("export.animation.rule.frames", AnimationExportOptions.MAX_FRAMES), FRAMES_ID);
        fps = new NumberField(initial.fps(), v -> v >= format.minFps() && v <= format.maxFps(),
                Messages.get("export.animation.rule.fps", NumberText.exact(format.minFps()),
                        NumberText.exact(format.maxFps())));
        fps.setId(FPS_ID);
        width = side(initial.width(), WIDTH_ID);
        height = side(initial.height(), HEIGHT_ID);
        title.setId(TITLE_ID);
        title.setPromptText(Messages.get("export.form.title.none"));
        title.setText(initial.title() == null ? "" : initial.title());
        error.setId(ERROR_ID);
        error.getStyleClass().add("export-error");
        error.setWrapText(true);
        from.valueProperty().addListener(o -> resetFrames());
        to.valueProperty().addListener(o -> resetFrames());

        addRow(0, new Label(Messages.get("export.animation.steps")),
                new HBox(8, from, new Label(Messages.get("export.animation.steps.to")), to));
        addRow(1, new Label(Messages.get("export.animation.frames")), frames);
        addRow(2, new Label(Messages.get("export.animation.fps")), fps);
        addRow(3, new Label(Messages.get("export.animation.size")), new HBox(8, width, new Label("×"), height,
                new Label(Messages.get(format.evenSides() ? "export.animation.pixels.even" : "export.animation.pixels"))));
        addRow(4, new Label(Messages.get("export.form.title")), title);
        add(error, 0, 5, 2, 1);
    }

    private static NumberField whole(int initial, int min, int max, String rule, String id) {
        NumberField field = new NumberField(initial, v -> v == Math.rint(v) && v >= min && v <= max, rule);
        field.setId(id);
        field.setPrefColumnCount(6);
        return field;
    }

    /** A picture side the format takes: 50 … its largest, and even for a video. */
    private NumberField side(int initial, String id) {
        int max = Math.min(PictureSpec.MAX_SIDE, format.maxSide());
        String rule = Messages.get(format.evenSides() ? "export.animation.rule.side.even" : "export.animation.rule.side", max);
        NumberField field = new NumberField(initial, v -> v == Math.rint(v) && v >= 50 && v <= max
                && (!format.evenSides() || v % 2 == 0), rule);
        field.setId(id);
        field.setPrefColumnCount(6);
        return field;
    }

    private void resetFrames() {
        int a = (int) from.valueProperty().get();
        int b = (int) to.valueProperty().get();
        if (b >= a) {
            frames.valueProperty().set(AnimationExportOptions.defaultFrames(a, b));
        }
    }

    /** @throws IllegalArgumentException naming what is wrong (also shown in the form) */
    public AnimationExportOptions options() {
        try {
            AnimationExportOptions options = new AnimationExportOptions(format, (int) from.valueProperty().get(),
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
