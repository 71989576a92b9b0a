package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.core.sweep.BasinMap;
import dev.optimizerplayground.core.sweep.CellOutcomes;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.LatestGrids;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.session.RunPlan;
import dev.optimizerplayground.ui.model.OptimizerSlot;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
        MINIMUM("basins.colouring.minimum"),
        CONVERGED_STEP("basins.colouring.converged-step");

        private final String key;

        Colouring(String key) {
            this.key = key;
        }

        /** The choice's name in the language in use, as the combo box shows it. */
        @Override
        public String toString() {
            return Messages.get(key);
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
        // The state is the one source of every input; the key in recompute skips changes that do
        // not touch the maps (the step on screen, the start).
        shown.addListener(o -> request());
        playground.stateProperty().addListener(o -> request());
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
        List<OptimizerLane> lanes = new ArrayList<>();
        List<BasinMap> basinMaps = new ArrayList<>();
        // What each lane's runs depend on (every cell starts from its own point, not the start), so
        // noise and schedules count too.
        List<Object> key = new ArrayList<>(List.of(window));
        try {
            for (OptimizerSlot slot : playground.slots()) {
                if (slot.isEnabled()) {
                    RunSpec run = RunPlan.laneSpec(playground.state(), slot.lane());
                    lanes.add(slot.lane());
                    basinMaps.add(new BasinMap(run, window, COLUMNS, ROWS, playground.knownMinima()));
                    key.add(List.of(run.surface(), run.optimizer(), run.steps(), run.noise(), run.schedule()));
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
