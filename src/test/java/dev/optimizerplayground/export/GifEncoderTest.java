package dev.optimizerplayground.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

class GifEncoderTest {

    private static final int W = 160;
    private static final int H = 120;
    private static final int[] BANDS = {0x440154, 0x3B528B, 0x21918C, 0x5EC962, 0xFDE725};
    private static final int TRAIL = 0xD55E00;

    /** Five flat colour bands, a black axis line and a trail that grows one pixel a frame. */
    private static int[] frame(int k) {
        int[] argb = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int band = Math.min(BANDS.length - 1, (x + y) * BANDS.length / (W + H));
                argb[y * W + x] = 0xFF000000 | BANDS[band];
            }
            argb[y * W + 10] = 0xFF000000;
        }
        for (int i = 0; i <= k; i++) {
            argb[60 * W + 20 + 3 * i] = 0xFF000000 | TRAIL;
            argb[61 * W + 20 + 3 * i] = 0xFF000000 | 0x808080 + i; // an anti-aliased-like grey
        }
        return argb;
    }

    private static byte[] encode(int frames, double fps, boolean differencing) throws IOException {
        GifPalette palette = GifPalette.builder().add(BANDS).add(TRAIL).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GifEncoder gif = GifEncoder.open(out, W, H, fps, palette, differencing)) {
            for (int k = 0; k < frames; k++) {
                gif.addFrame(frame(k));
            }
            assertThat(gif.frameCount()).isEqualTo(frames);
        }
        return out.toByteArray();
    }

    @Test
    void decodesWithTheRightFramesSizeDelayLoopAndOneGlobalPalette() throws IOException {
        byte[] gif = encode(12, 20, true);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(12);
            IIOMetadataNode stream = (IIOMetadataNode) reader.getStreamMetadata()
                    .getAsTree("javax_imageio_gif_stream_1.0");
            IIOMetadataNode screen = child(stream, "LogicalScreenDescriptor");
            assertThat(screen.getAttribute("logicalScreenWidth")).isEqualTo("160");
            assertThat(screen.getAttribute("logicalScreenHeight")).isEqualTo("120");
            assertThat(child(stream, "GlobalColorTable").getAttribute("sizeOfGlobalColorTable")).isEqualTo("256");

            int[] canvas = new int[W * H];
            for (int i = 0; i < 12; i++) {
                IIOMetadataNode image = (IIOMetadataNode) reader.getImageMetadata(i)
                        .getAsTree("javax_imageio_gif_image_1.0");
                assertThat(child(image, "LocalColorTable")).as("frame %d has no local palette", i).isNull();
                IIOMetadataNode control = child(image, "GraphicControlExtension");
                assertThat(control.getAttribute("delayTime")).isEqualTo("5");
                if (i == 0) {
                    IIOMetadataNode loop = child(child(image, "ApplicationExtensions"), "ApplicationExtension");
                    assertThat(loop.getAttribute("applicationID")).isEqualTo("NETSCAPE");
                    assertThat(loop.getAttribute("authenticationCode")).isEqualTo("2.0");
                    assertThat((byte[]) loop.getUserObject()).containsExactly(1, 0, 0);
                }
                IIOMetadataNode descriptor = child(image, "ImageDescriptor");
                int left = Integer.parseInt(descriptor.getAttribute("imageLeftPosition"));
                int top = Integer.parseInt(descriptor.getAttribute("imageTopPosition"));
                BufferedImage part = reader.read(i);
                if (i > 0) {
                    assertThat(part.getWidth() * part.getHeight()).as("only the changed rectangle").isLessThan(W * H / 10);
                }
                for (int y = 0; y < part.getHeight(); y++) {
                    for (int x = 0; x < part.getWidth(); x++) {
                        int p = part.getRGB(x, y);
                        if (p >>> 24 != 0) {
                            canvas[(top + y) * W + left + x] = p;
                        }
                    }
                }
            }
            int[] expected = frame(11);
            for (int i = 0; i < canvas.length; i++) {
                assertThat(channelError(canvas[i], expected[i])).as("pixel %d", i).isLessThanOrEqualTo(12);
            }
            assertThat(canvas[60 * W + 20 + 33] & 0xFFFFFF).as("the trail colour survives exactly").isEqualTo(TRAIL);
            assertThat(canvas[5 * W + 5] & 0xFFFFFF).as("a band colour survives exactly").isEqualTo(BANDS[0]);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void differencingMakesSmallerFiles() throws IOException {
        assertThat(encode(12, 20, true).length).isLessThan(encode(12, 20, false).length / 3);
    }

    @Test
    void delaysStayOnTimeAtFpsThatDoNotDivideAHundred() throws IOException {
        GifEncoder gif = GifEncoder.open(new ByteArrayOutputStream(), 2, 2, 30, GifPalette.of());
        int total = 0;
        for (int k = 0; k < 30; k++) {
            assertThat(gif.delay(k)).isBetween(3, 4);
            total += gif.delay(k);
        }
        assertThat(total).isEqualTo(100);
    }

    @Test
    void aFrameOfTheWrongSizeIsRefused() throws IOException {
        GifEncoder gif = GifEncoder.open(new ByteArrayOutputStream(), 4, 4, 10, GifPalette.of());
        assertThatThrownBy(() -> gif.addFrame(new int[15])).hasMessage("frame has 15 pixels, expected 4x4 = 16");
    }

    @Test
    void aOneByOneGifWithRepeatedAndChangedFramesDecodes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GifEncoder gif = GifEncoder.open(out, 1, 1, 10, GifPalette.of(0xFF0000))) {
            gif.addFrame(new int[] {0xFFFF0000});
            gif.addFrame(new int[] {0xFFFF0000}); // unchanged: a transparent pixel carries the delay
            gif.addFrame(new int[] {0xFF00FF00});
        }
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(3);
            assertThat(reader.read(0).getRGB(0, 0)).isEqualTo(0xFFFF0000);
            assertThat(reader.read(2).getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x00FF00);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void closingWithoutAFrameFailsInsteadOfWritingAnUnreadableFile() throws IOException {
        GifEncoder gif = GifEncoder.open(new ByteArrayOutputStream(), 4, 4, 10, GifPalette.of());
        assertThatThrownBy(gif::close).isInstanceOf(IOException.class).hasMessageContaining("at least one frame");
        gif.close(); // a second close is a no-op
    }

    @Test
    void framesPerSecondOutsideWhatAGifCanStoreAreRefusedClearly() {
        for (double fps : new double[] {0, -1, Double.NaN, 0.001, 60, 100, 1000}) {
            assertThatThrownBy(() -> GifEncoder.open(new ByteArrayOutputStream(), 2, 2, fps, GifPalette.of()))
                    .as("fps %s", fps).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("frames per second must be in [0.01, 50.0]");
        }
    }

    @Test
    void theSlowestAllowedRateStillFitsTheSixteenBitDelay() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GifEncoder gif = GifEncoder.open(out, 2, 2, GifEncoder.MIN_FPS, GifPalette.of())) {
            gif.addFrame(new int[4]);
            assertThat(gif.delay(0)).isEqualTo(10_000);
        }
    }

    @Test
    void aSizeWhosePixelCountOverflowsAnIntIsRefusedClearly() {
        assertThatThrownBy(() -> GifEncoder.open(new ByteArrayOutputStream(), 65535, 65535, 10, GifPalette.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
    }

    @Test
    void anyColourLandsNearItsPaletteEntry() {
        GifPalette palette = GifPalette.of(BANDS);
        assertThat(palette.size()).isLessThanOrEqualTo(255);
        for (int c = 0; c < 1 << 24; c += 99_991) {
            assertThat(channelError(palette.rgb(palette.indexOf(c)), c)).as("colour %06X", c).isLessThanOrEqualTo(40);
        }
        for (int band : BANDS) {
            assertThat(palette.rgb(palette.indexOf(band))).isEqualTo(band);
        }
    }

    private static int channelError(int a, int b) {
        int e = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            e = Math.max(e, Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)));
        }
        return e;
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        return null;
    }
}
