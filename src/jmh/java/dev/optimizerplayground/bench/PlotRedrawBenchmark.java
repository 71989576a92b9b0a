package dev.optimizerplayground.bench;

import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.surface.Preset;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.surface.SurfaceParseException;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.plot.ContourComputation;
import dev.optimizerplayground.plot.ContourResult;
import dev.optimizerplayground.plot.LevelScale;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.session.RunSet.LaneRun;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import dev.optimizerplayground.ui.plot.ContourModel;
import dev.optimizerplayground.ui.plot.PlotFrame;
import dev.optimizerplayground.ui.plot.PlotOptions;
import dev.optimizerplayground.ui.plot.PlotPainter;
import dev.optimizerplayground.ui.plot.PlotView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the plot costs: a surface change (parse and compile the formula, then sample, level, paint
 * and trace the contours at 800×600), and one animation frame of the overlay with four
 * 10,000-step trails, painted into a Canvas on the JavaFX thread (Monocle, software pipeline when
 * run through the bench profile).
 *
 * <p>"paintOverlay" redraws all four trails whole (what an export does); "playbackFrame" is one
 * frame of a live {@link PlotView} playing at 5,000 steps per second (83 steps a frame, looping,
 * so every 121st frame redraws from scratch), which extends its trail canvas by the new steps only.
 * Both measure the FX thread's own work (the Canvas records the drawing); the "AndRender" variants
 * add rasterising it, via a snapshot.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlotRedrawBenchmark {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 600;
    private static final int STEPS = 10_000;
    /** 5,000 steps per second (the fastest playback) at 60 frames per second. */
    private static final int STEPS_PER_FRAME = 83;

    @Param({"rosenbrock", "rastrigin", "goldstein-price"})
    public String preset;

    private Preset chosen;
    private Surface surface;
    private ViewWindow bounds;
    private Canvas canvas;
    private PlotPainter painter;
    private PlotFrame frame;
    private PlaygroundModel model;
    private PlotView view;
    private int step;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        chosen = Presets.byId(preset).orElseThrow();
        surface = Surface.parse(chosen.formula());
        ViewWindow w = chosen.window();
        bounds = w;
        ContourResult contours = ContourComputation.compute(surface::newEvaluator, bounds, WIDTH, HEIGHT,
                LevelScale.AUTO, CancellationToken.none());
        List<LaneRun> runs = new ArrayList<>();
        for (OptimizerLane lane : List.of(OptimizerLane.RMSPROP, OptimizerLane.ADAGRAD, OptimizerLane.SGD,
                OptimizerLane.ADAM)) {
            runs.add(new LaneRun(lane, Runner.run(new RunSpec(surface, lane.initialConfig(), chosen.start(), STEPS))));
        }
        frame = new PlotFrame(contours, w, runs, STEPS, chosen.start(), chosen.minima(), PlotOptions.overlay());
        startFx();
        onFx(() -> {
            canvas = new Canvas(WIDTH, HEIGHT);
            painter = new PlotPainter();
            model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
            model.selectPreset(chosen);
            model.stepsProperty().set(STEPS);
            ContourModel contourModel = new ContourModel(model, BackgroundWork.SAME_THREAD);
            view = new PlotView(model, contourModel, null);
            new Scene(new Group(view));
            view.resize(WIDTH, HEIGHT);
            view.layout();
            view.paintDirtyLayers();
            return null;
        });
    }

    private static void startFx() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
        Platform.setImplicitExit(false);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Platform.exit();
    }

    /** Surface edit to finished contours: parse + compile, then the whole contour pipeline. */
    @Benchmark
    public ContourResult surfaceChangeToContours() throws SurfaceParseException {
        Surface fresh = Surface.parse(chosen.formula());
        return ContourComputation.compute(fresh::newEvaluator, bounds, WIDTH, HEIGHT, LevelScale.AUTO,
                CancellationToken.none());
    }

    /** Zoom or pan: the contour pipeline alone on the compiled surface. */
    @Benchmark
    public ContourResult contours() {
        return ContourComputation.compute(surface::newEvaluator, bounds, WIDTH, HEIGHT, LevelScale.AUTO,
                CancellationToken.none());
    }

    @Benchmark
    public Object paintOverlay() throws Exception {
        return onFx(() -> {
            painter.paintOverlay(canvas.getGraphicsContext2D(), WIDTH, HEIGHT, frame);
            return canvas;
        });
    }

    @Benchmark
    public WritableImage paintOverlayAndRender() throws Exception {
        return onFx(() -> {
            painter.paintOverlay(canvas.getGraphicsContext2D(), WIDTH, HEIGHT, frame);
            return canvas.snapshot(null, null);
        });
    }

    @Benchmark
    public Object playbackFrame() throws Exception {
        return onFx(() -> {
            advance();
            return view;
        });
    }

    @Benchmark
    public WritableImage playbackFrameAndRender() throws Exception {
        return onFx(() -> {
            advance();
            return view.snapshot(null, null);
        });
    }

    private void advance() {
        step = (step + STEPS_PER_FRAME) % (STEPS + 1);
        model.playback().stepProperty().set(step);
        view.paintDirtyLayers();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
