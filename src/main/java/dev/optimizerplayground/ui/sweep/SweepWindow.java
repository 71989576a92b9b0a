package dev.optimizerplayground.ui.sweep;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.ui.actions.Action;
import dev.optimizerplayground.ui.files.AlertErrorReporter;
import dev.optimizerplayground.ui.files.FxFilePicker;
import dev.optimizerplayground.ui.model.FxBackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
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

    /** Tools ▸ Sweep hyperparameters… (Ctrl+K). */
    public Action action() {
        return new Action("menu-sweep", Messages.get("sweep.menu"), KeyCombination.keyCombination("Shortcut+K"),
                this::show);
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
        window.setTitle(Messages.get("sweep.title"));
        SweepView view = new SweepView(model, new FxFilePicker(() -> window), new AlertErrorReporter(() -> window));
        // The ring follows the lane's setting when it is changed in the main window.
        playground.runsProperty().addListener(o -> view.draw());
        Scene scene = new Scene(view, 980, 720);
        // The main window's look: its stylesheets, which also style the controls used here.
        scene.getStylesheets().setAll(owner.get().getScene().getStylesheets());
        window.setScene(scene);
        model.activeProperty().bind(window.showingProperty());
        return window;
    }
}
