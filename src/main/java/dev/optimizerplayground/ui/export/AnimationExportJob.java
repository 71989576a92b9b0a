package dev.optimizerplayground.ui.export;

import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.core.io.AtomicFiles;
import dev.optimizerplayground.export.AnimationFormat;
import dev.optimizerplayground.export.FrameEncoder;
import dev.optimizerplayground.export.GifEncoder;
import dev.optimizerplayground.export.GifPalette;
import dev.optimizerplayground.export.Mp4Encoder;
import dev.optimizerplayground.plot.ColorBands;
import dev.optimizerplayground.plot.ContourResult;
import dev.optimizerplayground.session.RunSet.LaneRun;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.paint.Color;
import org.jcodec.common.io.FileChannelWrapper;

/**
 * Writes an animation of a plot, an animated GIF or an MP4 video, in the background while the
 * window stays usable.
 *
 * <p>A worker thread first computes the contours at the picture's size. Then two stages run in
 * parallel. On the JavaFX thread, frames are rendered ({@link ExportRenderer}:
 * background painted once, trails and legend per frame, snapshot) in batches of at most
 * {@value #BATCH_MILLIS} ms, each batch scheduled with {@code Platform.runLater}, so input events
 * and pulses get through between batches. A worker thread takes the frames from a small queue and
 * feeds the {@link FrameEncoder} of the format ({@link GifEncoder}, {@link Mp4Encoder}), which writes
 * through {@link AtomicFiles}: the target appears only
 * when the last frame is written. When the queue is full the renderer stops and the worker restarts
 * it after taking a frame, so at most {@value #QUEUED_FRAMES} frames wait in memory.
 *
 * <p>A GIF's palette is built once from the colour bands, the lane colours, greys, and the most frequent
 * colours of the first frame, so colours never flicker between frames.
 *
 * <p>{@link #cancel()} stops both stages; the temporary file is removed and an existing target is
 * left as it was.
 */
public final class AnimationExportJob {

    /** Opens the format's encoder once the first frame is there (a GIF's palette needs it). */
    @FunctionalInterface
    private interface EncoderOpener {
        FrameEncoder open(int[] firstFrame) throws IOException;
    }

    static final long BATCH_MILLIS = 12;
    static final int QUEUED_FRAMES = 3;
    /** Colours of the first frame given exact palette entries besides the named ones. */
    private static final int FREQUENT_COLOURS = 24;

    private final ExportRenderer renderer;
    private final AnimationFormat format;
    private final List<Integer> steps;
    private final double fps;
    private final Path target;
    private final BlockingQueue<int[]> queue = new ArrayBlockingQueue<>(QUEUED_FRAMES);
    private final AtomicBoolean stalled = new AtomicBoolean();
    private final CompletableFuture<Path> result = new CompletableFuture<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final CancellationToken token = new CancellationToken();
    private volatile boolean cancelled;
    private int rendered;
    private long startNanos;
    private volatile long elapsedNanos;

