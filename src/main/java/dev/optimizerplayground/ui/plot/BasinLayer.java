package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.StepLimits;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.core.sweep.BasinMap;
import dev.optimizerplayground.core.sweep.CellOutcomes;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.LatestGrids;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.ui.model.OptimizerSlot;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The basins-of-attraction layer's model: while it is switched on, each enabled lane's optimizer
 * is started from the centre of every cell of the view window ({@value #COLUMNS} × {@value #ROWS})
 * and the plot colours each start by where its run ends. It follows the window, the surface, the
 * budget and every lane's hyperparameters, debounced, computed coarse to fine in the background.
 */
public final class BasinLayer {

    static final int COLUMNS = 160;
    static final int ROWS = 120;

    /** What a start point's colour says. */
    public enum Colouring {
        MINIMUM("where it ends"),
        CONVERGED_STEP("steps to converge");

        private final String label;

        Colouring(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One lane's map so far. */
    public record LaneBasins(BasinMap map, CellOutcomes cells) {
    }

    private final PlaygroundModel playground;
    private final Consumer<Runnable> debounce;
    private final LatestGrids grids;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    private final ObjectProperty<Colouring> colouring = new SimpleObjectProperty<>(this, "colouring", Colouring.MINIMUM);
    private final ReadOnlyObjectWrapper<Map<OptimizerLane, LaneBasins>> maps =
            new ReadOnlyObjectWrapper<>(this, "maps", Map.of());
    /** What the maps on show were made from; an unchanged one is not recomputed. */
    private List<Object> madeFrom;

    /**
     * @param uiThread hands snapshots over on the UI thread ({@code Platform::runLater})
     * @param debounce runs a recomputation once changes have paused (a short delay in the window,
     *     {@code Runnable::run} in tests)
     */
    public BasinLayer(PlaygroundModel playground, BackgroundWork background, Consumer<Runnable> uiThread,
                      Consumer<Runnable> debounce) {
        this.playground = playground;
        this.debounce = debounce;
        this.grids = new LatestGrids(background, uiThread);
        Observable[] inputs = {shown, playground.windowProperty(), playground.surfaceProperty(),
            playground.stepsProperty(), playground.shareLearningRateProperty(),
            playground.sharedLearningRateProperty()};
        for (Observable input : inputs) {
            input.addListener(o -> request());
        }
        for (OptimizerSlot slot : playground.slots()) {
            slot.configProperty().addListener(o -> request());
            slot.enabledProperty().addListener(o -> request());
        }
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    public ObjectProperty<Colouring> colouringProperty() {
        return colouring;
    }

    /** The newest snapshot of each enabled lane's map; empty while the layer is off. */
    public ReadOnlyObjectProperty<Map<OptimizerLane, LaneBasins>> mapsProperty() {
        return maps.getReadOnlyProperty();
    }

    public LatestGrids computation() {
        return grids;
    }

    private void request() {
        if (!shown.get()) {
            // Switching off stops at once; nothing waits for the debounce.
            grids.cancel();
            madeFrom = null;
            maps.set(Map.of());
            return;
        }
        debounce.accept(this::recompute);
    }

    private void recompute() {
        Surface surface = playground.surface();
        ViewWindow window = playground.window();
        if (!shown.get() || surface == null || window == null) {
            return;
        }
        int steps = Math.max(0, Math.min(playground.stepsProperty().get(), StepLimits.MAX_PLAYGROUND_STEPS));
        Point centre = new Point(window.xMin() + window.width() / 2, window.yMin() + window.height() / 2);
        List<OptimizerLane> lanes = new ArrayList<>();
        List<BasinMap> basinMaps = new ArrayList<>();
        List<Object> key = new ArrayList<>(List.of(surface, window, steps));
        try {
            for (OptimizerSlot slot : playground.slots()) {
                if (slot.isEnabled()) {
                    OptimizerConfig config = playground.effectiveConfig(slot);
                    lanes.add(slot.lane());
                    basinMaps.add(new BasinMap(new RunSpec(surface, config, centre, steps), window, COLUMNS, ROWS,
                            playground.knownMinima()));
                    key.add(config);
                }
            }
        } catch (IllegalArgumentException e) {
            // A setting the runs refuse too: the main plot already says why.
            return;
        }
        if (key.equals(madeFrom)) {
            return;
        }
        madeFrom = key;
        // A lane keeps its previous map until the first snapshot of its new one arrives; each map
        // on show is always one computation's, never a mix.
        Map<OptimizerLane, LaneBasins> shownMaps = new EnumMap<>(OptimizerLane.class);
        maps.get().forEach((lane, map) -> {
            if (lanes.contains(lane)) {
                shownMaps.put(lane, map);
            }
        });
        grids.start(basinMaps, (index, snapshot) -> {
            shownMaps.put(lanes.get(index), new LaneBasins(basinMaps.get(index), snapshot));
            maps.set(Map.copyOf(shownMaps));
        }, error -> madeFrom = null);
    }
}
