package dev.optimizerplayground.ui.export;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.export.AnimationFormat;

/**
 * An animation format's name in the language in use ("animated GIF", "GIF 动画"), for dialog titles
 * and messages. The encoders' own {@link AnimationFormat#label()} stays English: the encoders use no
 * other layer (not even the message bundles), and the command line speaks English.
 */
final class FormatLabel {

    private FormatLabel() {
    }

    static String of(AnimationFormat format) {
        return switch (format) {
            case GIF -> Messages.get("export.format.gif");
            case MP4 -> Messages.get("export.format.mp4");
        };
    }
}
