package dev.optimizerplayground.ui.export;

import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.plot.LevelScale;
import dev.optimizerplayground.plot.landscape.Camera;
import dev.optimizerplayground.session.LayoutMode;
import dev.optimizerplayground.session.PlaygroundState;
import dev.optimizerplayground.session.RunSet.LaneRun;
import dev.optimizerplayground.session.RunSet;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.util.List;
import java.util.Objects;

/**
 * What an exported plot shows, independent of its size: the surface (its contours are computed
 * again at the export's own pixel size), the window, the runs and the marks.
 *
 * @param start the start handle, or null for none
 * @param minima known minima, drawn as stars
 * @param layout all trails on one plot, a grid of one small plot per run as in the window, or the
 *               3D landscape
 * @param camera where the 3D landscape is seen from (unused by the other layouts)
 */
public record PlotContent(Surface surface, LevelScale levelScale, ViewWindow window, List<LaneRun> runs,
                          Point start, List<Point> minima, LayoutMode layout, Camera camera) {

    public PlotContent {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(levelScale, "levelScale");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(camera, "camera");
        runs = List.copyOf(runs);
        minima = List.copyOf(minima);
    }

    /** What the window shows now: its surface, view, every enabled lane's run and the layout. */
    public static PlotContent of(PlaygroundModel model) {
        return of(model.state(), model.runs());
    }

    /** What a state shows with its runs (computed from it by {@link dev.optimizerplayground.session.RunPlan}). */
    public static PlotContent of(PlaygroundState state, RunSet runs) {
        return new PlotContent(state.surface(), state.levelScale(), state.window(), runs.runs(), state.start(),
                state.knownMinima(), state.layout(), state.camera());
    }

    /**
     * The text an exported file carries as its description: title, formula and each run's
     * settings, the same from the window and from {@code render}.
     */
    public String description(String title) {
        String text = "f(x, y) = " + surface.formula() + "; " + ExportRenderer.describeRuns(runs);
        return title == null || title.isEmpty() ? text : title + " — " + text;
    }

    /** The last step any run has: the natural end of an animation. */
    public int lastStep() {
        return runs.stream().mapToInt(r -> r.trajectory().spec().steps()).max().orElse(0);
    }
}
