package dev.optimizerplayground.ui.export;

import dev.optimizerplayground.core.format.TrajectoryExport.LaneTrajectory;
import dev.optimizerplayground.core.format.TrajectoryExport;
import dev.optimizerplayground.core.io.AtomicFiles;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.export.AnimationFormat;
import dev.optimizerplayground.export.PictureMemory;
import dev.optimizerplayground.export.PngEncoder;
import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.session.RunSet.LaneRun;
import dev.optimizerplayground.ui.actions.Action;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.FxBackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import dev.optimizerplayground.ui.plot.PlotArea;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Transform;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * The File ▸ Export commands of the window: PNG, animated GIF, MP4 video, clipboard copy, trajectory CSV and
 * JSON. Each {@code export…()} asks (dialog, then file chooser) and then calls the matching
 * {@code write…}/{@link #startAnimation} method, which tests call directly. Slow work (contours at the
 * export size, encoding, writing) runs in the background; a failure shows an alert and changes
 * nothing in the window or on disk.
 */
public final class ExportActions {

    public static final String PNG_ID = "export-png";
    public static final String GIF_ID = "export-gif";
    public static final String VIDEO_ID = "export-video";
    public static final String COPY_ID = "copy-snapshot";
    public static final String CSV_ID = "export-csv";
    public static final String JSON_ID = "export-json";

    private final PlaygroundModel model;
    private final PlotArea plotArea;
    private final Node charts;
    private final Supplier<Window> owner;
    private final BackgroundWork background;
    /** What the heap can still hold, asked afresh before each picture or animation is started. */
    private Supplier<PictureMemory> memory = PictureMemory::ofThisJvm;
    private PngExportOptions lastPng = PngExportOptions.defaults();
    private File lastFolder;

    public ExportActions(PlaygroundModel model, PlotArea plotArea, Node charts, Window owner) {
        this(model, plotArea, charts, () -> owner);
    }

    /** @param owner the window dialogs belong to, asked for each time (it may not exist yet) */
    public ExportActions(PlaygroundModel model, PlotArea plotArea, Node charts, Supplier<Window> owner) {
        this(model, plotArea, charts, owner, new FxBackgroundWork("export", 1));
    }

    /** @param background where contours are computed and files written, off the JavaFX thread */
    public ExportActions(PlaygroundModel model, PlotArea plotArea, Node charts, Supplier<Window> owner,
                         BackgroundWork background) {
        this.model = model;
        this.plotArea = plotArea;
        this.charts = charts;
        this.owner = owner;
        this.background = background;
    }

