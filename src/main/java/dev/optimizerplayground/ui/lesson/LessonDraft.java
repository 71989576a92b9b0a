package dev.optimizerplayground.ui.lesson;

import dev.optimizerplayground.core.scenario.Cue;
import dev.optimizerplayground.core.scenario.Lesson;
import dev.optimizerplayground.core.scenario.LessonText;
import dev.optimizerplayground.core.text.Language;
import dev.optimizerplayground.core.text.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A lesson being written, in one language, before it is applied: the view model of the lesson
 * editor (it holds no control). It shows the lesson's words in the editing language — its
 * translation into that language when it has one, else its own words — and checks every cue as it
 * is typed.
 *
 * <p>What applying does to the lesson's other languages, the rule Help states:
 * <ul>
 *   <li>Cue steps are shared by every language; a cue moved to another step keeps its words in the
 *       other languages (they follow it when the cues are sorted again).</li>
 *   <li>Editing the words of a language changes only that language's words.</li>
 *   <li>Adding or removing a cue leaves the other languages with a cue they have no words for, or
 *       words for a cue that is gone: those languages are removed, and the words written here
 *       become the lesson's only words. {@link #noticeProperty()} says so before it happens.</li>
 * </ul>
 */
public final class LessonDraft {

    /** How a cue row stands: fine, reachable only with more steps (allowed), or not applicable. */
    public enum Verdict { OK, WARNING, ERROR }

    /** One cue as written. It remembers which of the lesson's cues it came from, so its other languages can follow it. */
    public static final class CueRow {
        /** The index of the lesson's cue this row edits, or -1 for a cue added here. */
        private final int origin;
        private final IntegerProperty step = new SimpleIntegerProperty(this, "step");
        private final StringProperty text = new SimpleStringProperty(this, "text", "");
        private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict", Verdict.OK);
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

        CueRow(int origin, int step, String text) {
            this.origin = origin;
            this.step.set(step);
            this.text.set(text);
        }

        /** The step the cue appears at, 0 or more. */
        public IntegerProperty stepProperty() {
            return step;
        }

        public StringProperty textProperty() {
            return text;
        }

        public ReadOnlyObjectProperty<Verdict> verdictProperty() {
            return verdict.getReadOnlyProperty();
        }

