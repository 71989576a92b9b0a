package dev.optimizerplayground.ui.export;

import dev.optimizerplayground.core.text.Messages;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * A small non-modal window showing how far an animation export (GIF or MP4) is, with a Cancel button; the main window
 * stays usable meanwhile. It closes itself when the job ends, however it ends.
 */
public final class ExportProgressWindow {

    public static final String PROGRESS_ID = "export-progress";
    public static final String CANCEL_ID = "export-cancel";

    private final Stage stage = new Stage(StageStyle.UTILITY);

    public ExportProgressWindow(Window owner, AnimationExportJob job, Path target) {
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(Messages.get("export.progress.title", FormatLabel.of(job.format())));
        Label what = new Label(Messages.get("export.progress.writing", job.frameCount(), target.getFileName()));
        ProgressBar bar = new ProgressBar();
        bar.setId(PROGRESS_ID);
        bar.setPrefWidth(320);
        // Indeterminate while the contours are computed, then the share of frames written.
        job.progressProperty().addListener((obs, old, now) -> bar.setProgress(now.doubleValue()));
        Button cancel = new Button(Messages.get("export.cancel"));
        cancel.setId(CANCEL_ID);
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> job.cancel());
        stage.setOnCloseRequest(e -> job.cancel());
        VBox root = new VBox(10, what, bar, cancel);
        root.setPadding(new Insets(14));
        stage.setScene(new Scene(root));
        job.result().whenComplete((path, failure) -> javafx.application.Platform.runLater(stage::close));
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
