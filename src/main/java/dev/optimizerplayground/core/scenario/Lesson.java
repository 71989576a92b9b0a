package dev.optimizerplayground.core.scenario;

import dev.optimizerplayground.core.text.Language;
import dev.optimizerplayground.core.text.Messages;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a scenario teaches: a title, a text to read before pressing play, and cues — pages that
 * appear at given steps and pause playback there. Its words are written in one language (whatever
 * the teacher wrote in) and may carry translations, so a shipped lesson reads in the interface's
 * language and a teacher's own lesson reads as they wrote it.
 *
 * @param title short name, "" when none
 * @param description text a teacher can read aloud, "" when none
 * @param cues the pages, in strictly increasing step order
 * @param translations the same lesson in other languages, each with one text per cue
 */
public record Lesson(String title, String description, List<Cue> cues, Map<Language, LessonText> translations) {

    public static final Lesson NONE = new Lesson("", "", List.of(), Map.of());

    /**
     * @throws IllegalArgumentException when two cues share a step, cues are out of order, or a
     *     translation has another number of cues
     */
    public Lesson {
        title = Objects.requireNonNullElse(title, "");
        description = Objects.requireNonNullElse(description, "");
        cues = List.copyOf(cues);
        for (int i = 1; i < cues.size(); i++) {
            if (cues.get(i).step() <= cues.get(i - 1).step()) {
                throw new IllegalArgumentException(
                        Messages.get("error.cue.order", cues.get(i).step(), cues.get(i - 1).step()));
            }
        }
        translations = translations.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(translations));
        for (Map.Entry<Language, LessonText> t : translations.entrySet()) {
            if (t.getValue().cues().size() != cues.size()) {
                throw new IllegalArgumentException(Messages.get("error.cue.translation-count", t.getKey().tag(),
                        t.getValue().cues().size(), cues.size()));
            }
        }
    }

    /** A lesson of a title and text only, as every scenario before cues had. */
    public Lesson(String title, String description) {
        this(title, description, List.of(), Map.of());
    }

    /** Whether there is anything to show: no title, no text, no cue. */
    public boolean isEmpty() {
        return title.isEmpty() && description.isEmpty() && cues.isEmpty();
    }

    /** The words to show in this language: its translation if the lesson has one, else its own. */
    public LessonText in(Language language) {
        LessonText translated = translations.get(language);
        if (translated != null) {
            return translated;
        }
        List<String> texts = new ArrayList<>(cues.size());
        for (Cue cue : cues) {
            texts.add(cue.text());
        }
        return new LessonText(title, description, texts);
    }

    /**
     * The page on screen at this step: the index of the last cue at or before it, or -1 while
     * no cue has been reached (the lesson's text is the page then).
     */
    public int pageAt(int step) {
        int page = -1;
        for (int i = 0; i < cues.size() && cues.get(i).step() <= step; i++) {
            page = i;
        }
        return page;
    }

    /** The first cue strictly after {@code step} and at most {@code limit}, or -1: where playback pauses next. */
    public int nextCueAfter(int step, int limit) {
        for (int i = 0; i < cues.size(); i++) {
            int at = cues.get(i).step();
            if (at > step) {
                return at <= limit ? i : -1;
            }
        }
        return -1;
    }
}
