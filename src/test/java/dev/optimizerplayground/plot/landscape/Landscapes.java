package dev.optimizerplayground.plot.landscape;

import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.surface.SurfaceParseException;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.plot.ColorBands;
import dev.optimizerplayground.plot.Colormap;
import dev.optimizerplayground.plot.ContourLevels;
import dev.optimizerplayground.plot.GridSampler;
import dev.optimizerplayground.plot.LevelScale;
import dev.optimizerplayground.plot.SampledGrid;

/** Meshes of typed formulas for the landscape tests, built as the app builds them. */
final class Landscapes {

    private Landscapes() {
    }

    static Surface surface(String formula) {
        try {
            return Surface.parse(formula);
        } catch (SurfaceParseException e) {
            throw new AssertionError(e);
        }
    }

    static SampledGrid grid(String formula, ViewWindow window, int width, int height) {
        return GridSampler.sample(surface(formula)::newEvaluator, window, width, height, CancellationToken.none());
    }

    static LandscapeMesh mesh(String formula, ViewWindow window, int maxSide) {
        SampledGrid grid = grid(formula, window, 400, 400);
        return LandscapeMesh.of(grid, ColorBands.of(ContourLevels.forGrid(grid, LevelScale.AUTO), Colormap.VIRIDIS),
                maxSide);
    }
}
