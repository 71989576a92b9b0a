package dev.optimizerplayground.ui.sweep;

import dev.optimizerplayground.ui.MainWindow;
import dev.optimizerplayground.ui.files.AlertErrorReporter;
import dev.optimizerplayground.ui.files.FxFilePicker;
import dev.optimizerplayground.ui.model.FxBackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window that shows the sweep view beside the main window. It computes only while it is open:
 * closing it cancels the computation.
 */
public final class SweepWindow {

    private final PlaygroundModel playground;
    private final Supplier<Window> owner;
    private Stage stage;

    public SweepWindow(PlaygroundModel playground, Supplier<Window> owner) {
        this.playground = playground;
        this.owner = owner;
    }

    /** "Sweep hyperparameters…" (Ctrl+K), for a menu. */
    public MenuItem menuItem() {
        MenuItem item = new MenuItem("Sweep hyperparameters…");
        item.setId("menu-sweep");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+K"));
        item.setOnAction(e -> show());
        return item;
    }

    public void show() {
        if (stage == null) {
            stage = create();
        }
        stage.show();
        stage.toFront();
    }

    private Stage create() {
        SweepModel model = new SweepModel(playground, new FxBackgroundWork("sweep", 1), Platform::runLater);
        Stage window = new Stage();
        window.initOwner(owner.get());
        window.setTitle("Sweep hyperparameters");
        SweepView view = new SweepView(model, new FxFilePicker(() -> window), new AlertErrorReporter(() -> window));
        // The ring follows the lane's setting when it is changed in the main window.
        playground.runsProperty().addListener(o -> view.draw());
        Scene scene = new Scene(view, 980, 720);
        MainWindow.installStylesheets(scene);
        window.setScene(scene);
        model.activeProperty().bind(window.showingProperty());
        return window;
    }
}
