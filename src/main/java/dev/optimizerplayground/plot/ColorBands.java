package dev.optimizerplayground.plot;

import java.util.Objects;

/**
 * The filled-contour colouring: one flat colour per band between consecutive levels, taken from the
 * colormap at the band's middle in the {@link ContourLevels#normalize normalized} scale. Band 0 runs
 * from min to the first level, band {@code count()} from the last level to max. This is also what a
 * colour bar draws: band k spans normalize(lower(k))…normalize(upper(k)) in colour {@code argb(k)}.
 */
public final class ColorBands {

    private final ContourLevels levels;
    private final Colormap colormap;
    private final int[] argb;

    private ColorBands(ContourLevels levels, Colormap colormap) {
        this.levels = levels;
        this.colormap = colormap;
        this.argb = new int[levels.count() + 1];
        for (int band = 0; band < argb.length; band++) {
            double t = (levels.normalize(lower(band)) + levels.normalize(upper(band))) / 2;
            // A surface without finite values has NaN bounds; its one band still gets a real colour.
            argb[band] = colormap.argb(t == t ? t : 0.5);
        }
    }

    public static ColorBands of(ContourLevels levels, Colormap colormap) {
        return new ColorBands(Objects.requireNonNull(levels, "levels"), Objects.requireNonNull(colormap, "colormap"));
    }

    public ContourLevels levels() {
        return levels;
    }

    public Colormap colormap() {
        return colormap;
    }

    /** Number of bands: one more than the number of levels. */
    public int count() {
        return argb.length;
    }

    /** Opaque 0xAARRGGBB colour of a band. */
    public int argb(int band) {
        return argb[band];
    }

    /** The value where a band starts: min for band 0, else the level below it. */
    public double lower(int band) {
        return band == 0 ? levels.min() : levels.level(band - 1);
    }

    /** The value where a band ends: the level above it, max for the last band. */
    public double upper(int band) {
        return band == levels.count() ? levels.max() : levels.level(band);
    }

    /** Colour of the band {@code value} falls in; fully transparent 0x00000000 for NaN. */
    public int argbOf(double value) {
        return value == value ? argb[ContourLevels.bandOf(levels.valuesView(), value)] : 0;
    }
}
