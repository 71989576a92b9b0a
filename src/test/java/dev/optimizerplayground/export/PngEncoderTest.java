package dev.optimizerplayground.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

    private static int[] pixels(int w, int h, int alpha) {
        int[] argb = new int[w * h];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = alpha << 24 | (i * 2654435761L > 0 ? (int) (i * 2654435761L) & 0xFFFFFF : i);
        }
        return argb;
    }

    @Test
    void roundTripsEveryPixelAndTheCaption() throws IOException {
        int[] argb = pixels(37, 23, 0xFF);
        byte[] png = encode(argb, 37, 23, "Rosenbrock, RMSProp vs Adagrad, 500 steps");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(back.getRGB(0, 0, 37, 23, null, 0, 37)).containsExactly(argb);
        assertThat(text(png, "tEXt", "value")).isEqualTo("Rosenbrock, RMSProp vs Adagrad, 500 steps");
    }

    @Test
    void nonLatinCaptionsGoInAnInternationalTextChunkAndAlphaIsKept() throws IOException {
        int[] argb = pixels(8, 8, 0x80);
        byte[] png = encode(argb, 8, 8, "RMSProp, η = 0.01, ε inside √");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(back.getColorModel().hasAlpha()).isTrue();
        assertThat(back.getRGB(3, 3) >>> 24).isEqualTo(0x80);
        assertThat(text(png, "iTXt", "text")).isEqualTo("RMSProp, η = 0.01, ε inside √");
    }

    private static byte[] encode(int[] argb, int w, int h, String caption) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(out, argb, w, h, caption);
        return out.toByteArray();
    }

    private static String text(byte[] png, String chunk, String attribute) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode entry = (IIOMetadataNode) root.getElementsByTagName(chunk + "Entry").item(0);
            assertThat(entry.getAttribute("keyword")).isEqualTo(PngEncoder.DESCRIPTION_KEY);
            return entry.getAttribute(attribute);
        } finally {
            reader.dispose();
        }
    }
}
