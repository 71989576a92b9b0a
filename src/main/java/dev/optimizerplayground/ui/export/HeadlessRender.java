package dev.optimizerplayground.ui.export;

import dev.optimizerplayground.core.io.AtomicFiles;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.export.AnimationFormat;
import dev.optimizerplayground.export.PictureMemory;
import dev.optimizerplayground.export.PngEncoder;
import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.plot.ContourResult;
import dev.optimizerplayground.session.PlaygroundState;
import dev.optimizerplayground.session.RunSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;

/**
 * Renders a picture or an animation without a window, for the {@code render} command: the one
 * entry of the UI layer that the command line uses. It takes a playground state and its runs, plain
 * values, and does the image work (which needs JavaFX) here.
 *
 * <p>JavaFX always runs on Monocle's headless platform with the software renderer here, display or
 * not, so the same command gives the same pixels on a desktop, a server and in CI. If JavaFX is
 * already running in this process (the tests), it is used as it is and left running; otherwise it
 * is started and shut down again.
 */
public final class HeadlessRender {

    /**
     * What to render and where to.
     *
     * @param runs the state's runs ({@link dev.optimizerplayground.session.RunPlan#runs})
     * @param title the heading above the plot, or null for none
     * @param animation GIF or MP4 for an animation, null for a PNG
     * @param step PNG: the step shown
     * @param frames animation: the number of frames, spread evenly over the steps
     */
    public record Request(PlaygroundState state, RunSet runs, int width, int height, double scale, String title,
                          Path out, AnimationFormat animation, int step, int frames, double fps) {
    }

    /** What was written: the file, its frame count, and the time the image work took. */
    public record Outcome(Path file, int frames, long nanos) {
    }

    /**
     * JavaFX warns on stderr that it was loaded from the class path (the runnable jar); a command's
     * stderr is kept for real errors. Held here because JUL keeps loggers only weakly.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private HeadlessRender() {
    }

    /**
     * @throws IllegalArgumentException for a picture size out of range or one the heap cannot hold,
     *     before any work, or when the heap ran out all the same: one line saying what to change
     */
    public static Outcome render(Request request) throws IOException {
        PlotContent content = PlotContent.of(request.state(), request.runs(), true); // as the window draws by default
        PictureSpec picture = new PictureSpec(request.width(), request.height(), request.scale(), request.title(),
                true, true);
        AnimationFormat animation = request.animation();
        if (animation != null) {
            animation.checkSize(picture.width(), picture.height());
        }
        PictureMemory.ofThisJvm().check(picture.width(), picture.height(),
                animation == null ? PictureMemory.Output.PICTURE : animation.memory());
        boolean started = startJavaFx();
        try {
            return animation != null ? animate(request, content, picture) : png(request, content, picture);
        } catch (OutOfMemoryError e) {
            // The estimate was too low for this heap: still one line, and the temp file is gone
            // (AtomicFiles removes it on any failure), rather than a stack trace.
            throw PictureMemory.ranOut(picture.width(), picture.height(), e);
        } finally {
            if (started) {
                Platform.exit();
            }
        }
    }

    private static Outcome png(Request request, PlotContent content, PictureSpec p) throws IOException {
        long t0 = System.nanoTime();
        List<Integer> steps = List.of(request.step());
        ExportRenderer renderer = onFx(() -> new ExportRenderer(p, content, steps));
        ContourResult contours = renderer.computeContours(new CancellationToken());
        int[] argb = onFx(() -> {
            renderer.setContours(contours);
            return renderer.render(request.step());
        });
        String description = content.description(p.title());
        AtomicFiles.write(request.out(), out -> PngEncoder.write(out, argb, p.width(), p.height(), description));
        return new Outcome(request.out(), 1, System.nanoTime() - t0);
    }

    private static Outcome animate(Request request, PlotContent content, PictureSpec picture) throws IOException {
        List<Integer> steps = FrameSteps.spread(0, content.lastStep(), request.frames());
        ExportRenderer renderer = onFx(() -> new ExportRenderer(picture, content, steps));
        long t0 = System.nanoTime();
        CompletableFuture<Path> done = onFx(() -> new AnimationExportJob(renderer, request.animation(), steps,
                request.fps(), request.out()).start());
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(Messages.get("export.error.interrupted-writing", request.out()), e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
        return new Outcome(request.out(), steps.size(), System.nanoTime() - t0);
    }

    /** Starts JavaFX headless unless it is running already; true if this call started it. */
    private static boolean startJavaFx() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            return false;
        }
        try {
            ready.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    private static <T> T onFx(Callable<T> work) throws IOException {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return ((Future<T>) task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(Messages.get("export.error.interrupted-rendering"), e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    private static IOException rethrow(Throwable cause) throws IOException {
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IOException(cause);
    }
}
