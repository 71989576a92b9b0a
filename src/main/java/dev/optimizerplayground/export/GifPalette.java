package dev.optimizerplayground.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one colour table of an animated GIF, built once per export. Every frame uses it, so the
 * contour bands keep exactly the same colour from frame to frame (a per-frame palette would make
 * them flicker) and unchanged pixels stay unchanged, which keeps frame differencing effective.
 *
 * <p>Entries, in order: greys from black to white (text, axes, anti-aliased text edges), the
 * colours the caller knows will appear (colour bands, lane colours), optionally the most frequent
 * colours of a sample frame, then a uniform colour cube filling what is left, for anti-aliased mixes.
 * Index {@value #TRANSPARENT} is reserved for "unchanged since the last frame".
 *
 * <p>Quantisation goes through a 32,768-entry lookup table indexed by the RGB555 bucket of a
 * pixel, filled once with the nearest entry of each bucket's centre. The buckets of the named
 * colours point at their own entries, so a band or lane colour maps to itself exactly.
 */
public final class GifPalette {

    /** Palette index that no colour maps to; frames use it for pixels left as they were. */
    public static final int TRANSPARENT = 255;
    private static final int USABLE = 255;
    private static final int GREYS = 16;
    private static final int MIN_CUBE_LEVELS = 4;

    private final int[] rgb;
    private final byte[] lookup = new byte[1 << 15];

    private GifPalette(List<Integer> named, int cubeLevels) {
        Set<Integer> colours = new LinkedHashSet<>(named);
        for (int r = 0; r < cubeLevels; r++) {
            for (int g = 0; g < cubeLevels; g++) {
                for (int b = 0; b < cubeLevels; b++) {
                    colours.add(level(r, cubeLevels) << 16 | level(g, cubeLevels) << 8 | level(b, cubeLevels));
                }
            }
        }
        rgb = colours.stream().limit(USABLE).mapToInt(Integer::intValue).toArray();
        fillLookup();
        // Named colours last-wins would let a later cube entry steal a bucket; first-wins keeps
        // greys and caller colours exact.
        for (int i = named.size() - 1; i >= 0; i--) {
            int index = indexIn(rgb, named.get(i));
            if (index >= 0) {
                lookup[bucket(named.get(i))] = (byte) index;
            }
        }
    }

    /** A palette holding greys, {@code colours} (ARGB or RGB; alpha ignored) and a colour cube. */
    public static GifPalette of(int... colours) {
        return new Builder().add(colours).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Number of usable entries (at most 255). */
    public int size() {
        return rgb.length;
    }

    /** Entry {@code index} as 0xRRGGBB. */
    public int rgb(int index) {
        return rgb[index];
    }

    /** Palette index for a pixel. */
    public int indexOf(int argb) {
        return lookup[bucket(argb)] & 0xFF;
    }

    /** Maps {@code count} pixels of {@code argb} to palette indices. */
    public void quantize(int[] argb, byte[] indices, int count) {
        byte[] lut = lookup;
        for (int i = 0; i < count; i++) {
            int p = argb[i];
            indices[i] = lut[(p >> 9 & 0x7C00) | (p >> 6 & 0x3E0) | (p >> 3 & 0x1F)];
        }
    }

    /** The 256 entries as r, g, b byte arrays (entry 255, the transparent one, is black). */
    byte[][] channels() {
        byte[][] c = new byte[3][256];
        for (int i = 0; i < rgb.length; i++) {
            c[0][i] = (byte) (rgb[i] >> 16);
            c[1][i] = (byte) (rgb[i] >> 8);
            c[2][i] = (byte) rgb[i];
        }
        return c;
    }

    private void fillLookup() {
        int n = rgb.length;
        int[] pr = new int[n];
        int[] pg = new int[n];
        int[] pb = new int[n];
        for (int i = 0; i < n; i++) {
            pr[i] = rgb[i] >> 16 & 0xFF;
            pg[i] = rgb[i] >> 8 & 0xFF;
            pb[i] = rgb[i] & 0xFF;
        }
        for (int key = 0; key < lookup.length; key++) {
            int r = (key >> 10 << 3) | 4;
            int g = ((key >> 5 & 0x1F) << 3) | 4;
            int b = ((key & 0x1F) << 3) | 4;
            int best = 0;
            int bestDistance = Integer.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                int dr = r - pr[i];
                int dg = g - pg[i];
                int db = b - pb[i];
                // Weights roughly follow the eye's sensitivity (green most, blue least).
                int d = 2 * dr * dr + 4 * dg * dg + 3 * db * db;
                if (d < bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
            lookup[key] = (byte) best;
        }
    }

    private static int bucket(int argb) {
        return (argb >> 9 & 0x7C00) | (argb >> 6 & 0x3E0) | (argb >> 3 & 0x1F);
    }

    private static int level(int step, int levels) {
        return Math.round(step * 255f / (levels - 1));
    }

    private static int indexIn(int[] table, int rgb) {
        for (int i = 0; i < table.length; i++) {
            if (table[i] == rgb) {
                return i;
            }
        }
        return -1;
    }

    /** Collects the named colours of a palette, then {@link #build()}s it. */
    public static final class Builder {

        private final LinkedHashSet<Integer> named = new LinkedHashSet<>();

        private Builder() {
            for (int i = 0; i < GREYS; i++) {
                int v = Math.round(i * 255f / (GREYS - 1));
                named.add(v << 16 | v << 8 | v);
            }
        }

        /** Colours that will appear (ARGB or RGB; alpha is ignored). */
        public Builder add(int... colours) {
            for (int c : colours) {
                named.add(c & 0xFFFFFF);
            }
            return this;
        }

        /**
         * The {@code max} most frequent colours of a sample frame (such as the first frame of the
         * export), so large flat areas are reproduced exactly even if the caller did not name them.
         */
        public Builder addMostFrequent(int[] argb, int max) {
            Map<Integer, int[]> counts = new HashMap<>();
            for (int p : argb) {
                counts.computeIfAbsent(p & 0xFFFFFF, k -> new int[1])[0]++;
            }
            List<Map.Entry<Integer, int[]>> entries = new ArrayList<>(counts.entrySet());
            entries.sort((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]));
            entries.stream().limit(max).forEach(e -> named.add(e.getKey()));
            return this;
        }

        /**
         * The palette: the named colours (at most 255 − 4³, first ones first) and the largest
         * uniform cube that still fits.
         */
        public GifPalette build() {
            List<Integer> colours = new ArrayList<>(named);
            int cap = USABLE - MIN_CUBE_LEVELS * MIN_CUBE_LEVELS * MIN_CUBE_LEVELS;
            if (colours.size() > cap) {
                colours = colours.subList(0, cap);
            }
            int levels = MIN_CUBE_LEVELS;
            while (colours.size() + (levels + 1) * (levels + 1) * (levels + 1) <= USABLE) {
                levels++;
            }
            return new GifPalette(List.copyOf(colours), levels);
        }
    }
}
