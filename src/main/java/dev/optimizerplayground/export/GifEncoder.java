package dev.optimizerplayground.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes an animated GIF one frame at a time, so a long export never holds more than two frames.
 * All frames share one {@link GifPalette} (the GIF's global colour table); the animation loops
 * forever (NETSCAPE2.0 extension); each frame after the first stores only the rectangle that
 * changed, with unchanged pixels inside it transparent, which keeps files small when only the
 * trails grow. LZW compression is ImageIO's.
 *
 * <pre>{@code
 * try (GifEncoder gif = GifEncoder.open(out, 800, 600, 20, palette)) {
 *     for (...) gif.addFrame(argb);
 * }
 * }</pre>
 */
public final class GifEncoder implements FrameEncoder {

    /** GIF delays are 16-bit counts of hundredths of a second, so a frame lasts at most 655 s. */
    public static final double MIN_FPS = 0.01;
    /**
     * Browsers show a frame whose delay is under 2/100 s for 1/10 s instead, so anything faster
     * than 50 frames a second would play slower than asked.
     */
    public static final double MAX_FPS = 50;
    /** A GIF's logical screen is 16 bits each way. */
    public static final int MAX_SIDE = 65535;

    private static final String STREAM_FORMAT = "javax_imageio_gif_stream_1.0";
    private static final String IMAGE_FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private final int width;
    private final int height;
    private final double fps;
    private final GifPalette palette;
    private final IndexColorModel colorModel;
    private final boolean differencing;
    private byte[] shown;
    private byte[] next;
    private int frames;
    private boolean closed;

    private GifEncoder(OutputStream out, int width, int height, double fps, GifPalette palette,
                       boolean differencing) throws IOException {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("GIF size must be 1.." + MAX_SIDE + " pixels each way, got " + width + "x" + height);
        }
        if ((long) width * height > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("GIF of " + width + "x" + height + " pixels is too large to hold in memory");
        }
        if (!(fps >= MIN_FPS && fps <= MAX_FPS)) {
            throw new IllegalArgumentException("frames per second must be in [" + MIN_FPS + ", " + MAX_FPS + "], got " + fps);
        }
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.palette = palette;
        this.differencing = differencing;
        byte[][] c = palette.channels();
        this.colorModel = new IndexColorModel(8, 256, c[0], c[1], c[2], GifPalette.TRANSPARENT);
        this.shown = new byte[width * height];
        this.next = new byte[width * height];
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("this Java has no GIF writer");
        }
        this.writer = writers.next();
        this.stream = new MemoryCacheImageOutputStream(out);
        writer.setOutput(stream);
        writer.prepareWriteSequence(streamMetadata());
    }

    /** Starts a GIF of {@code width}×{@code height} pixels shown at {@code fps} frames a second. */
    public static GifEncoder open(OutputStream out, int width, int height, double fps, GifPalette palette)
            throws IOException {
        return new GifEncoder(out, width, height, fps, palette, true);
    }

    /** As {@link #open}, choosing whether frames store only their changed rectangle. */
    public static GifEncoder open(OutputStream out, int width, int height, double fps, GifPalette palette,
                                  boolean differencing) throws IOException {
        return new GifEncoder(out, width, height, fps, palette, differencing);
    }

    /** Appends a frame of {@code width × height} ARGB pixels, row by row (alpha is ignored). */
    @Override
    public void addFrame(int[] argb) throws IOException {
        if (closed) {
            throw new IllegalStateException("the GIF is already closed");
        }
        if (argb.length != width * height) {
            throw new IllegalArgumentException("frame has " + argb.length + " pixels, expected "
                    + width + "x" + height + " = " + width * height);
        }
        palette.quantize(argb, next, next.length);
        int x0 = 0;
        int y0 = 0;
        int x1 = width - 1;
        int y1 = height - 1;
        boolean partial = differencing && frames > 0;
        if (partial) {
            int[] box = changedBox();
            if (box == null) {
                x1 = 0; // nothing changed: a single transparent pixel carries the frame's delay
                y1 = 0;
            } else {
                x0 = box[0];
                y0 = box[1];
                x1 = box[2];
                y1 = box[3];
            }
        }
        int w = x1 - x0 + 1;
        int h = y1 - y0 + 1;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, colorModel);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            int row = (y0 + y) * width + x0;
            if (partial) {
                for (int x = 0; x < w; x++) {
                    byte v = next[row + x];
                    pixels[y * w + x] = v == shown[row + x] ? (byte) GifPalette.TRANSPARENT : v;
                }
            } else {
                System.arraycopy(next, row, pixels, y * w, w);
            }
        }
        writer.writeToSequence(new IIOImage(image, null, imageMetadata(image, x0, y0, delay(frames))), null);
        stream.flush(); // hands the bytes to the output stream, so nothing accumulates in memory
        byte[] swap = shown;
        shown = next;
        next = swap;
        frames++;
    }

    public int frameCount() {
        return frames;
    }

    /**
     * Ends the GIF. The output stream stays open: it belongs to the caller.
     *
     * @throws IOException if no frame was added: ImageIO would then write a one-byte file that no
     *     viewer opens, and an error lets an atomic save keep the old file instead
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (frames == 0) {
                throw new IOException("a GIF needs at least one frame; none was added");
            }
            writer.endWriteSequence();
            stream.flush();
        } finally {
            writer.dispose();
        }
    }

    /**
     * Delay of frame k in hundredths of a second. GIF delays are whole centiseconds, so each one is
     * the difference of the rounded frame start times: 30 fps alternates 3 and 4 and stays on time.
     */
    int delay(int k) {
        return (int) (Math.round(100 * (k + 1) / fps) - Math.round(100 * k / fps));
    }

    /** {x0, y0, x1, y1} of the pixels whose palette index changed, or null when none did. */
    private int[] changedBox() {
        int top = -1;
        int bottom = -1;
        int left = width;
        int right = -1;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int first = -1;
            for (int x = 0; x < width; x++) {
                if (next[row + x] != shown[row + x]) {
                    first = x;
                    break;
                }
            }
            if (first < 0) {
                continue;
            }
            int last = width - 1;
            while (next[row + last] == shown[row + last]) {
                last--;
            }
            if (top < 0) {
                top = y;
            }
            bottom = y;
            left = Math.min(left, first);
            right = Math.max(right, last);
        }
        return top < 0 ? null : new int[] {left, top, right, bottom};
    }

    private IIOMetadata streamMetadata() throws IOException {
        IIOMetadata meta = writer.getDefaultStreamMetadata(null);
        IIOMetadataNode root = new IIOMetadataNode(STREAM_FORMAT);
        IIOMetadataNode version = new IIOMetadataNode("Version");
        version.setAttribute("value", "89a");
        root.appendChild(version);
        IIOMetadataNode screen = new IIOMetadataNode("LogicalScreenDescriptor");
        screen.setAttribute("logicalScreenWidth", Integer.toString(width));
        screen.setAttribute("logicalScreenHeight", Integer.toString(height));
        screen.setAttribute("colorResolution", "8");
        screen.setAttribute("pixelAspectRatio", "0");
        root.appendChild(screen);
        IIOMetadataNode table = new IIOMetadataNode("GlobalColorTable");
        table.setAttribute("sizeOfGlobalColorTable", "256");
        table.setAttribute("backgroundColorIndex", "0");
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < 256; i++) {
            int c = i < palette.size() ? palette.rgb(i) : 0;
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString(c >> 16 & 0xFF));
            entry.setAttribute("green", Integer.toString(c >> 8 & 0xFF));
            entry.setAttribute("blue", Integer.toString(c & 0xFF));
            table.appendChild(entry);
        }
        root.appendChild(table);
        meta.setFromTree(STREAM_FORMAT, root);
        return meta;
    }

    private IIOMetadata imageMetadata(BufferedImage image, int left, int top, int delay) throws IOException {
        IIOMetadata meta = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), null);
        IIOMetadataNode root = new IIOMetadataNode(IMAGE_FORMAT);
        IIOMetadataNode descriptor = new IIOMetadataNode("ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", Integer.toString(left));
        descriptor.setAttribute("imageTopPosition", Integer.toString(top));
        descriptor.setAttribute("imageWidth", Integer.toString(image.getWidth()));
        descriptor.setAttribute("imageHeight", Integer.toString(image.getHeight()));
        descriptor.setAttribute("interlaceFlag", "FALSE");
        root.appendChild(descriptor);
        IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
        // Each frame is drawn over the previous one; transparent pixels let it show through.
        control.setAttribute("disposalMethod", "doNotDispose");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "TRUE");
        control.setAttribute("delayTime", Integer.toString(delay));
        control.setAttribute("transparentColorIndex", Integer.toString(GifPalette.TRANSPARENT));
        root.appendChild(control);
        if (frames == 0) {
            IIOMetadataNode extensions = new IIOMetadataNode("ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0 = forever
            extensions.appendChild(loop);
            root.appendChild(extensions);
        }
        meta.mergeTree(IMAGE_FORMAT, root);
        return meta;
    }
}