    /**
     * @param renderer a renderer laid out for {@code steps}; the job computes its contours
     * @param steps the step each frame shows, in order
     */
    public AnimationExportJob(ExportRenderer renderer, AnimationFormat format, List<Integer> steps, double fps,
                              Path target) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("an animation needs at least one frame");
        }
        format.checkFps(fps);
        format.checkSize(renderer.spec().width(), renderer.spec().height());
        this.renderer = renderer;
        this.format = format;
        this.steps = List.copyOf(steps);
        this.fps = fps;
        this.target = target;
    }

    /**
     * Starts rendering; call on the JavaFX thread. The future completes with the target when the
     * file is in place, or exceptionally with the IOException or a CancellationException.
     */
    public CompletableFuture<Path> start() {
        startNanos = System.nanoTime();
        Thread worker = new Thread(this::encode, format.extension() + "-export");
        worker.setDaemon(true);
        worker.start();
        return result;
    }

    public CompletableFuture<Path> result() {
        return result;
    }

    /** Fraction of frames written to the file, 0 … 1 (updated on the JavaFX thread). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public int frameCount() {
        return steps.size();
    }

    public AnimationFormat format() {
        return format;
    }

    /** Stops the export; nothing is written and an existing file at the target is kept. */
    public void cancel() {
        cancelled = true;
        token.cancel();
    }

    /** Wall time from {@link #start()} until the file was in place (0 until then). */
    public long elapsedNanos() {
        return elapsedNanos;
    }

    // =============================================================== FX thread

    private void renderBatch() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BATCH_MILLIS);
        while (rendered < steps.size() && !cancelled && !result.isDone()) {
            if (queue.remainingCapacity() == 0 && waitForRoom()) {
                return; // the worker restarts this loop when it has taken a frame
            }
            int[] frame;
            try {
                frame = renderer.render(steps.get(rendered));
            } catch (RuntimeException | OutOfMemoryError e) {
                // The worker waiting for frames sees the result done and gives up: nothing waits.
                cancelled = true;
                result.completeExceptionally(e);
                return;
            }
            queue.add(frame);
            rendered++;
            if (System.nanoTime() > deadline) {
                Platform.runLater(this::renderBatch);
                return;
            }
        }
    }

    /** True if the loop must stop until the worker frees a place; false if one is already free. */
    private boolean waitForRoom() {
        stalled.set(true);
        // The worker may have taken a frame between the check and the flag: then continue here.
        return !(queue.remainingCapacity() > 0 && stalled.compareAndSet(true, false));
    }

    // =============================================================== worker

    private void encode() {
        try {
            ContourResult contours = renderer.computeContours(token);
            Platform.runLater(() -> {
                renderer.setContours(contours);
                renderBatch();
            });
            int width = renderer.spec().width();
            int height = renderer.spec().height();
            switch (format) {
                case GIF -> AtomicFiles.write(target, out -> writeFrames(first ->
                        GifEncoder.open(out, width, height, fps, palette(contours, first))));
                case MP4 -> AtomicFiles.writeChannel(target, channel -> writeFrames(first ->
                        Mp4Encoder.open(new BorrowedChannel(channel), width, height, fps)));
            }
            elapsedNanos = System.nanoTime() - startNanos;
            result.complete(target);
        } catch (CancellationException e) {
            result.completeExceptionally(e);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            // Whatever failed, the renderer stops and whoever waits for the result hears of it;
            // AtomicFiles has already removed the temporary file.
            cancelled = true;
            result.completeExceptionally(e);
        }
    }

    private void writeFrames(EncoderOpener opener) throws IOException {
        int[] first = take();
        try (FrameEncoder encoder = opener.open(first)) {
            encoder.addFrame(first);
            reportProgress(1);
            for (int written = 1; written < steps.size(); written++) {
                encoder.addFrame(take());
                reportProgress(written + 1);
            }
        }
    }

    private int[] take() {
        try {
            while (true) {
                if (cancelled) {
                    throw new CancellationException("the " + format.label() + " export was cancelled");
                }
                int[] frame = queue.poll(50, TimeUnit.MILLISECONDS);
                if (frame != null) {
                    if (stalled.compareAndSet(true, false)) {
                        Platform.runLater(this::renderBatch);
                    }
                    return frame;
                }
                if (result.isDone()) {
                    throw new CancellationException("rendering the frames failed");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the " + format.label() + " export was interrupted");
        }
    }

    private void reportProgress(int written) {
        double fraction = (double) written / steps.size();
        Platform.runLater(() -> progress.set(fraction));
    }

    private GifPalette palette(ContourResult contours, int[] firstFrame) {
        GifPalette.Builder builder = GifPalette.builder();
        ColorBands bands = contours.colorBands();
        for (int band = 0; band < bands.count(); band++) {
            builder.add(bands.argb(band));
        }
        for (LaneRun run : renderer.content().runs()) {
            Color c = Color.web(run.lane().colour());
            builder.add((int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                    | (int) Math.round(c.getBlue() * 255));
        }
        return builder.addMostFrequent(firstFrame, FREQUENT_COLOURS).build();
    }

    /**
     * The temporary file's channel as jcodec writes to it; {@link AtomicFiles} forces and closes
     * it after the encoder is done, so the encoder's close must leave it open.
     */
    private static final class BorrowedChannel extends FileChannelWrapper {
        BorrowedChannel(FileChannel channel) throws IOException {
            super(channel);
        }

        @Override
        public void close() {
            // AtomicFiles closes the channel once the file is forced to disk.
        }
    }
}
