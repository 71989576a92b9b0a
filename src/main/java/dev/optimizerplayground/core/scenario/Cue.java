package dev.optimizerplayground.core.scenario;

import dev.optimizerplayground.core.text.Messages;
import java.util.Objects;

/**
 * A page of a lesson that appears when playback reaches its step ("watch η_eff of y climb"), and
 * where playback pauses until the teacher goes on.
 *
 * @param step the step at which the page appears, 0 or more (a cue after the run's last step is
 *             never reached, which is not an error: the step budget may be raised again)
 * @param text what to watch, not blank
 */
public record Cue(int step, String text) {

    public Cue {
        Objects.requireNonNull(text, "text");
        if (step < 0) {
            throw new IllegalArgumentException(Messages.get("error.cue.step", step));
        }
        text = text.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("error.cue.no-text", step));
        }
    }
}
