package dev.optimizerplayground.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.optimizerplayground.cli.PlaygroundCommand;
import dev.optimizerplayground.export.AnimationFormat;
import dev.optimizerplayground.export.Mp4File;
import dev.optimizerplayground.export.PictureMemory;
import dev.optimizerplayground.session.LayoutMode;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.ui.charts.ChartsPanel;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import dev.optimizerplayground.ui.plot.PlotArea;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window's export commands, called as the menu would after its dialogs, on the headless platform. */
@ExtendWith(ApplicationExtension.class)
class ExportActionsTest {

    @TempDir
    Path dir;

    private PlaygroundModel model;
    private PlotArea plotArea;
    private ChartsPanel charts;
    private ExportActions actions;

    @Start
    void start(Stage stage) {
        model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        plotArea = new PlotArea(model, BackgroundWork.SAME_THREAD);
        charts = new ChartsPanel(model);
        charts.setPrefWidth(300);
        BorderPane root = new BorderPane(plotArea);
        root.setRight(charts);
        stage.setScene(new Scene(root, 900, 560));
        stage.show();
        actions = new ExportActions(model, plotArea, charts, stage);
    }

    /** Runs on the JavaFX thread and returns its value (rethrowing its failure). */
    private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
    }

    @Test
    void menuItemsHaveIdsAndShortcuts() {
        List<MenuItem> items = actions.menuItems();
        assertThat(items).extracting(MenuItem::getId)
                .containsExactly("export-png", "export-gif", "export-video", "copy-snapshot", "export-csv",
                        "export-json");
        assertThat(items.get(0).getAccelerator().getName()).contains("E");
        assertThat(items.get(1).getAccelerator().getName()).contains("Shift").contains("E");
        assertThat(items.get(2).getAccelerator().getName()).contains("Alt").contains("E");
        assertThat(items.get(3).getAccelerator().getName()).contains("Shift").contains("C");
    }

    @Test
    void thePlotPngIsTheOnScreenPlotAreaAtTwiceTheSize(FxRobot robot) throws Exception {
        Path target = dir.resolve("valley.png");
        double[] size = new double[2];
        var done = fx(() -> {
            size[0] = plotArea.getWidth();
            size[1] = plotArea.getHeight();
            return actions.writePng(target, new PngExportOptions(PngExportOptions.Content.PLOT, 2, "Valley", true));
        });
        assertThat(done.get(20, TimeUnit.SECONDS)).isEqualTo(target);
        BufferedImage image = ImageIO.read(target.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.round(size[0] * 2));
        assertThat(image.getHeight()).isEqualTo((int) Math.round(size[1] * 2));
    }

    @Test
    void inTheSideBySideLayoutThePlotPngIsTheGridOfOnePlotPerLane(FxRobot robot) throws Exception {
        Path target = dir.resolve("grid.png");
        var done = fx(() -> {
            model.layoutProperty().set(LayoutMode.SIDE_BY_SIDE);
            model.playback().stepProperty().set(model.playback().lastStepProperty().get());
            return actions.writePng(target, new PngExportOptions(PngExportOptions.Content.PLOT, 1, null, false));
        });
        done.get(20, TimeUnit.SECONDS);
        BufferedImage image = ImageIO.read(target.toFile());
        int half = image.getWidth() / 2;
        int topRow = (int) (image.getHeight() * 0.4);
        // RMSProp, Adagrad, SGD, Adam are on: a 2 × 2 grid, RMSProp top left, Adagrad top right.
        assertThat(pixels(image, 0, half, topRow, OptimizerLane.RMSPROP)).isGreaterThan(50);
        assertThat(pixels(image, 0, half, topRow, OptimizerLane.ADAGRAD)).isZero();
        assertThat(pixels(image, 0, half, topRow, OptimizerLane.ADAM)).isZero();
        assertThat(pixels(image, half, image.getWidth(), topRow, OptimizerLane.ADAGRAD)).isGreaterThan(50);
        assertThat(pixels(image, half, image.getWidth(), topRow, OptimizerLane.RMSPROP)).isZero();
    }

    /** Pixels of exactly the lane's colour in columns [x0, x1) of rows [0, rows). */
    private static int pixels(BufferedImage image, int x0, int x1, int rows, OptimizerLane lane) {
        int rgb = Integer.parseInt(lane.colour().substring(1), 16);
        int count = 0;
        for (int y = 0; y < rows; y++) {
            for (int x = x0; x < x1; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void plotChartsAndLegendSitSideBySide(FxRobot robot) throws Exception {
        Path target = dir.resolve("all.png");
        double[] size = new double[2];
        var done = fx(() -> {
            size[0] = plotArea.getWidth() + charts.getWidth();
            size[1] = Math.max(plotArea.getHeight(), charts.getHeight());
            return actions.writePng(target,
                    new PngExportOptions(PngExportOptions.Content.PLOT_CHARTS_LEGEND, 1, null, false));
        });
        done.get(20, TimeUnit.SECONDS);
        BufferedImage image = ImageIO.read(target.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(size[0]));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(size[1]));
    }

    @Test
    void aPngTooLargeForTheHeapIsRefusedInOneLineBeforeAnythingIsDrawnOrWritten(FxRobot robot) throws Exception {
        actions.setMemory(() -> new PictureMemory(1 << 20)); // 1 MB: less than any plot needs
        for (PngExportOptions.Content content : PngExportOptions.Content.values()) {
            Path target = dir.resolve(content + ".png");
            var done = fx(() -> actions.writePng(target, new PngExportOptions(content, 2, null, false)));
            assertThatThrownBy(() -> done.get(20, TimeUnit.SECONDS)).as("%s", content)
                    .hasRootCauseInstanceOf(IllegalArgumentException.class)
                    .rootCause().hasMessageContaining("needs about").hasMessageContaining("more than the 0.0 GB")
                    .hasMessageNotContaining("\n");
        }
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anAnimationTooLargeForTheHeapIsRefusedBeforeItStarts(FxRobot robot) throws Exception {
        actions.setMemory(() -> new PictureMemory(PictureMemory.needed(400, 300, PictureMemory.Output.GIF) - 1));
        for (AnimationFormat format : AnimationFormat.values()) {
            Path target = dir.resolve("race." + format.extension());
            assertThatThrownBy(() -> fx(() -> actions.startAnimation(target,
                    new AnimationExportOptions(format, 0, 40, 5, 25, 400, 300, null))))
                    .as("%s", format).rootCause().isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("a 400×300 " + (format == AnimationFormat.GIF ? "GIF" : "video") + " needs about");
        }
        // Just within the budget, it is made.
        actions.setMemory(() -> new PictureMemory(PictureMemory.needed(400, 300, PictureMemory.Output.VIDEO)));
        Path target = dir.resolve("race.gif");
        AnimationExportJob job = fx(() -> actions.startAnimation(target,
                new AnimationExportOptions(AnimationFormat.GIF, 0, 40, 5, 25, 400, 300, null)));
        assertThat(job.result().get(20, TimeUnit.SECONDS)).isEqualTo(target);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aGifJobWritesTheFramesAsked(FxRobot robot) throws Exception {
        Path target = dir.resolve("race.gif");
        AnimationExportJob job = fx(() -> actions.startAnimation(target,
                new AnimationExportOptions(AnimationFormat.GIF, 0, 40, 5, 25, 220, 160, "Race")));
        assertThat(job.result().get(20, TimeUnit.SECONDS)).isEqualTo(target);
        assertThat(GifFile.read(target)).isEqualTo(new GifFile(220, 160, 5, 4, true));
    }

    @Test
    void anMp4JobWritesAVideoThatDecodesFrameByFrame(FxRobot robot) throws Exception {
        Path target = dir.resolve("race.mp4");
        AnimationExportJob job = fx(() -> actions.startAnimation(target,
                new AnimationExportOptions(AnimationFormat.MP4, 0, 40, 12, 24, 220, 160, "Race")));
        assertThat(job.result().get(30, TimeUnit.SECONDS)).isEqualTo(target);
        assertThat(Mp4File.read(target)).isEqualTo(new Mp4File(220, 160, 12, 0.5, 12));
    }

    @Test
    void cancellingAnMp4HalfWayLeavesTheOldFileAndNoTemporaryOne(FxRobot robot) throws Exception {
        Path target = dir.resolve("race.mp4");
        Files.writeString(target, "the previous export");
        AnimationExportJob job = fx(() -> actions.startAnimation(target,
                new AnimationExportOptions(AnimationFormat.MP4, 0, 200, 200, 30, 400, 300, null)));
        while (job.progressProperty().get() < 0.05 && !job.result().isDone()) {
            Thread.sleep(5);
        }
        job.cancel();
        assertThatThrownBy(() -> job.result().get(20, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        assertThat(Files.readString(target)).isEqualTo("the previous export");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void cancellingAGifLeavesTheOldFileAndNoTemporaryOne(FxRobot robot) throws Exception {
        Path target = dir.resolve("race.gif");
        Files.writeString(target, "the previous export");
        AnimationExportJob job = fx(() -> {
            AnimationExportJob started = actions.startAnimation(target, new AnimationExportOptions(AnimationFormat.GIF, 0, 200, 200, 20, 400, 300, null));
            started.cancel();
            return started;
        });
        assertThatThrownBy(() -> job.result().get(20, TimeUnit.SECONDS))
                .isInstanceOf(CancellationException.class);
        assertThat(Files.readString(target)).isEqualTo("the previous export");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void cancellingHalfWayWritesNothing(FxRobot robot) throws Exception {
        Path target = dir.resolve("race.gif");
        AnimationExportJob job = fx(() -> actions.startAnimation(target,
                new AnimationExportOptions(AnimationFormat.GIF, 0, 200, 200, 20, 400, 300, null)));
        while (job.progressProperty().get() < 0.05 && !job.result().isDone()) {
            Thread.sleep(5);
        }
        job.cancel();
        assertThatThrownBy(() -> job.result().get(20, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void eachCsvIsWhatTraceStatePrintsForThatLane(FxRobot robot) throws Exception {
        List<Path> files = fx(() -> actions.writeCsv(dir));
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
                "elongated-valley-rmsprop.csv", "elongated-valley-adagrad.csv", "elongated-valley-sgd.csv",
                "elongated-valley-adam.csv");
        String[][] options = {{"rmsprop", "0.1"}, {"adagrad", "0.5"}, {"sgd", "0.09"}, {"adam", "0.1"}};
        for (int i = 0; i < options.length; i++) {
            StringWriter out = new StringWriter();
            int code = PlaygroundCommand.execute(new String[] {"trace", "--surface", "elongated-valley",
                    "--start", "-4,2", "--steps", "200", "--optimizer", options[i][0], "--lr", options[i][1], "--state"},
                    new PrintWriter(out), new PrintWriter(new StringWriter()));
            assertThat(code).isZero();
            assertThat(Files.readString(files.get(i), StandardCharsets.UTF_8)).as(options[i][0]).isEqualTo(out.toString());
        }
    }

    @Test
    void theJsonHoldsEveryVisibleLane(FxRobot robot) throws Exception {
        Path target = dir.resolve("runs.json");
        fx(() -> {
            actions.writeJson(target);
            return null;
        });
        JsonNode runs = new ObjectMapper().readTree(target.toFile()).get("runs");
        assertThat(runs).hasSize(4);
        assertThat(runs.get(0).get("lane").asText()).isEqualTo("rmsprop");
    }

    @Test
    void theCopiedSnapshotIsThePlotArea(FxRobot robot) throws Exception {
        double[] size = fx(() -> {
            actions.copySnapshot();
            var image = javafx.scene.input.Clipboard.getSystemClipboard().getImage();
            return new double[] {image.getWidth(), image.getHeight(), plotArea.getWidth(), plotArea.getHeight()};
        });
        assertThat(size[0]).isEqualTo(Math.ceil(size[2]));
        assertThat(size[1]).isEqualTo(Math.ceil(size[3]));
    }
}
