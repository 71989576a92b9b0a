package dev.optimizerplayground.core.scenario;

import dev.optimizerplayground.core.text.Messages;
import java.util.List;
import java.util.Objects;

/**
 * A lesson's words in one language: what the lesson card shows.
 *
 * @param title short name, "" when none
 * @param description text a teacher can read aloud, "" when none
 * @param cues the text of each cue, in the lesson's cue order
 */
public record LessonText(String title, String description, List<String> cues) {

    public LessonText {
        title = Objects.requireNonNullElse(title, "").strip();
        description = Objects.requireNonNullElse(description, "").strip();
        cues = List.copyOf(cues);
        for (String cue : cues) {
            if (cue.isBlank()) {
                throw new IllegalArgumentException(Messages.get("error.cue.blank"));
            }
        }
    }
}
