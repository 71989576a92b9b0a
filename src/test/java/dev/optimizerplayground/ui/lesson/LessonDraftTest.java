package dev.optimizerplayground.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.optimizerplayground.core.scenario.Cue;
import dev.optimizerplayground.core.scenario.Lesson;
import dev.optimizerplayground.core.scenario.LessonText;
import dev.optimizerplayground.core.text.Language;
import dev.optimizerplayground.ui.lesson.LessonDraft.CueRow;
import dev.optimizerplayground.ui.lesson.LessonDraft.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LessonDraftTest {

    /** English words with a Chinese translation, as a shipped lesson has. */
    static final Lesson BILINGUAL = new Lesson("Valley", "Watch the valley.",
            List.of(new Cue(10, "y overshoots"), new Cue(50, "x crawls")),
            Map.of(Language.CHINESE, new LessonText("山谷", "观察山谷。", List.of("y 方向来回振荡", "x 方向缓慢前进"))));

    private static LessonDraft draftOf(Lesson lesson, Language language) {
        LessonDraft draft = new LessonDraft(language);
        draft.lastStepProperty().set(200);
        draft.load(lesson);
        return draft;
    }

    @Test
    void showsTheLessonsOwnWordsOrItsTranslationIntoTheEditingLanguage() {
        LessonDraft english = draftOf(BILINGUAL, Language.ENGLISH);
        assertThat(english.titleProperty().get()).isEqualTo("Valley");
        assertThat(english.cues()).extracting(row -> row.textProperty().get()).containsExactly("y overshoots", "x crawls");
        assertThat(english.editsTranslation()).isFalse();

        LessonDraft chinese = draftOf(BILINGUAL, Language.CHINESE);
        assertThat(chinese.editsTranslation()).isTrue();
        assertThat(chinese.titleProperty().get()).isEqualTo("山谷");
        assertThat(chinese.textProperty().get()).isEqualTo("观察山谷。");
        assertThat(chinese.cues()).extracting(row -> row.textProperty().get())
                .containsExactly("y 方向来回振荡", "x 方向缓慢前进");
        assertThat(chinese.changedProperty().get()).as("nothing edited yet").isFalse();
        assertThat(chinese.noticeProperty().get()).isEmpty();
    }

    @Test
    void editingATranslationChangesOnlyThatLanguagesWords() {
        LessonDraft chinese = draftOf(BILINGUAL, Language.CHINESE);
        chinese.titleProperty().set("狭长山谷");
        chinese.cues().get(1).textProperty().set("x 方向几乎不动");

        Lesson applied = chinese.toLesson();
        assertThat(applied.title()).isEqualTo("Valley");
        assertThat(applied.cues()).containsExactly(new Cue(10, "y overshoots"), new Cue(50, "x crawls"));
        assertThat(applied.in(Language.CHINESE))
                .isEqualTo(new LessonText("狭长山谷", "观察山谷。", List.of("y 方向来回振荡", "x 方向几乎不动")));
    }

    @Test
    void movingACueKeepsEveryLanguageAndItsWordsFollowTheCue() {
        LessonDraft english = draftOf(BILINGUAL, Language.ENGLISH);
        english.cues().get(0).stepProperty().set(80); // "y overshoots" now comes after "x crawls"
        assertThat(english.sort()).isTrue();
        assertThat(english.noticeProperty().get()).as("the cues still match").isEmpty();

        Lesson applied = english.toLesson();
        assertThat(applied.cues()).containsExactly(new Cue(50, "x crawls"), new Cue(80, "y overshoots"));
        assertThat(applied.in(Language.CHINESE).cues()).containsExactly("x 方向缓慢前进", "y 方向来回振荡");
    }

    @Test
    void addingACueToTheOwnWordsRemovesTheTranslationAndSaysSoFirst() {
        LessonDraft english = draftOf(BILINGUAL, Language.ENGLISH);
        CueRow added = english.addCueAt(30);
        added.textProperty().set("the paths part");

        assertThat(english.cues()).extracting(row -> row.stepProperty().get()).containsExactly(10, 30, 50);
        assertThat(english.noticeProperty().get())
                .isEqualTo("The Chinese translation will be removed: its cues no longer match.");
        Lesson applied = english.toLesson();
        assertThat(applied.translations()).isEmpty();
        assertThat(applied.cues()).extracting(Cue::text).containsExactly("y overshoots", "the paths part", "x crawls");
    }

    @Test
    void removingACueFromATranslationMakesItsWordsTheLessonsOnlyWords() {
        LessonDraft chinese = draftOf(BILINGUAL, Language.CHINESE);
        chinese.remove(chinese.cues().get(0));

        assertThat(chinese.noticeProperty().get()).contains("Chinese words become its only words");
        Lesson applied = chinese.toLesson();
        assertThat(applied).isEqualTo(new Lesson("山谷", "观察山谷。", List.of(new Cue(50, "x 方向缓慢前进")), Map.of()));
    }

    @Test
    void aCueWithoutTextOrOnATakenStepCannotBeAppliedAndOneAfterTheRunOnlyWarns() {
        LessonDraft draft = draftOf(BILINGUAL, Language.ENGLISH);
        CueRow empty = draft.addCueAt(20);
        assertThat(empty.verdictProperty().get()).isEqualTo(Verdict.ERROR);
        assertThat(empty.messageProperty().get()).isEqualTo("Write what to watch here, or remove this cue.");
        assertThat(draft.validProperty().get()).isFalse();
        assertThatThrownBy(draft::toLesson).isInstanceOf(IllegalStateException.class);

        empty.textProperty().set("both turn");
        empty.stepProperty().set(50);
        assertThat(empty.messageProperty().get()).isEqualTo("Another cue is at step 50: one cue per step.");
        assertThat(draft.cues().get(2).verdictProperty().get()).as("both rows are marked").isEqualTo(Verdict.ERROR);
        assertThat(draft.validProperty().get()).isFalse();

        empty.stepProperty().set(250);
        assertThat(empty.verdictProperty().get()).isEqualTo(Verdict.WARNING);
        assertThat(empty.messageProperty().get()).contains("last step (200)");
        assertThat(draft.validProperty().get()).isTrue();
        draft.lastStepProperty().set(300); // the budget raised: reached now
        assertThat(empty.verdictProperty().get()).isEqualTo(Verdict.OK);
        assertThat(empty.messageProperty().get()).isEmpty();
    }

    @Test
    void addingAtAStepThatHasACueGivesThatCue() {
        LessonDraft draft = draftOf(BILINGUAL, Language.ENGLISH);
        CueRow there = draft.addCueAt(50);
        assertThat(there.textProperty().get()).isEqualTo("x crawls");
        assertThat(draft.cues()).hasSize(2);
        assertThat(draft.changedProperty().get()).isFalse();
    }
}
