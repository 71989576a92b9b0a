package dev.optimizerplayground.ui.controls;

import dev.optimizerplayground.core.text.Language;
import dev.optimizerplayground.core.text.Messages;
import java.util.List;

/**
 * The rules a scene's text needs for the language in use: while the interface is in Chinese,
 * {@code chinese.css} (which says why the font itself stays the theme's); nothing otherwise.
 */
public final class LanguageFont {

    static final String CHINESE_STYLESHEET =
            LanguageFont.class.getResource("/dev/optimizerplayground/ui/controls/chinese.css").toExternalForm();

    private LanguageFont() {
    }

    /**
     * Adds or removes the Chinese rules to suit the language now in use, on the stylesheets of a
     * scene or of a dialog's pane (the root of the dialog's own scene).
     */
    public static void apply(List<String> sheets) {
        sheets.remove(CHINESE_STYLESHEET);
        if (Messages.language() == Language.CHINESE) {
            sheets.add(CHINESE_STYLESHEET);
        }
    }
}
