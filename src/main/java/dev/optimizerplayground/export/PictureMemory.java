package dev.optimizerplayground.export;

import dev.optimizerplayground.core.text.Messages;
import java.util.Locale;

/**
 * Whether the heap can hold the buffers a picture of a given size needs, asked before any of them
 * is made: an 8000×8000 render on a 512 MB heap died with an OutOfMemoryError half-way (and a GIF
 * hung after it). Refusing up front gives one line saying what to change instead.
 */
public final class PictureMemory {

    /** What is drawn, and so how many bytes per pixel it needs at its peak, with room to spare. */
    public enum Output {
        /**
         * The sampled grid (8), band indices, the colour raster, its image, the canvas, the
         * snapshot and the pixel array (4 each).
         */
        PICTURE(48, "export.memory.picture"),
        /** An animation also holds the frames queued for the encoder and the encoder's own buffers. */
        GIF(72, "export.memory.gif"),
        /**
         * A video's encoder holds more than the GIF's palette indices: its Y'CbCr picture, the
         * reconstructed and the reference frame (1.5 each) and the output buffer of a frame.
         */
        VIDEO(80, "export.memory.video");

        private final int bytesPerPixel;
        private final String nounKey;

        Output(int bytesPerPixel, String nounKey) {
            this.bytesPerPixel = bytesPerPixel;
            this.nounKey = nounKey;
        }

        public int bytesPerPixel() {
            return bytesPerPixel;
        }
    }

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
    public static long needed(int width, int height, Output output) {
        return (long) width * height * output.bytesPerPixel;
    }

    /**
     * @throws IllegalArgumentException "an 8000×8000 GIF needs about 4.3 GB of memory, more than the
     *     0.4 GB this Java has free; make the picture smaller or give Java more memory (java -Xmx6g …)"
     */
    public void check(int width, int height, Output output) {
        long needed = needed(width, height, output);
        if (needed <= availableBytes) {
            return;
        }
        long heapToAsk = (long) Math.ceil((needed + (256L << 20)) / (double) (1L << 30));
        throw new IllegalArgumentException(Messages.get("export.memory.too-large", width, height,
                Messages.get(output.nounKey), gigabytes(needed), gigabytes(availableBytes), heapToAsk));
    }

    /**
     * The one line for an OutOfMemoryError met all the same (the estimate was too low for this
     * heap), in place of a stack trace.
     */
    public static IllegalArgumentException ranOut(int width, int height, OutOfMemoryError error) {
        return new IllegalArgumentException(Messages.get("export.memory.ran-out", width, height), error);
    }

    private static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f GB", Math.max(0, bytes) / (double) (1L << 30));
    }
}
