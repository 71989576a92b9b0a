package dev.optimizerplayground.ui.files;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.ui.controls.LanguageFont;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks in a confirmation alert over the window; Cancel (or closing it) keeps things as they are. */
public final class AlertConfirmation implements Confirmation {

    private final Supplier<Window> owner;

    public AlertConfirmation(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        ButtonType goAhead = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        // Our own Cancel: JavaFX's follows the system's locale, not the language chosen in the window.
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, goAhead, cancel);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        LanguageFont.apply(alert.getDialogPane().getStylesheets());
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(goAhead::equals).isPresent();
    }
}
