package dev.optimizerplayground.core.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ViewWindowTest {

    @Test
    void withAspectWidensOneDirectionAboutTheCentreAndNeverNarrows() {
        ViewWindow window = new ViewWindow(0, 10, 4, 6);

        assertThat(window.withAspect(1)).isEqualTo(new ViewWindow(0, 10, 0, 10));
        assertThat(window.withAspect(10)).isEqualTo(new ViewWindow(-5, 15, 4, 6));
        assertThat(window.withAspect(5)).isSameAs(window);
    }

    @Test
    void withAspectKeepsAWindowWhoseWideningCannotBeComputed() {
        ViewWindow huge = new ViewWindow(-1e307, 1e307, 0, 1);

        assertThat(huge.withAspect(1e-10)).isSameAs(huge);
    }

    @Test
    void withAspectRefusesANonsenseAspect() {
        ViewWindow window = new ViewWindow(0, 1, 0, 1);

        for (double aspect : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> window.withAspect(aspect)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