        /** Why the row cannot be applied, or what to know about it; "" when all is well. */
        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }
    }

    private final Language language;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObservableList<CueRow> cues = FXCollections.observableArrayList(
            row -> new Observable[] {row.step, row.text});
    private final IntegerProperty lastStep = new SimpleIntegerProperty(this, "lastStep", Integer.MAX_VALUE);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed", false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private Lesson original = Lesson.NONE;

    /** @param language the language whose words are edited (the interface's) */
    public LessonDraft(Language language) {
        this.language = Objects.requireNonNull(language, "language");
        title.addListener(o -> check());
        text.addListener(o -> check());
        cues.addListener((Observable o) -> check());
        lastStep.addListener(o -> check());
    }

    /** Starts over from this lesson's words in the editing language. */
    public void load(Lesson lesson) {
        original = Objects.requireNonNull(lesson, "lesson");
        LessonText words = lesson.in(language);
        List<CueRow> rows = new ArrayList<>();
        for (int i = 0; i < lesson.cues().size(); i++) {
            rows.add(new CueRow(i, lesson.cues().get(i).step(), words.cues().get(i)));
        }
        title.set(words.title());
        text.set(words.description());
        cues.setAll(rows);
        check();
    }

    /** The lesson this draft started from (or was last applied as). */
    public Lesson original() {
        return original;
    }

    /** Whether the words edited are a translation of the lesson rather than its own words. */
    public boolean editsTranslation() {
        return original.translations().containsKey(language);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The cues in the order of their steps (after {@link #sort()}), each with its verdict. */
    public ObservableList<CueRow> cues() {
        return cues;
    }

    /** The run's last step: a cue after it is allowed, with a warning that it is never reached. */
    public IntegerProperty lastStepProperty() {
        return lastStep;
    }

    /** False while a cue has no text or shares its step with another. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Whether applying would change the lesson. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** What applying will remove (the other languages, when the cues no longer match them); "" when nothing. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /**
     * Adds an empty cue at this step, in its place among the others; when a cue is already there,
     * that one is returned instead, since two cues cannot share a step.
     */
    public CueRow addCueAt(int step) {
        for (CueRow row : cues) {
            if (row.step.get() == step) {
                return row;
            }
        }
        CueRow row = new CueRow(-1, step, "");
        int at = 0;
        while (at < cues.size() && cues.get(at).step.get() < step) {
            at++;
        }
        cues.add(at, row);
        return row;
    }

    public void remove(CueRow row) {
        cues.remove(row);
    }

    /** Puts the rows back in the order of their steps (after a step was edited); true when any moved. */
    public boolean sort() {
        List<CueRow> sorted = new ArrayList<>(cues);
        sorted.sort(Comparator.comparingInt(row -> row.step.get()));
        if (sorted.equals(cues)) {
            return false;
        }
        cues.setAll(sorted);
        return true;
    }

    /**
     * The lesson as written, following the rules in the class comment.
     *
     * @throws IllegalStateException while the draft is not {@link #validProperty() valid}
     */
    public Lesson toLesson() {
        if (!valid.get()) {
            throw new IllegalStateException("the lesson has cues that cannot be applied");
        }
        List<CueRow> rows = new ArrayList<>(cues);
        rows.sort(Comparator.comparingInt(row -> row.step.get()));
        List<String> texts = rows.stream().map(row -> row.text.get().strip()).toList();
        String newTitle = title.get().strip();
        String newText = text.get().strip();
        if (!sameCuesAsOriginal(rows)) {
            List<Cue> written = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                written.add(new Cue(rows.get(i).step.get(), texts.get(i)));
            }
            return new Lesson(newTitle, newText, written, Map.of());
        }
        // The same cues, perhaps moved: every language's words follow their cue.
        Map<Language, LessonText> translations = new EnumMap<>(Language.class);
        for (Map.Entry<Language, LessonText> t : original.translations().entrySet()) {
            translations.put(t.getKey(), new LessonText(t.getValue().title(), t.getValue().description(),
                    reordered(t.getValue().cues(), rows)));
        }
        List<String> ownTexts = original.cues().stream().map(Cue::text).toList();
        List<String> ownWords = reordered(ownTexts, rows);
        String ownTitle = original.title();
        String ownText = original.description();
        if (editsTranslation()) {
            translations.put(language, new LessonText(newTitle, newText, texts));
        } else {
            ownWords = texts;
            ownTitle = newTitle;
            ownText = newText;
        }
        List<Cue> cuesOut = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            cuesOut.add(new Cue(rows.get(i).step.get(), ownWords.get(i)));
        }
        return new Lesson(ownTitle, ownText, cuesOut, translations);
    }

    /** Whether the rows are exactly the original cues (each once, none added), in whatever order. */
    private boolean sameCuesAsOriginal(List<CueRow> rows) {
        if (rows.size() != original.cues().size()) {
            return false;
        }
        Set<Integer> origins = new HashSet<>();
        for (CueRow row : rows) {
            if (row.origin < 0 || !origins.add(row.origin)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> reordered(List<String> byOrigin, List<CueRow> rows) {
        return rows.stream().map(row -> byOrigin.get(row.origin)).toList();
    }

    private void check() {
        boolean ok = true;
        for (CueRow row : cues) {
            int step = row.step.get();
            long sharing = cues.stream().filter(other -> other.step.get() == step).count();
            if (row.text.get().isBlank()) {
                judge(row, Verdict.ERROR, Messages.get("lesson.editor.cue.empty"));
            } else if (sharing > 1) {
                judge(row, Verdict.ERROR, Messages.get("lesson.editor.cue.same-step", step));
            } else if (step > lastStep.get()) {
                judge(row, Verdict.WARNING, Messages.get("lesson.editor.cue.beyond", lastStep.get()));
            } else {
                judge(row, Verdict.OK, "");
            }
            ok &= row.verdict.get() != Verdict.ERROR;
        }
        valid.set(ok);
        changed.set(!ok || !toLesson().equals(original));
        notice.set(dropNotice(cues));
    }

    private static void judge(CueRow row, Verdict verdict, String message) {
        row.verdict.set(verdict);
        row.message.set(message);
    }

    /** The one line saying which languages applying removes, "" when none. */
    private String dropNotice(List<CueRow> rows) {
        if (original.translations().isEmpty() || sameCuesAsOriginal(rows)) {
            return "";
        }
        if (editsTranslation()) {
            return Messages.get("lesson.editor.notice.drop-others", languageName(language));
        }
        List<String> names = original.translations().keySet().stream().map(LessonDraft::languageName).toList();
        return Messages.get("lesson.editor.notice.drop-translation",
                String.join(Messages.get("lesson.editor.list-separator"), names));
    }

    /** A language's name as it reads inside a sentence ("the Chinese translation"). */
    static String languageName(Language language) {
        return switch (language) {
            case ENGLISH -> Messages.get("lesson.editor.language.en");
            case CHINESE -> Messages.get("lesson.editor.language.zh");
        };
    }
}
