package dev.optimizerplayground.bench;

import dev.optimizerplayground.export.GifEncoder;
import dev.optimizerplayground.export.GifPalette;
import dev.optimizerplayground.plot.Colormap;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * GIF export at 800×600 on synthetic frames that look like the playground: 24 viridis bands of
 * x² + 10y², dark anti-aliased contour lines, grey axis "text" and four trails in the lane
 * colours that grow frame by frame, as in an export of a run.
 *
 * <ul>
 *   <li>{@code encodeFrame}: one frame into a running GIF (quantise, diff, LZW), steady state.
 *   <li>{@code buildPalette}: the palette and its 32K lookup table, once per export.
 *   <li>{@code export200Frames}: a whole 200-frame export, drawing the frames included.
 * </ul>
 * {@link #main} writes /tmp/gif-benchmark.gif and prints its time and size.
 *
 * <p>Only {@code encodeFrame} owns a running encoder ({@link RunningGif}, a state of its own): a
 * shared one was closed with no frame after the other benchmarks ("a GIF needs at least one
 * frame"), failing their last iteration.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GifEncoderBenchmark {

    static final int W = 800;
    static final int H = 600;
    static final int FRAMES = 200;
    static final int BANDS = 24;
    static final int[] LANES = {0xD55E00, 0x56B4E9, 0xF0E442, 0xCC79A7};

    private SyntheticPlot plot;

    /** A GIF being written, with pre-drawn frames to add to it; closed after at least one frame. */
    @State(Scope.Thread)
    public static class RunningGif {
        private int[][] cycle;
        private int next;
        private GifEncoder encoder;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            SyntheticPlot plot = new SyntheticPlot();
            cycle = new int[20][];
            for (int i = 0; i < cycle.length; i++) {
                cycle[i] = plot.frame(i * 10);
            }
            encoder = GifEncoder.open(OutputStream.nullOutputStream(), W, H, 20, plot.palette());
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            encoder.close();
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        plot = new SyntheticPlot();
    }

    @Benchmark
    public int encodeFrame(RunningGif gif) throws IOException {
        // Ping-pong through the pre-drawn frames so each step changes only the trails' tips.
        int period = 2 * (gif.cycle.length - 1);
        int k = gif.next++ % period;
        gif.encoder.addFrame(gif.cycle[k < gif.cycle.length ? k : period - k]);
        return gif.encoder.frameCount();
    }

    @Benchmark
    public GifPalette buildPalette() {
        return plot.palette();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public long export200Frames() throws IOException {
        CountingStream out = new CountingStream();
        export(plot, out);
        return out.count;
    }

    static void export(SyntheticPlot plot, OutputStream out) throws IOException {
        try (GifEncoder gif = GifEncoder.open(out, W, H, 20, plot.palette())) {
            for (int k = 0; k < FRAMES; k++) {
                gif.addFrame(plot.frame(k));
            }
        }
    }

    public static void main(String[] args) throws IOException {
        SyntheticPlot plot = new SyntheticPlot();
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            try (OutputStream out = java.nio.file.Files.newOutputStream(java.nio.file.Path.of("/tmp/gif-benchmark.gif"))) {
                export(plot, new java.io.BufferedOutputStream(out, 1 << 16));
            }
            System.out.printf("200 frames 800x600: %.2f s, %d bytes%n", (System.nanoTime() - t0) / 1e9,
                    java.nio.file.Files.size(java.nio.file.Path.of("/tmp/gif-benchmark.gif")));
        }
    }

    /** The frames: a fixed contour background and four trails drawn up to step k. */
    static final class SyntheticPlot {

        private final int[] background = new int[W * H];
        private final int[] bandColours = new int[BANDS];
        private final double[][] trailX = new double[LANES.length][FRAMES + 1];
        private final double[][] trailY = new double[LANES.length][FRAMES + 1];

        SyntheticPlot() {
            for (int b = 0; b < BANDS; b++) {
                bandColours[b] = Colormap.VIRIDIS.argb((b + 0.5) / BANDS);
            }
            int[] band = new int[W * H];
            for (int py = 0; py < H; py++) {
                for (int px = 0; px < W; px++) {
                    double x = -5 + 10.0 * px / W;
                    double y = 3 - 6.0 * py / H;
                    double f = Math.log1p(x * x + 10 * y * y) / Math.log1p(115);
                    band[py * W + px] = Math.min(BANDS - 1, (int) (f * BANDS));
                    background[py * W + px] = bandColours[band[py * W + px]];
                }
            }
            for (int i = W + 1; i < W * H; i++) { // anti-aliased dark contour lines at band edges
                if (band[i] != band[i - 1] || band[i] != band[i - W]) {
                    background[i] = mix(background[i], 0xFF202020, 0.6);
                }
            }
            for (int py = H - 30; py < H - 18; py++) { // a strip of grey "tick labels"
                for (int px = 40; px < W - 40; px++) {
                    if ((px / 3 + py) % 5 < 2) {
                        background[py * W + px] = 0xFF000000 | 0x10101 * (40 + (px * 7 + py * 13) % 200);
                    }
                }
            }
            double[] rates = {0.08, 0.05, 0.02, 0.07};
            for (int lane = 0; lane < LANES.length; lane++) {
                double x = -4;
                double y = 2;
                for (int t = 0; t <= FRAMES; t++) {
                    trailX[lane][t] = x;
                    trailY[lane][t] = y;
                    double gx = 2 * x;
                    double gy = 20 * y;
                    double n = lane == 2 ? 1 : Math.sqrt(gx * gx + gy * gy) / 10 + 1e-9;
                    x -= rates[lane] * gx / n;
                    y -= rates[lane] * gy / n * (lane == 2 ? 0.9 : 1);
                }
            }
        }

        GifPalette palette() {
            int[] lanes = new int[LANES.length];
            for (int i = 0; i < lanes.length; i++) {
                lanes[i] = 0xFF000000 | LANES[i];
            }
            return GifPalette.builder().add(bandColours).add(lanes).build();
        }

        int[] frame(int k) {
            int[] argb = background.clone();
            for (int lane = 0; lane < LANES.length; lane++) {
                int colour = 0xFF000000 | LANES[lane];
                for (int t = 1; t <= k; t++) {
                    line(argb, px(trailX[lane][t - 1]), py(trailY[lane][t - 1]),
                            px(trailX[lane][t]), py(trailY[lane][t]), colour);
                }
            }
            return argb;
        }

        private static int px(double x) {
            return (int) Math.round((x + 5) / 10 * W);
        }

        private static int py(double y) {
            return (int) Math.round((3 - y) / 6 * H);
        }

        /** A 2-pixel line with a half-blended edge, like an anti-aliased stroke. */
        private static void line(int[] argb, int x0, int y0, int x1, int y1, int colour) {
            int steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)) + 1;
            for (int s = 0; s <= steps; s++) {
                int x = x0 + (x1 - x0) * s / steps;
                int y = y0 + (y1 - y0) * s / steps;
                plot(argb, x, y, colour, 1);
                plot(argb, x + 1, y, colour, 1);
                plot(argb, x, y + 1, colour, 0.5);
                plot(argb, x + 1, y + 1, colour, 0.5);
            }
        }

        private static void plot(int[] argb, int x, int y, int colour, double alpha) {
            if (x >= 0 && x < W && y >= 0 && y < H) {
                argb[y * W + x] = mix(argb[y * W + x], colour, alpha);
            }
        }

        private static int mix(int under, int over, double alpha) {
            int r = (int) ((under >> 16 & 0xFF) * (1 - alpha) + (over >> 16 & 0xFF) * alpha);
            int g = (int) ((under >> 8 & 0xFF) * (1 - alpha) + (over >> 8 & 0xFF) * alpha);
            int b = (int) ((under & 0xFF) * (1 - alpha) + (over & 0xFF) * alpha);
            return 0xFF000000 | r << 16 | g << 8 | b;
        }
    }

    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
