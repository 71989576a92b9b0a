package dev.optimizerplayground.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes one ARGB frame as a PNG, optionally with a "Description" text chunk saying what the
 * picture shows (surface, optimizers, settings), which image viewers and search tools display.
 * An opaque frame is stored without an alpha channel, a quarter smaller.
 */
public final class PngEncoder {

    public static final String DESCRIPTION_KEY = "Description";
    private static final String FORMAT = "javax_imageio_png_1.0";

    private PngEncoder() {
    }

    /**
     * @param argb {@code width × height} pixels, row by row
     * @param description caption stored in the file, or null for none; Latin-1 text goes in a tEXt
     *     chunk, anything else (ε, η, ∇) in an iTXt chunk, which holds UTF-8
     */
    public static void write(OutputStream out, int[] argb, int width, int height, String description)
            throws IOException {
        if (argb.length != width * height) {
            throw new IllegalArgumentException("image has " + argb.length + " pixels, expected "
                    + width + "x" + height + " = " + width * height);
        }
        boolean opaque = true;
        for (int p : argb) {
            if (p >>> 24 != 0xFF) {
                opaque = false;
                break;
            }
        }
        BufferedImage image = new BufferedImage(width, height,
                opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(argb, 0, data, 0, argb.length);

        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            IIOMetadata meta = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), null);
            if (description != null && !description.isEmpty()) {
                meta.mergeTree(FORMAT, textChunk(description));
            }
            ImageOutputStream stream = new MemoryCacheImageOutputStream(out);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, meta), null);
            stream.flush();
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode textChunk(String description) {
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        if (StandardCharsets.ISO_8859_1.newEncoder().canEncode(description)) {
            IIOMetadataNode text = new IIOMetadataNode("tEXt");
            IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
            entry.setAttribute("keyword", DESCRIPTION_KEY);
            entry.setAttribute("value", description);
            text.appendChild(entry);
            root.appendChild(text);
        } else {
            IIOMetadataNode text = new IIOMetadataNode("iTXt");
            IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
            entry.setAttribute("keyword", DESCRIPTION_KEY);
            entry.setAttribute("compressionFlag", "FALSE");
            entry.setAttribute("compressionMethod", "0");
            entry.setAttribute("languageTag", "");
            entry.setAttribute("translatedKeyword", "");
            entry.setAttribute("text", description);
            text.appendChild(entry);
            root.appendChild(text);
        }
        return root;
    }
}
