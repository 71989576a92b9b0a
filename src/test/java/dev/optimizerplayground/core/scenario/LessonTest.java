package dev.optimizerplayground.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.optimizerplayground.core.text.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LessonTest {

    private final Lesson lesson = new Lesson("Valley", "Press play.",
            List.of(new Cue(0, "Both start together."), new Cue(40, "Watch y."), new Cue(120, "Now x.")),
            Map.of(Language.CHINESE, new LessonText("山谷", "按播放。", List.of("一起出发。", "看 y。", "再看 x。"))));

    @Test
    void thePageOnScreenIsTheLastCueReached() {
        Lesson noStart = new Lesson("t", "d", List.of(new Cue(10, "a"), new Cue(20, "b")), Map.of());
        assertThat(noStart.pageAt(0)).isEqualTo(-1);
        assertThat(noStart.pageAt(9)).isEqualTo(-1);
        assertThat(noStart.pageAt(10)).isZero();
        assertThat(noStart.pageAt(19)).isZero();
        assertThat(noStart.pageAt(500)).isEqualTo(1);
        assertThat(lesson.pageAt(0)).isZero();
    }

    @Test
    void playbackPausesAtTheNextCueWithinTheRun() {
        assertThat(lesson.nextCueAfter(0, 200)).isEqualTo(1);
        assertThat(lesson.nextCueAfter(39, 200)).isEqualTo(1);
        assertThat(lesson.nextCueAfter(40, 200)).isEqualTo(2);
        assertThat(lesson.nextCueAfter(40, 100)).isEqualTo(-1); // beyond the last step: never reached
        assertThat(lesson.nextCueAfter(120, 200)).isEqualTo(-1);
    }

    @Test
    void theWordsFollowTheLanguageWhenTranslated() {
        assertThat(lesson.in(Language.CHINESE).title()).isEqualTo("山谷");
        assertThat(lesson.in(Language.ENGLISH)).isEqualTo(
                new LessonText("Valley", "Press play.", List.of("Both start together.", "Watch y.", "Now x.")));
        Lesson untranslated = new Lesson("Mine", "My words.");
        assertThat(untranslated.in(Language.CHINESE).title()).isEqualTo("Mine");
    }

    @Test
    void cuesAreInStepOrderWithOnePerStepAndTranslationsMatchThem() {
        assertThatThrownBy(() -> new Lesson("t", "d", List.of(new Cue(5, "a"), new Cue(5, "b")), Map.of()))
                .hasMessageContaining("one per step");
        assertThatThrownBy(() -> new Lesson("t", "d", List.of(new Cue(5, "a")),
                Map.of(Language.CHINESE, new LessonText("题", "", List.of()))))
                .hasMessage("the zh translation has 0 cues, the lesson 1");
        assertThatThrownBy(() -> new Cue(3, "  ")).hasMessage("the cue at step 3 has no text");
        assertThat(new Cue(3, "  watch  ").text()).isEqualTo("watch");
        assertThat(Lesson.NONE.isEmpty()).isTrue();
        assertThat(new Lesson("", "", List.of(new Cue(1, "a")), Map.of()).isEmpty()).isFalse();
    }
}
