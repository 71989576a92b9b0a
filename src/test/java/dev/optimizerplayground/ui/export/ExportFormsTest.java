package dev.optimizerplayground.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.optimizerplayground.core.text.Language;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.export.AnimationFormat;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The dialogs' fields, filled in with the mouse and keyboard as a person would. */
@ExtendWith(ApplicationExtension.class)
class ExportFormsTest {

    private PngExportForm png;
    private AnimationExportForm gif;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        png = new PngExportForm(PngExportOptions.defaults());
        gif = new AnimationExportForm(AnimationExportOptions.defaults(AnimationFormat.GIF, 300), 300);
        stage.setScene(new Scene(new VBox(20, png, gif), 700, 500));
        stage.show();
    }

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    /** The forms are read on the JavaFX thread, as the dialog does. */
    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(read).get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void thePngFormReadsWhatWasChosen(FxRobot robot) throws Exception {
        assertThat(onFx(png::options)).isEqualTo(PngExportOptions.defaults());
        robot.clickOn("#" + PngExportForm.CONTENT_ALL_ID);
        robot.clickOn("#" + PngExportForm.SCALE_ID_PREFIX + 3);
        robot.clickOn("#" + PngExportForm.TITLE_ID).write("Momentum");
        robot.clickOn("#" + PngExportForm.CAPTION_ID);
        assertThat(onFx(png::options)).isEqualTo(
                new PngExportOptions(PngExportOptions.Content.PLOT_CHARTS_LEGEND, 3, "Momentum", false));
    }

    @Test
    void theGifFormDefaultsToOneFramePerStepUpTo200AndFollowsTheRange(FxRobot robot) throws Exception {
        assertThat(onFx(gif::options)).isEqualTo(new AnimationExportOptions(AnimationFormat.GIF, 0, 300, 200, 20, 800, 600, null));
        robot.doubleClickOn("#" + AnimationExportForm.TO_ID).eraseText(3).write("50").type(javafx.scene.input.KeyCode.ENTER);
        assertThat(onFx(gif::options).to()).isEqualTo(50);
        assertThat(onFx(gif::options).frames()).as("one per step of 0…50").isEqualTo(51);
    }

    @Test
    void aBadRangeIsRefusedWithAReason(FxRobot robot) throws Exception {
        robot.doubleClickOn("#" + AnimationExportForm.FROM_ID).eraseText(3).write("250")
                .type(javafx.scene.input.KeyCode.ENTER);
        robot.doubleClickOn("#" + AnimationExportForm.TO_ID).eraseText(3).write("100")
                .type(javafx.scene.input.KeyCode.ENTER);
        assertThatThrownBy(() -> onFx(gif::options)).hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThat(robot.lookup("#" + AnimationExportForm.ERROR_ID).queryLabeled().getText()).contains("250…100");
    }

    @Test
    void theVideoFormTakesUpTo60FramesASecondAndOnlyEvenSides(FxRobot robot) throws Exception {
        AnimationExportForm video = onFx(() -> {
            AnimationExportForm form = new AnimationExportForm(
                    AnimationExportOptions.defaults(AnimationFormat.MP4, 300), 300);
            stage.getScene().setRoot(new VBox(form));
            return form;
        });
        assertThat(onFx(video::options)).isEqualTo(
                new AnimationExportOptions(AnimationFormat.MP4, 0, 300, 200, 30, 800, 600, null));
        assertThat(robot.lookup(".label").queryAllAs(javafx.scene.control.Labeled.class))
                .anyMatch(label -> label.getText().contains("even numbers"));
        robot.doubleClickOn("#" + AnimationExportForm.FPS_ID).eraseText(2).write("60")
                .type(javafx.scene.input.KeyCode.ENTER);
        robot.doubleClickOn("#" + AnimationExportForm.WIDTH_ID).eraseText(3).write("801")
                .type(javafx.scene.input.KeyCode.ENTER);
        TextField width = robot.lookup("#" + AnimationExportForm.WIDTH_ID).queryAs(TextField.class);
        assertThat(width.getStyleClass()).contains(dev.optimizerplayground.ui.controls.NumberField.INVALID);
        assertThat(width.getTooltip().getText()).contains("an even number of 50 to 2048 pixels");
        assertThat(onFx(video::options).fps()).isEqualTo(60);
        assertThat(onFx(video::options).width()).as("the refused 801 is not taken").isEqualTo(800);
        assertThatThrownBy(() -> new AnimationExportOptions(AnimationFormat.MP4, 0, 10, 5, 30, 801, 600, null))
                .hasMessage("video width and height must be even, got 801x600");
        assertThatThrownBy(() -> new AnimationExportOptions(AnimationFormat.MP4, 0, 10, 5, 61, 800, 600, null))
                .hasMessage("frames per second must be in [1, 60] for an MP4 video, got 61");
    }

    @Test
    void inChineseTheVideoFormAndItsRefusalsSpeakChinese(FxRobot robot) throws Exception {
        Messages.use(Language.CHINESE);
        onFx(() -> {
            stage.getScene().setRoot(new VBox(new AnimationExportForm(
                    AnimationExportOptions.defaults(AnimationFormat.MP4, 300), 300)));
            return null;
        });
        assertThat(robot.lookup(".label").queryAllAs(javafx.scene.control.Labeled.class))
                .extracting(javafx.scene.control.Labeled::getText)
                .contains("步数范围", "帧数", "每秒帧数", "尺寸", "标题", "像素（视频要求为偶数）");
        assertThatThrownBy(() -> new AnimationExportOptions(AnimationFormat.MP4, 250, 100, 5, 30, 800, 600, null))
                .hasMessage("步数范围须从不小于 0 的数开始，终点不小于起点，当前为 250…100");
        assertThat(PngExportOptions.Content.PLOT.label()).isEqualTo("仅主图");
    }
}
