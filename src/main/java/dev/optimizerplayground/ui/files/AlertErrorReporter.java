package dev.optimizerplayground.ui.files;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.ui.controls.LanguageFont;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Reports an error in an alert over the window. */
public final class AlertErrorReporter implements ErrorReporter {

    private final Supplier<Window> owner;

    public AlertErrorReporter(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void report(String title, String message) {
        // Our own OK: JavaFX's follows the system's locale, not the language chosen in the window.
        Alert alert = new Alert(Alert.AlertType.ERROR, "",
                new ButtonType(Messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        LanguageFont.apply(alert.getDialogPane().getStylesheets());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message);
        // Long messages (a path and a parser's reason) wrap instead of being cut off with "…".
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        // show(), not showAndWait(): this may run inside a drag-and-drop handler, where a nested
        // event loop would hold the drag gesture open.
        alert.show();
    }
}