    /**
     * Export PNG (Shortcut+E), GIF (Shortcut+Shift+E), video (Shortcut+Alt+E), Copy
     * (Shortcut+Shift+C), CSV, JSON.
     */
    public List<Action> actions() {
        return List.of(
                new Action(PNG_ID, Messages.get("export.menu.png"), new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                        this::exportPng),
                new Action(GIF_ID, Messages.get("export.menu.gif"), new KeyCodeCombination(KeyCode.E,
                        KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::exportGif),
                new Action(VIDEO_ID, Messages.get("export.menu.video"), new KeyCodeCombination(KeyCode.E,
                        KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN), this::exportVideo),
                new Action(COPY_ID, Messages.get("export.menu.copy"), new KeyCodeCombination(KeyCode.C,
                        KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::copySnapshot),
                new Action(CSV_ID, Messages.get("export.menu.csv"), null, this::exportCsv),
                new Action(JSON_ID, Messages.get("export.menu.json"), null, this::exportJson));
    }

    /** Ready menu items, one per {@link #actions()}. */
    public List<MenuItem> menuItems() {
        return actions().stream().map(Action::menuItem).toList();
    }

    // =============================================================== PNG

    public void exportPng() {
        if (nothingToExport()) {
            return;
        }
        PngExportForm form = new PngExportForm(lastPng);
        Optional<PngExportOptions> chosen = ask(Messages.get("export.png.title"), form, form::options);
        if (chosen.isEmpty()) {
            return;
        }
        lastPng = chosen.get();
        Path target = chooseFile(Messages.get("export.png.save-as"), baseName() + ".png",
                Messages.get("export.png.file-kind"), "*.png");
        if (target != null) {
            writePng(target, chosen.get()).whenComplete((path, failure) -> reportFailure("PNG", failure));
        }
    }

    /**
     * Renders and saves the picture; call on the JavaFX thread. The plot is redrawn at scale × its
     * on-screen size (contours recomputed at that size); "plot + charts + legend" is the plot area
     * and the charts as shown, snapshotted at scale ×.
     */
    public CompletableFuture<Path> writePng(Path target, PngExportOptions options) {
        String description = content().description(options.title());
        CompletableFuture<Path> written = new CompletableFuture<>();
        double s = options.scale();
        if (options.content() == PngExportOptions.Content.PLOT) {
            PictureSpec spec = new PictureSpec((int) Math.round(plotArea.getWidth() * s),
                    (int) Math.round(plotArea.getHeight() * s), s, options.title(), true, options.caption());
            try {
                memory.get().check(spec.width(), spec.height(), PictureMemory.Output.PICTURE);
            } catch (IllegalArgumentException e) {
                written.completeExceptionally(e);
                return written;
            }
            ExportRenderer renderer = new ExportRenderer(spec, content(), List.of(model.playback().step()));
            int step = model.playback().step();
            background.submit(() -> renderer.computeContours(new CancellationToken()), contours -> {
                int[] argb;
                try {
                    renderer.setContours(contours);
                    argb = renderer.render(step);
                } catch (RuntimeException e) {
                    written.completeExceptionally(e);
                    return;
                } catch (OutOfMemoryError e) {
                    written.completeExceptionally(PictureMemory.ranOut(spec.width(), spec.height(), e));
                    return;
                }
                savePng(target, argb, spec.width(), spec.height(), description, written);
            }, written::completeExceptionally);
        } else {
            // The snapshots side by side, with the title and the caption (a little over the two).
            int width = (int) Math.ceil((plotArea.getWidth() + charts.getLayoutBounds().getWidth()) * s);
            int height = (int) Math.ceil(Math.max(plotArea.getHeight(), charts.getLayoutBounds().getHeight()) * s * 1.25);
            try {
                memory.get().check(width, height, PictureMemory.Output.PICTURE);
                WritableImage image = composite(options);
                savePng(target, argb(image), (int) image.getWidth(), (int) image.getHeight(), description, written);
            } catch (IllegalArgumentException e) {
                written.completeExceptionally(e);
            } catch (OutOfMemoryError e) {
                written.completeExceptionally(PictureMemory.ranOut(width, height, e));
            }
        }
        return written;
    }

    /** For tests: what the heap is taken to hold (a small budget instead of a huge picture). */
    void setMemory(Supplier<PictureMemory> memory) {
        this.memory = memory;
    }

    /** Encodes and writes the pixels in the background, then completes {@code written}. */
    private void savePng(Path target, int[] argb, int width, int height, String description,
                         CompletableFuture<Path> written) {
        background.submit(() -> {
            try {
                AtomicFiles.write(target, out -> PngEncoder.write(out, argb, width, height, description));
                return target;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, written::complete, written::completeExceptionally);
    }

    /** Plot area and charts side by side at scale ×, with the title above and the caption below. */
    private WritableImage composite(PngExportOptions options) {
        double s = options.scale();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(s, s));
        parameters.setFill(Color.WHITE);
        WritableImage plot = plotArea.snapshot(parameters, null);
        WritableImage side = charts.snapshot(parameters, null);
        double width = plot.getWidth() + side.getWidth();
        double titleHeight = options.title() == null ? 0 : 34 * s;
        CaptionPainter caption = new CaptionPainter(options.caption() ? model.runs().runs() : List.of(), width, s);
        double body = Math.max(plot.getHeight(), side.getHeight());
        Canvas canvas = new Canvas(width, Math.ceil(titleHeight + body + caption.height()));
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (options.title() != null) {
            gc.setFill(Color.web("#222222"));
            gc.setFont(Font.font("System", FontWeight.BOLD, 17 * s));
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(options.title(), width / 2, titleHeight / 2);
        }
        gc.drawImage(plot, 0, titleHeight);
        gc.drawImage(side, plot.getWidth(), titleHeight);
        caption.paint(gc, titleHeight + body);
        return canvas.snapshot(null, null);
    }

    // =============================================================== clipboard

    /** Puts what the plot area shows now on the system clipboard as an image. */
    public void copySnapshot() {
        ClipboardContent content = new ClipboardContent();
        content.putImage(snapshot());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        if (plotArea.getScene() != null && plotArea.getScene().getWindow() != null) {
            Notifications.create()
                    .owner(plotArea.getScene().getWindow())
                    .text(Messages.get("export.copied"))
                    .hideAfter(Duration.seconds(2.5))
                    .position(Pos.BOTTOM_RIGHT)
                    .showInformation();
        }
    }

    /** The plot area as on screen (overlay or side by side, with its legend). */
    public Image snapshot() {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        return plotArea.snapshot(parameters, null);
    }

    // =============================================================== GIF and MP4

    public void exportGif() {
        exportAnimation(AnimationFormat.GIF);
    }

    public void exportVideo() {
        exportAnimation(AnimationFormat.MP4);
    }

    private void exportAnimation(AnimationFormat format) {
        if (nothingToExport()) {
            return;
        }
        int lastStep = content().lastStep();
        AnimationExportForm form = new AnimationExportForm(AnimationExportOptions.defaults(format, lastStep), lastStep);
        Optional<AnimationExportOptions> chosen = ask(Messages.get("export.animation.title", FormatLabel.of(format)), form,
                form::options);
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chooseFile(Messages.get("export.animation.save-as", FormatLabel.of(format)),
                baseName() + "." + format.extension(), FormatLabel.of(format), "*." + format.extension());
        if (target == null) {
            return;
        }
        AnimationExportJob job;
        try {
            job = startAnimation(target, chosen.get());
        } catch (IllegalArgumentException e) {
            reportFailure(FormatLabel.of(format), e); // too large for the heap: said before a frame is drawn
            return;
        }
        new ExportProgressWindow(owner.get(), job, target).show();
        job.result().whenComplete((path, failure) -> reportFailure(FormatLabel.of(format), failure));
    }

    /**
     * Starts writing the animation (GIF or MP4) in the background; call on the JavaFX thread.
     *
     * @throws IllegalArgumentException before anything starts, when the heap cannot hold an
     *     animation of that size ("a 8000×8000 GIF needs about 4.3 GB of memory, …")
     */
    public AnimationExportJob startAnimation(Path target, AnimationExportOptions options) {
        PictureSpec picture = options.picture();
        memory.get().check(picture.width(), picture.height(), options.format().memory());
        List<Integer> steps = options.steps();
        ExportRenderer renderer = new ExportRenderer(options.picture(), content(), steps);
        AnimationExportJob job = new AnimationExportJob(renderer, options.format(), steps, options.fps(), target);
        job.start();
        return job;
    }

    // =============================================================== trajectories

    public void exportCsv() {
        if (nothingToExport()) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("export.csv.folder"));
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder);
        }
        File folder = chooser.showDialog(owner.get());
        if (folder != null) {
            lastFolder = folder;
            // Read the model here, on the FX thread; only the immutable trajectories go to the writer.
            String name = baseName();
            List<LaneTrajectory> lanes = lanes();
            run("CSV", () -> TrajectoryExport.writeCsvFiles(folder.toPath(), name, lanes));
        }
    }

