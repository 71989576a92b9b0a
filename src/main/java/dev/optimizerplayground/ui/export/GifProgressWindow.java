package dev.optimizerplayground.ui.export;

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
 * A small non-modal window showing how far a GIF export is, with a Cancel button; the main window
 * stays usable meanwhile. It closes itself when the job ends, however it ends.
 */
public final class GifProgressWindow {

    public static final String PROGRESS_ID = "gif-progress";
    public static final String CANCEL_ID = "gif-cancel";

    private final Stage stage = new Stage(StageStyle.UTILITY);

    public GifProgressWindow(Window owner, GifExportJob job, Path target) {
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Exporting GIF");
        Label what = new Label("Writing " + job.frameCount() + " frames to " + target.getFileName());
        ProgressBar bar = new ProgressBar();
        bar.setId(PROGRESS_ID);
        bar.setPrefWidth(320);
        // Indeterminate while the contours are computed, then the share of frames written.
        job.progressProperty().addListener((obs, old, now) -> bar.setProgress(now.doubleValue()));
        Button cancel = new Button("Cancel");
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
