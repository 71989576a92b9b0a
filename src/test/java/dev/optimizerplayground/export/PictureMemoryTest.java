package dev.optimizerplayground.export;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PictureMemoryTest {

    private static final long HALF_A_GIGABYTE = 512L << 20;

    @Test
    void whatTheHeapCanHoldIsDrawn() {
        PictureMemory memory = new PictureMemory(HALF_A_GIGABYTE);
        assertThatCode(() -> memory.check(800, 600, PictureMemory.Output.PICTURE)).doesNotThrowAnyException();
        assertThatCode(() -> memory.check(2000, 2000, PictureMemory.Output.GIF)).doesNotThrowAnyException();
    }

    @Test
    void aPictureTheHeapCannotHoldIsRefusedInOneLineSayingWhatToChange() {
        PictureMemory memory = new PictureMemory(HALF_A_GIGABYTE);
        assertThatThrownBy(() -> memory.check(8000, 8000, PictureMemory.Output.GIF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a 8000×8000 GIF needs about 4.3 GB of memory, more than the 0.5 GB this Java has"
                        + " free; make the picture smaller or give Java more memory (java -Xmx5g …)");
        assertThatThrownBy(() -> memory.check(8000, 8000, PictureMemory.Output.PICTURE)).hasMessageStartingWith("a 8000×8000 picture needs");
    }

    @Test
    void aVideoIsCountedWithItsEncodersFrames() {
        PictureMemory memory = new PictureMemory(300L << 20);
        assertThatCode(() -> memory.check(2048, 2048, PictureMemory.Output.GIF)).doesNotThrowAnyException();
        assertThatThrownBy(() -> memory.check(2048, 2048, PictureMemory.Output.VIDEO))
                .hasMessageStartingWith("a 2048×2048 video needs about 0.3 GB of memory");
    }
}
