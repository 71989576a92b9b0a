package dev.optimizerplayground.ui.controls;

import dev.optimizerplayground.core.text.Language;
import dev.optimizerplayground.core.text.Messages;
import java.util.List;

/**
 * The font a scene's text is written in for the language in use: Simplified Chinese glyph forms
 * while the interface is in Chinese (why, in {@code chinese.css}), the theme's font otherwise.
 */
public final class LanguageFont {

    static final String CHINESE_STYLESHEET =
            LanguageFont.class.getResource("/dev/optimizerplayground/ui/controls/chinese.css").toExternalForm();

    private LanguageFont() {
    }

    /**
     * Adds or removes the Chinese font rule to suit the language now in use, on the stylesheets of a
     * scene or of a dialog's pane (the root of the dialog's own scene).
     */
    public static void apply(List<String> sheets) {
        sheets.remove(CHINESE_STYLESHEET);
        if (Messages.language() == Language.CHINESE) {
            sheets.add(CHINESE_STYLESHEET);
        }
    }
}
