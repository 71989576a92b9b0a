package dev.optimizerplayground.ui.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.optimizer.Hyperparameter;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.text.Language;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.training.GradientNoise;
import dev.optimizerplayground.core.training.Schedule;
import dev.optimizerplayground.session.NoiseSettings;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.OptimizerSlot;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SweepModelTest {

    private final PlaygroundModel playground = new PlaygroundModel(BackgroundWork.SAME_THREAD);

    @Test
    void theMapIsTheLanesSweepAndAClickedCellSetsTheLaneToItsValues() {
        SweepModel model = new SweepModel(playground, BackgroundWork.SAME_THREAD, Runnable::run);
        model.resolutionProperty().set(16);
        model.activeProperty().set(true);

        SweepModel.SweepMap map = model.mapProperty().get();
        assertThat(map.cells().complete()).isTrue();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.progressProperty().get()).isEqualTo(1.0);

        model.applyCell(5, 3);
        OptimizerSlot rmsprop = playground.slot(OptimizerLane.RMSPROP);
        double eta = map.sweep().x().value(5);
        double beta = map.sweep().y().orElseThrow().value(map.sweep().yIndex(3));
        assertThat(rmsprop.config().learningRate()).isEqualTo(eta);
        assertThat(rmsprop.config().beta()).isEqualTo(beta);
        assertThat(model.currentCell()).containsExactly(5, 3);
        // The main plot's run of the lane is the cell's run.
        Trajectory shown = playground.runs().runs().stream().filter(r -> r.lane() == OptimizerLane.RMSPROP)
                .findFirst().orElseThrow().trajectory();
        RunSpec cell = map.sweep().cell(5, 3);
        assertThat(shown.loss(shown.lastStep())).isEqualTo(Runner.run(cell).loss(shown.lastStep()));
        assertThat(map.cells().finalLoss(5, 3)).isEqualTo(shown.loss(shown.lastStep()));
        // Clicking changes only the swept values, which the map does not depend on.
        assertThat(model.mapProperty().get()).isSameAs(map);
    }

    @Test
    void aNoisyScheduledLaneIsSweptUnderItsNoiseAndScheduleAndChangingThemRecomputes() {
        playground.update(s -> s.withNoise(NoiseSettings.NONE.withSigma(0.5).withSeed(3).withCloudRuns(1))
                .withLane(s.lane(OptimizerLane.RMSPROP).withSchedule(new Schedule.Exponential(0.99))));
        SweepModel model = new SweepModel(playground, BackgroundWork.SAME_THREAD, Runnable::run);
        model.resolutionProperty().set(8);
        model.activeProperty().set(true);
        SweepModel.SweepMap map = model.mapProperty().get();
        RunSpec cell = map.sweep().cell(2, 5);
        assertThat(cell.noise()).isEqualTo(new GradientNoise(0.5, 3));
        assertThat(cell.schedule()).isEqualTo(new Schedule.Exponential(0.99));
        Trajectory single = Runner.run(cell);
        assertThat(map.cells().finalLoss(2, 5)).isEqualTo(single.loss(single.lastStep()));

        playground.update(s -> s.withLane(s.lane(OptimizerLane.RMSPROP).withSchedule(Schedule.CONSTANT)));
        assertThat(model.mapProperty().get()).isNotSameAs(map);
        assertThat(model.mapProperty().get().sweep().cell(2, 5).schedule()).isEqualTo(Schedule.CONSTANT);
    }

    @Test
    void aRefinementNeverShowsCellsOfAnOlderSetting() {
        Queue<Runnable> jobs = new ArrayDeque<>();
        Queue<Runnable> uiThread = new ArrayDeque<>();
        BackgroundWork queued = new BackgroundWork() {
            @Override
            public <T> void submit(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
                jobs.add(() -> {
                    try {
                        T result = work.get();
                        uiThread.add(() -> onDone.accept(result));
                    } catch (RuntimeException e) {
                        uiThread.add(() -> onError.accept(e));
                    }
                });
            }
        };
        SweepModel model = new SweepModel(playground, queued, uiThread::add);
        model.resolutionProperty().set(32);
        model.activeProperty().set(true);
        jobs.remove().run(); // the first setting's passes are computed, their hand-overs queued

        model.xToProperty().set(0.5); // a new setting before the UI thread got to them
        drain(uiThread);
        assertThat(model.mapProperty().get()).isNull();
        assertThat(model.runningProperty().get()).isTrue();

        jobs.remove().run();
        List<SweepModel.SweepMap> shown = new ArrayList<>();
        model.mapProperty().addListener((obs, old, now) -> shown.add(now));
        drain(uiThread);
        assertThat(shown).hasSize(3).allMatch(m -> m.sweep().x().to() == 0.5);
        assertThat(shown).extracting(m -> m.cells().stride()).containsExactly(4, 2, 1);
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void cancelEndsTheComputationsThreadAndKeepsNoSnapshotOfIt() throws InterruptedException {
        List<Thread> threads = new CopyOnWriteArrayList<>();
        List<Runnable> uiThread = new CopyOnWriteArrayList<>();
        BackgroundWork ownThread = new BackgroundWork() {
            @Override
            public <T> void submit(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
                Thread thread = new Thread(() -> {
                    try {
                        T result = work.get();
                        uiThread.add(() -> onDone.accept(result));
                    } catch (RuntimeException e) {
                        uiThread.add(() -> onError.accept(e));
                    }
                });
                threads.add(thread);
                thread.start();
            }
        };
        playground.stepsProperty().set(20_000);
        SweepModel model = new SweepModel(playground, ownThread, uiThread::add);
        model.resolutionProperty().set(128);
        model.activeProperty().set(true);
        assertThat(model.runningProperty().get()).isTrue();

        model.cancel();
        assertThat(model.runningProperty().get()).isFalse();
        threads.get(0).join(5_000);
        assertThat(threads.get(0).isAlive()).isFalse();
        uiThread.forEach(Runnable::run);
        assertThat(model.mapProperty().get()).isNull();
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void aOneDimensionalSweepHasACurveForEveryEnabledLaneTheParameterAppliesTo() {
        SweepModel model = new SweepModel(playground, BackgroundWork.SAME_THREAD, Runnable::run);
        model.yParameterProperty().set(null);
        model.resolutionProperty().set(12);
        model.activeProperty().set(true);

        List<SweepModel.SweepMap> curves = model.curvesProperty().get();
        List<OptimizerLane> enabled = playground.slots().stream().filter(OptimizerSlot::isEnabled)
                .map(OptimizerSlot::lane).toList();
        assertThat(curves).extracting(SweepModel.SweepMap::lane).containsExactlyInAnyOrderElementsOf(enabled);
        assertThat(curves.get(0).lane()).isEqualTo(OptimizerLane.RMSPROP);
        assertThat(curves).allMatch(c -> c.cells().complete() && c.sweep().rows() == 1);
        // Each point is that lane's run at that η.
        SweepModel.SweepMap sgd = curves.stream().filter(c -> c.lane() == OptimizerLane.SGD).findFirst().orElseThrow();
        Trajectory single = Runner.run(sgd.sweep().cell(4, 0));
        assertThat(sgd.cells().divergedStep(4, 0)).isEqualTo(single.divergedAt().orElse(-1));
        if (!single.diverged()) {
            assertThat(sgd.cells().finalLoss(4, 0)).isEqualTo(single.loss(single.lastStep()));
        }
        // Back to two parameters, the curves go.
        model.yParameterProperty().set(Hyperparameter.BETA);
        assertThat(model.curvesProperty().get()).isEmpty();
    }

    @Test
    void aParameterThatDoesNotApplyToTheLaneIsSaidAndNothingIsComputed() {
        SweepModel model = new SweepModel(playground, BackgroundWork.SAME_THREAD, Runnable::run);
        model.yParameterProperty().set(Hyperparameter.BETA1);
        model.activeProperty().set(true);
        assertThat(model.mapProperty().get()).isNull();
        assertThat(model.messageProperty().get()).isEqualTo("β₁ does not apply to RMSProp");
    }

    @Test
    void inChineseTheReasonAndTheColouringsAreChinese() {
        Messages.use(Language.CHINESE);
        try {
            SweepModel model = new SweepModel(playground, BackgroundWork.SAME_THREAD, Runnable::run);
            model.yParameterProperty().set(Hyperparameter.BETA1);
            model.activeProperty().set(true);
            assertThat(model.messageProperty().get()).isEqualTo("β₁ 不适用于 RMSProp");
            assertThat(SweepModel.Colouring.FINAL_LOSS).hasToString("最终损失（对数刻度）");
        } finally {
            Messages.use(Language.ENGLISH);
        }
    }

    @Test
    void closedItComputesNothing() {
        List<Object> submitted = new ArrayList<>();
        BackgroundWork counting = new BackgroundWork() {
            @Override
            public <T> void submit(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
                submitted.add(work);
            }
        };
        SweepModel model = new SweepModel(playground, counting, Runnable::run);
        model.xToProperty().set(0.3);
        playground.slot(OptimizerLane.RMSPROP).value(Hyperparameter.EPSILON).set(1e-6);
        assertThat(submitted).isEmpty();
    }

    private static void drain(Queue<Runnable> queue) {
        while (!queue.isEmpty()) {
            queue.remove().run();
        }
    }
}
