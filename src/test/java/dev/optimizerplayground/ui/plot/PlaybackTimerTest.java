package dev.optimizerplayground.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaybackTimerTest {

    @Test
    void framesAdvanceByTheirWallTimeButAPauseCountsAsOneShortFrame() {
        assertThat(PlaybackTimer.secondsBetween(1_000_000_000L, 1_016_666_667L)).isCloseTo(0.016666667,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(PlaybackTimer.secondsBetween(0, 5_000_000_000L)).isEqualTo(0.1);
        assertThat(PlaybackTimer.secondsBetween(10, 5)).isZero();
    }
}