    /** One CSV per visible lane, each exactly what {@code trace} prints for it. Call on the FX thread. */
    public List<Path> writeCsv(Path folder) throws IOException {
        return TrajectoryExport.writeCsvFiles(folder, baseName(), lanes());
    }

    public void exportJson() {
        if (nothingToExport()) {
            return;
        }
        Path target = chooseFile(Messages.get("export.json.save-as"), baseName() + ".json", "JSON", "*.json");
        if (target != null) {
            List<LaneTrajectory> lanes = lanes();
            run("JSON", () -> {
                TrajectoryExport.writeJson(target, lanes);
                return target;
            });
        }
    }

    /** Every visible lane's trajectory in one JSON file. Call on the FX thread. */
    public void writeJson(Path file) throws IOException {
        TrajectoryExport.writeJson(file, lanes());
    }

    private List<LaneTrajectory> lanes() {
        List<LaneTrajectory> lanes = new ArrayList<>();
        for (LaneRun run : model.runs().runs()) {
            lanes.add(new LaneTrajectory(run.lane().id(), run.trajectory()));
        }
        return lanes;
    }

    // =============================================================== helpers

    private PlotContent content() {
        return PlotContent.of(model);
    }

    private boolean nothingToExport() {
        if (model.runs().isEmpty() || model.surface() == null) {
            error(Messages.get("export.nothing"), Messages.get("export.nothing.detail"));
            return true;
        }
        return false;
    }

    /** The preset's id, or "surface" for a typed formula: the start of every suggested file name. */
    private String baseName() {
        return model.presetProperty().get() != null ? model.presetProperty().get().id() : "surface";
    }

    private <T> Optional<T> ask(String title, Node form, Supplier<T> read) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(Messages.get("export.button"));
        // JavaFX names its own Cancel by the JVM's locale, not by the language the window speaks.
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(Messages.get("export.cancel"));
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                read.get();
            } catch (IllegalArgumentException invalid) {
                e.consume(); // the form shows what is wrong; the dialog stays open
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? read.get() : null);
        return dialog.showAndWait();
    }

    private Path chooseFile(String title, String suggested, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return null;
        }
        lastFolder = file.getParentFile();
        return file.toPath();
    }

    private interface Work {
        Object run() throws IOException;
    }

    private void run(String what, Work work) {
        background.submit(() -> {
            try {
                return work.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, done -> { }, failure -> reportFailure(what, failure));
    }

    private void reportFailure(String what, Throwable failure) {
        if (failure == null) {
            return;
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof java.util.concurrent.CancellationException) {
            return; // the person cancelled: nothing to report
        }
        if (cause instanceof UncheckedIOException io) {
            cause = io.getCause();
        }
        String message = cause.getMessage() != null ? cause.getMessage() : cause.toString();
        Platform.runLater(() -> error(Messages.get("export.failed", what), message));
    }

    private void error(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setHeaderText(header);
        alert.show();
    }

    private static int[] argb(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return pixels;
    }
}
