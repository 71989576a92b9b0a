package dev.optimizerplayground.plot;

import dev.optimizerplayground.core.surface.ViewWindow;
import java.nio.IntBuffer;
import java.util.List;

/**
 * Everything needed to draw one contour plot: the samples, the levels and their colours (also the
 * colour bar), the filled-contour image and the contour lines in data coordinates. Immutable, so it
 * can be handed from the worker thread to the UI thread as is.
 */
public final class ContourResult {

    private final SampledGrid grid;
    private final ColorBands colorBands;
    private final int[] argb;
    private final List<LevelLines> lines;

    ContourResult(SampledGrid grid, ColorBands colorBands, int[] argb, List<LevelLines> lines) {
        this.grid = grid;
        this.colorBands = colorBands;
        this.argb = argb;
        this.lines = List.copyOf(lines);
    }

    public SampledGrid grid() {
        return grid;
    }

    public ViewWindow bounds() {
        return grid.bounds();
    }

    public int width() {
        return grid.width();
    }

    public int height() {
        return grid.height();
    }

    public ContourLevels levels() {
        return colorBands.levels();
    }

    /** Band colours and extents: the colour-bar mapping, consistent with the image. */
    public ColorBands colorBands() {
        return colorBands;
    }

    /**
     * The filled-contour image as non-premultiplied 0xAARRGGBB pixels, row-major, row 0 at the top;
     * a read-only view (no copy), e.g. for
     * {@code pixelWriter.setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), buffer, w)}.
     */
    public IntBuffer argbPixels() {
        return IntBuffer.wrap(argb).asReadOnlyBuffer();
    }

    /** Contour lines, one entry per level in ascending order. */
    public List<LevelLines> lines() {
        return lines;
    }
}
