package dev.optimizerplayground.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

/** What ImageIO decodes from a GIF file: size, frame count, first delay and the loop extension. */
public record GifFile(int width, int height, int frames, int firstDelay, boolean loopsForever) {

    public static GifFile read(Path file) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            int frames = reader.getNumImages(true);
            IIOMetadataNode stream = (IIOMetadataNode) reader.getStreamMetadata().getAsTree("javax_imageio_gif_stream_1.0");
            IIOMetadataNode screen = child(stream, "LogicalScreenDescriptor");
            IIOMetadataNode first = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            int delay = Integer.parseInt(child(first, "GraphicControlExtension").getAttribute("delayTime"));
            IIOMetadataNode extensions = child(first, "ApplicationExtensions");
            IIOMetadataNode loop = extensions == null ? null : child(extensions, "ApplicationExtension");
            boolean forever = loop != null && "NETSCAPE".equals(loop.getAttribute("applicationID"))
                    && ((byte[]) loop.getUserObject())[1] == 0 && ((byte[]) loop.getUserObject())[2] == 0;
            return new GifFile(Integer.parseInt(screen.getAttribute("logicalScreenWidth")),
                    Integer.parseInt(screen.getAttribute("logicalScreenHeight")), frames, delay, forever);
        } finally {
            reader.dispose();
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        return null;
    }

    /** Largest difference of one channel between two ARGB colours. */
    static int channelError(int a, int b) {
        int e = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            e = Math.max(e, Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)));
        }
        return e;
    }
}
