package dev.optimizerplayground.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.DemuxerTrackMeta;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.Picture;
import org.jcodec.containers.mp4.demuxer.MP4Demuxer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Mp4EncoderTest {

    private static final int W = 96;
    private static final int H = 64;

    @TempDir
    Path dir;

    @Test
    void writesAnMp4WithEveryFrameAtTheFrameRate() throws Exception {
        Path file = dir.resolve("race.mp4");
        try (Mp4Encoder mp4 = Mp4Encoder.open(NIOUtils.writableChannel(file.toFile()), W, H, 12.5)) {
            for (int k = 0; k < 25; k++) {
                mp4.addFrame(frame(k));
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 4, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("ftyp");
        try (SeekableByteChannel in = NIOUtils.readableChannel(file.toFile())) {
            DemuxerTrackMeta meta = MP4Demuxer.createMP4Demuxer(in).getVideoTrack().getMeta();
            assertThat(meta.getTotalFrames()).isEqualTo(25);
            assertThat(meta.getTotalDuration()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(meta.getVideoCodecMeta().getSize().getWidth()).isEqualTo(W);
        }
    }

    @Test
    void decodedColoursAreTheDrawnOnes() throws Exception {
        Path file = dir.resolve("colours.mp4");
        int[] drawn = frame(3);
        try (Mp4Encoder mp4 = Mp4Encoder.open(NIOUtils.writableChannel(file.toFile()), W, H, 30)) {
            mp4.addFrame(drawn);
        }
        Picture decoded;
        try (SeekableByteChannel in = NIOUtils.readableChannel(file.toFile())) {
            decoded = FrameGrab.createFrameGrab(in).getNativeFrame();
        }
        // Decode each flat block's centre as a player would (BT.709, limited range) and compare.
        for (int[] at : new int[][] {{16, 16}, {48, 16}, {80, 16}, {16, 48}, {48, 48}, {80, 48}}) {
            int expected = drawn[at[1] * W + at[0]];
            int[] rgb = playerRgb(decoded, at[0], at[1]);
            assertThat(rgb[0]).as("red at %s", java.util.Arrays.toString(at)).isCloseTo(expected >> 16 & 0xff, org.assertj.core.data.Offset.offset(6));
            assertThat(rgb[1]).as("green at %s", java.util.Arrays.toString(at)).isCloseTo(expected >> 8 & 0xff, org.assertj.core.data.Offset.offset(6));
            assertThat(rgb[2]).as("blue at %s", java.util.Arrays.toString(at)).isCloseTo(expected & 0xff, org.assertj.core.data.Offset.offset(6));
        }
    }

    @Test
    void conversionHitsTheLimitedRangeEnds() {
        assertThat(Mp4Encoder.luma(0, 0, 0)).isEqualTo(16);
        assertThat(Mp4Encoder.luma(255, 255, 255)).isEqualTo(235);
        assertThat(Mp4Encoder.blueDifference(0, 0, 255)).isEqualTo(240);
        assertThat(Mp4Encoder.redDifference(255, 0, 0)).isEqualTo(240);
        assertThat(Mp4Encoder.redDifference(128, 128, 128)).isEqualTo(128);
    }

    @Test
    void theFixedPointConversionGivesTheFormulasSamples() {
        int w = 512;
        int h = 512;
        int[] argb = new int[w * h];
        java.util.Random random = new java.util.Random(15);
        for (int i = 0; i < argb.length; i++) {
            argb[i] = 0xff000000 | random.nextInt(1 << 24);
        }
        Picture picture = Picture.create(w, h, org.jcodec.common.model.ColorSpace.YUV420J);
        Mp4Encoder.toYuv(argb, w, h, picture);
        int off = 0;
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            int expected = Mp4Encoder.luma(p >> 16 & 0xff, p >> 8 & 0xff, p & 0xff);
            int got = picture.getPlaneData(0)[i] + 128;
            assertThat(Math.abs(got - expected)).as("luma of %06x", p & 0xffffff).isLessThanOrEqualTo(1);
            off += got == expected ? 0 : 1;
        }
        for (int row = 0; row < h; row += 2) {
            for (int col = 0; col < w; col += 2) {
                double[] mean = new double[3];
                for (int k = 0; k < 4; k++) {
                    int p = argb[(row + k / 2) * w + col + k % 2];
                    mean[0] += (p >> 16 & 0xff) / 4.0;
                    mean[1] += (p >> 8 & 0xff) / 4.0;
                    mean[2] += (p & 0xff) / 4.0;
                }
                int index = row / 2 * (w / 2) + col / 2;
                int cb = picture.getPlaneData(1)[index] + 128;
                int cr = picture.getPlaneData(2)[index] + 128;
                assertThat(Math.abs(cb - Mp4Encoder.blueDifference(mean[0], mean[1], mean[2]))).isLessThanOrEqualTo(1);
                assertThat(Math.abs(cr - Mp4Encoder.redDifference(mean[0], mean[1], mean[2]))).isLessThanOrEqualTo(1);
                off += cb == Mp4Encoder.blueDifference(mean[0], mean[1], mean[2]) ? 0 : 1;
                off += cr == Mp4Encoder.redDifference(mean[0], mean[1], mean[2]) ? 0 : 1;
            }
        }
        assertThat(off).as("samples one step off (a half step rounded the other way)").isLessThanOrEqualTo(3);
    }

    @Test
    void refusesOddSizesFrameRatesPlayersCannotShowAndAnEmptyVideo() throws IOException {
        Path file = dir.resolve("bad.mp4");
        assertThatThrownBy(() -> Mp4Encoder.open(NIOUtils.writableChannel(file.toFile()), 801, 600, 30))
                .hasMessage("video width and height must be even, got 801x600");
        assertThatThrownBy(() -> Mp4Encoder.checkSize(4096, 600))
                .hasMessage("video size must be 2..2048 pixels each way, got 4096x600");
        assertThatThrownBy(() -> Mp4Encoder.open(NIOUtils.writableChannel(file.toFile()), 800, 600, 61))
                .hasMessage("video frames per second must be in [1, 60], got 61.0");
        Mp4Encoder empty = Mp4Encoder.open(NIOUtils.writableChannel(file.toFile()), 800, 600, 30);
        assertThatThrownBy(empty::close).hasMessage("a video needs at least one frame");
        Mp4Encoder small = Mp4Encoder.open(NIOUtils.writableChannel(file.toFile()), W, H, 30);
        assertThatThrownBy(() -> small.addFrame(new int[10])).hasMessage("a frame has 6144 pixels, got 10");
        small.addFrame(frame(0));
        small.close();
    }

    /** Six flat 32×32 blocks of plot-like colours, one moving bar so frames differ. */
    private static int[] frame(int k) {
        int[] colours = {0xffffffff, 0xff0072b2, 0xffe69f00, 0xff009e73, 0xffcc79a7, 0xff202020};
        int[] argb = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                argb[y * W + x] = colours[(y / 32) * 3 + x / 32];
            }
        }
        for (int y = 0; y < H; y++) {
            argb[y * W + (k * 3) % W] = 0xffd55e00;
        }
        return argb;
    }

    private static int[] playerRgb(Picture p, int x, int y) {
        double luma = ((p.getPlaneData(0)[y * p.getPlaneWidth(0) + x] + 128) - 16) * 255 / 219.0;
        int c = (y / 2) * p.getPlaneWidth(1) + x / 2;
        double cb = ((p.getPlaneData(1)[c] + 128) - 128) * 255 / 224.0;
        double cr = ((p.getPlaneData(2)[c] + 128) - 128) * 255 / 224.0;
        double r = luma + 1.5748 * cr;
        double g = luma - 0.1873 * cb - 0.4681 * cr;
        double b = luma + 1.8556 * cb;
        return new int[] {clamp(r), clamp(g), clamp(b)};
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
