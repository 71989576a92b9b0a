package dev.optimizerplayground.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.plot.LevelScale;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The contour view model with a hand-cranked background, no JavaFX toolkit. */
class ContourModelTest {

    /** Holds submitted work until the test runs it, as a busy worker thread would. */
    private static final class QueuedWork implements BackgroundWork {
        final Deque<Runnable> jobs = new ArrayDeque<>();
        int submitted;

        @Override
        public <T> void submit(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            submitted++;
            // Held until the test runs it, then done exactly as the synchronous executor does.
            jobs.add(() -> BackgroundWork.SAME_THREAD.submit(work, onDone, onError));
        }

        void runNext() {
            jobs.removeFirst().run();
        }
    }

    private final PlaygroundModel model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
    private final QueuedWork work = new QueuedWork();
    private final ContourModel contours = new ContourModel(model, work);

    @Test
    void nothingIsComputedUntilTheViewHasASize() {
        model.windowProperty().set(new ViewWindow(-1, 1, -1, 1));
        assertThat(work.submitted).isZero();

        contours.setPixelSize(40, 30);
        contours.setPixelSize(40, 30);

        assertThat(work.submitted).isEqualTo(1);
        assertThat(contours.computingProperty().get()).isTrue();
        work.runNext();
        assertThat(contours.result().width()).isEqualTo(40);
        assertThat(contours.result().height()).isEqualTo(30);
        assertThat(contours.computingProperty().get()).isFalse();
    }

    @Test
    void aBurstOfZoomsRunsTheFirstCancelledAndThenOnlyTheNewest() {
        contours.setPixelSize(40, 30);
        for (int i = 1; i <= 20; i++) {
            model.windowProperty().set(new ViewWindow(-i, i, -i, i));
        }
        assertThat(work.submitted).as("one in flight, the rest wait as one").isEqualTo(1);

        work.runNext(); // cancelled: superseded while queued
        assertThat(contours.result()).isNull();
        assertThat(work.submitted).isEqualTo(2);
        assertThat(contours.computingProperty().get()).isTrue();

        work.runNext();
        assertThat(contours.result().bounds()).isEqualTo(new ViewWindow(-20, 20, -20, 20));
        assertThat(contours.computingProperty().get()).isFalse();
        assertThat(work.jobs).isEmpty();
    }

    @Test
    void surfaceAndLevelScaleChangesRecompute() {
        contours.setPixelSize(40, 30);
        work.runNext();

        model.levelScaleProperty().set(LevelScale.LOG);
        work.runNext();
        assertThat(contours.result().levels().scale()).isEqualTo(LevelScale.LOG);

        model.formulaProperty().set("x + y");
        model.levelScaleProperty().set(LevelScale.LINEAR);
        work.runNext();
        work.runNext();
        assertThat(contours.result().levels().scale()).isEqualTo(LevelScale.LINEAR);
        assertThat(contours.result().grid().max()).isGreaterThan(0).isLessThan(10);
    }

    @Test
    void aFailedComputationSaysWhyAndTheNextOneClearsIt() {
        contours.setPixelSize(100_000, 100_000);
        work.runNext();
        assertThat(contours.errorProperty().get()).startsWith("could not draw the contours");
        assertThat(contours.computingProperty().get()).isFalse();

        contours.setPixelSize(20, 20);
        work.runNext();
        assertThat(contours.errorProperty().get()).isEmpty();
    }

    /** A window zoomed in past what doubles resolve near f = 10³⁰ left the plot blank, with no word why. */
    @Test
    void aWindowThatLeavesThePlotBlankSaysWhyInTheWindow() {
        model.formulaProperty().set("x^2 + y^2");
        model.windowProperty().set(new ViewWindow(1e15, 1.0000000000000005e15, -1, 1));
        contours.setPixelSize(670, 745);
        while (!work.jobs.isEmpty()) {
            work.runNext();
        }
        assertThat(contours.errorProperty().get())
                .startsWith("could not draw the contours: the view window is too narrow")
                .endsWith("widen the window");
    }
}
