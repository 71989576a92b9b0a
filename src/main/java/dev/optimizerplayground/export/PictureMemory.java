package dev.optimizerplayground.export;

import java.util.Locale;

/**
 * Whether the heap can hold the buffers a picture of a given size needs, asked before any of them
 * is made: an 8000×8000 render on a 512 MB heap died with an OutOfMemoryError half-way (and a GIF
 * hung after it). Refusing up front gives one line saying what to change instead.
 */
public final class PictureMemory {

    /**
     * Peak bytes per pixel of a still picture, with room to spare: the sampled grid (8), band
     * indices, the colour raster, its image, the canvas, the snapshot and the pixel array (4 each).
     */
    public static final int STILL_BYTES_PER_PIXEL = 48;
    /** An animation also holds the frames queued for the encoder and the encoder's own buffers. */
    public static final int ANIMATED_BYTES_PER_PIXEL = 72;

    private final long availableBytes;

    /** @param availableBytes what the picture may use (injectable so tests need no huge heap) */
    public PictureMemory(long availableBytes) {
        this.availableBytes = availableBytes;
    }

    /** The heap this JVM may still grow into: its maximum less what is in use now. */
    public static PictureMemory ofThisJvm() {
        Runtime runtime = Runtime.getRuntime();
        return new PictureMemory(runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory()));
    }

    /** Bytes a {@code width}×{@code height} picture needs at its peak. */
    public static long needed(int width, int height, boolean animated) {
        return (long) width * height * (animated ? ANIMATED_BYTES_PER_PIXEL : STILL_BYTES_PER_PIXEL);
    }

    /**
     * @throws IllegalArgumentException "an 8000×8000 GIF needs about 4.3 GB of memory, more than the
     *     0.4 GB this Java has free; make the picture smaller or give Java more memory (java -Xmx6g …)"
     */
    public void check(int width, int height, boolean animated) {
        long needed = needed(width, height, animated);
        if (needed <= availableBytes) {
            return;
        }
        long heapToAsk = (long) Math.ceil((needed + (256L << 20)) / (double) (1L << 30));
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "a %d×%d %s needs about %s of memory, more than the %s this Java has free; make the picture"
                        + " smaller or give Java more memory (java -Xmx%dg …)",
                width, height, animated ? "GIF" : "picture", gigabytes(needed), gigabytes(availableBytes), heapToAsk));
    }

    private static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f GB", Math.max(0, bytes) / (double) (1L << 30));
    }
}
