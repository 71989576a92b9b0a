package dev.optimizerplayground.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.core.optimizer.Hyperparameter;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.ui.model.OptimizerSlot;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BasinLayerTest {

    private final PlaygroundModel playground = new PlaygroundModel(BackgroundWork.SAME_THREAD);
    private final List<Runnable> debounced = new ArrayList<>();
    private final BasinLayer layer = new BasinLayer(playground, BackgroundWork.SAME_THREAD, Runnable::run,
            debounced::add);

    @Test
    void switchedOnEachEnabledLaneGetsTheMapOfItsOwnRunsOverTheWindow() {
        playground.selectPreset(Presets.byId("himmelblau").orElseThrow());
        layer.shownProperty().set(true);
        settle();

        List<OptimizerLane> enabled = playground.slots().stream().filter(OptimizerSlot::isEnabled)
                .map(OptimizerSlot::lane).toList();
        assertThat(layer.mapsProperty().get()).containsOnlyKeys(enabled);
        BasinLayer.LaneBasins adagrad = layer.mapsProperty().get().get(OptimizerLane.ADAGRAD);
        assertThat(adagrad.cells().complete()).isTrue();
        assertThat(adagrad.map().window()).isEqualTo(playground.window());
        assertThat(adagrad.map().minima()).isEqualTo(playground.knownMinima());
        Trajectory single = Runner.run(adagrad.map().cell(40, 70));
        assertThat(single.spec().optimizer()).isEqualTo(playground.slot(OptimizerLane.ADAGRAD).config());
        assertThat(adagrad.cells().endX(40, 70)).isEqualTo(single.x(single.lastStep()));
        assertThat(adagrad.cells().endY(40, 70)).isEqualTo(single.y(single.lastStep()));
    }

    @Test
    void followsAHyperparameterChangeOnceChangesPause() {
        layer.shownProperty().set(true);
        settle();
        playground.slot(OptimizerLane.ADAM).value(Hyperparameter.LEARNING_RATE).set(0.02);
        playground.slot(OptimizerLane.ADAM).value(Hyperparameter.LEARNING_RATE).set(0.03);
        // Nothing is computed until the debounce runs out, and then only for the last setting.
        assertThat(layer.mapsProperty().get().get(OptimizerLane.ADAM).map().base().optimizer().learningRate())
                .isNotEqualTo(0.03);
        settle();
        assertThat(layer.mapsProperty().get().get(OptimizerLane.ADAM).map().base().optimizer().learningRate())
                .isEqualTo(0.03);
    }

    @Test
    void switchedOffItStopsAndShowsNothing() {
        layer.shownProperty().set(true);
        settle();
        layer.shownProperty().set(false);
        assertThat(layer.mapsProperty().get()).isEmpty();
        assertThat(layer.computation().runningProperty().get()).isFalse();
        playground.slot(OptimizerLane.ADAM).value(Hyperparameter.LEARNING_RATE).set(0.02);
        assertThat(debounced).isEmpty();
    }

    /** The debounce runs out: the last request is computed. */
    private void settle() {
        if (!debounced.isEmpty()) {
            Runnable last = debounced.get(debounced.size() - 1);
            debounced.clear();
            last.run();
        }
    }
}
