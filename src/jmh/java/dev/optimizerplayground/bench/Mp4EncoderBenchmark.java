package dev.optimizerplayground.bench;

import static dev.optimizerplayground.bench.GifEncoderBenchmark.FRAMES;
import static dev.optimizerplayground.bench.GifEncoderBenchmark.H;
import static dev.optimizerplayground.bench.GifEncoderBenchmark.W;

import dev.optimizerplayground.bench.GifEncoderBenchmark.SyntheticPlot;
import dev.optimizerplayground.export.Mp4Encoder;
import java.io.File;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.jcodec.common.io.NIOUtils;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * MP4 export at 800×600 on the same synthetic playground frames as {@link GifEncoderBenchmark},
 * so the two formats compare in one run.
 *
 * <ul>
 *   <li>{@code encodeFrame}: one frame into a running video (colour conversion and H.264), steady state.
 *   <li>{@code export200Frames}: a whole 200-frame 30 fps video, drawing the frames included.
 * </ul>
 * {@link #main} writes /tmp/mp4-benchmark.mp4 and prints its time and size.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Mp4EncoderBenchmark {

    private SyntheticPlot plot;
    private int[][] cycle;
    private int next;

    @Setup
    public void setUp() {
        plot = new SyntheticPlot();
        cycle = new int[20][];
        for (int i = 0; i < cycle.length; i++) {
            cycle[i] = plot.frame(i * 10);
        }
    }

    @Benchmark
    public int encodeFrame() throws IOException {
        // A short video per call keeps the file small; 30 frames amortise opening and closing it.
        try (Mp4Encoder mp4 = Mp4Encoder.open(NIOUtils.writableChannel(scratch()), W, H, 30)) {
            for (int k = 0; k < 30; k++) {
                mp4.addFrame(cycle[next++ % cycle.length]);
            }
        }
        return next;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public long export200Frames() throws IOException {
        File out = scratch();
        export(plot, out);
        return out.length();
    }

    static void export(SyntheticPlot plot, File out) throws IOException {
        try (Mp4Encoder mp4 = Mp4Encoder.open(NIOUtils.writableChannel(out), W, H, 30)) {
            for (int k = 0; k < FRAMES; k++) {
                mp4.addFrame(plot.frame(k));
            }
        }
    }

    private static File scratch() throws IOException {
        File file = File.createTempFile("mp4-benchmark", ".mp4");
        file.deleteOnExit();
        return file;
    }

    public static void main(String[] args) throws IOException {
        SyntheticPlot plot = new SyntheticPlot();
        File out = new File("/tmp/mp4-benchmark.mp4");
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            export(plot, out);
            System.out.printf("200 frames 800x600: %.2f s, %d bytes%n", (System.nanoTime() - t0) / 1e9, out.length());
        }
    }
}
