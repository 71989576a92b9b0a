package dev.optimizerplayground.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.scenario.Cue;
import dev.optimizerplayground.core.scenario.Lesson;
import dev.optimizerplayground.session.CuePlayback.Advance;
import dev.optimizerplayground.session.CuePlayback.Stop;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CuePlaybackTest {

    private static Lesson cuesAt(int... steps) {
        List<Cue> cues = new ArrayList<>();
        for (int step : steps) {
            cues.add(new Cue(step, "at " + step));
        }
        return new Lesson("title", "text", cues, Map.of());
    }

    /** Plays frame after frame of {@code perFrame} steps from {@code from}, going on at each cue; the steps it paused at. */
    private static List<Integer> pausesWhilePlaying(Lesson lesson, int from, int perFrame, int lastStep) {
        List<Integer> pauses = new ArrayList<>();
        int step = from;
        while (true) {
            Advance next = CuePlayback.advance(lesson, step, perFrame, lastStep);
            step = next.step();
            if (next.stop() == Stop.CUE) {
                pauses.add(step);
            } else if (next.stop() == Stop.END) {
                return pauses;
            }
        }
    }

    @Test
    void aFrameThatCoversManyStepsStopsExactlyAtTheCueOnItsWay() {
        Lesson lesson = cuesAt(40, 41, 900);
        // 5000 steps/s at the longest frame (0.1 s) is 500 steps in one frame.
        assertThat(CuePlayback.advance(lesson, 0, 500, 3000)).isEqualTo(new Advance(40, Stop.CUE));
        // Going on from a cue does not stop at it again, but at the very next step's cue.
        assertThat(CuePlayback.advance(lesson, 40, 500, 3000)).isEqualTo(new Advance(41, Stop.CUE));
        assertThat(CuePlayback.advance(lesson, 41, 500, 3000)).isEqualTo(new Advance(541, Stop.NONE));
        assertThat(CuePlayback.advance(lesson, 541, 500, 3000)).isEqualTo(new Advance(900, Stop.CUE));
    }

    @Test
    void atEverySpeedEachReachableCueIsAPauseOnce() {
        Lesson lesson = cuesAt(0, 7, 40, 199, 200);
        for (int perFrame : new int[] {0, 1, 3, 39, 40, 41, 500, Integer.MAX_VALUE}) {
            if (perFrame == 0) {
                assertThat(CuePlayback.advance(lesson, 3, 0, 200)).isEqualTo(new Advance(3, Stop.NONE));
                continue;
            }
            assertThat(pausesWhilePlaying(lesson, 0, perFrame, 200)).as("%d steps a frame", perFrame)
                    .containsExactly(7, 40, 199, 200);
        }
    }

    @Test
    void aCueAtTheLastStepIsAPauseThereNotJustTheEnd() {
        Lesson lesson = cuesAt(200);
        assertThat(CuePlayback.advance(lesson, 150, 500, 200)).isEqualTo(new Advance(200, Stop.CUE));
        assertThat(CuePlayback.advance(cuesAt(), 150, 500, 200)).isEqualTo(new Advance(200, Stop.END));
    }

    @Test
    void aCueAtStepZeroIsTheFirstPageAndPlayingFromItDoesNotPause() {
        Lesson lesson = cuesAt(0, 50);
        assertThat(lesson.pageAt(0)).isZero();
        assertThat(CuePlayback.advance(lesson, 0, 10, 200)).isEqualTo(new Advance(10, Stop.NONE));
        assertThat(pausesWhilePlaying(lesson, 0, 500, 200)).containsExactly(50);
    }

    @Test
    void cuesBeyondALoweredStepBudgetAreNeverWaitedFor() {
        Lesson lesson = cuesAt(40, 300);
        assertThat(pausesWhilePlaying(lesson, 0, 25, 100)).containsExactly(40);
        assertThat(pausesWhilePlaying(lesson, 0, 25, 30)).isEmpty();
        assertThat(CuePlayback.advance(lesson, 20, 500, 30)).isEqualTo(new Advance(30, Stop.END));
    }

    @Test
    void pageKeysGoFromCueToCueAndBackToTheLessonsOwnTextAtStepZero() {
        Lesson lesson = cuesAt(40, 120, 300);
        assertThat(CuePlayback.nextPageStep(lesson, 0, 200)).isEqualTo(40);
        assertThat(CuePlayback.nextPageStep(lesson, 40, 200)).isEqualTo(120);
        assertThat(CuePlayback.nextPageStep(lesson, 77, 200)).isEqualTo(120);
        assertThat(CuePlayback.nextPageStep(lesson, 150, 200)).as("step 300 is past the run's end").isEqualTo(-1);
        assertThat(CuePlayback.nextPageStep(lesson, 300, 300)).as("the last page").isEqualTo(-1);

        assertThat(CuePlayback.previousPageStep(lesson, 150)).isEqualTo(40);
        assertThat(CuePlayback.previousPageStep(lesson, 120)).isEqualTo(40);
        assertThat(CuePlayback.previousPageStep(lesson, 77)).as("from the first cue, the intro").isZero();
        assertThat(CuePlayback.previousPageStep(lesson, 10)).isZero();
        assertThat(CuePlayback.previousPageStep(cuesAt(0, 60), 60)).isZero();
    }
}
