package dev.optimizerplayground.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.jcodec.codecs.h264.H264Encoder;
import org.jcodec.codecs.h264.encode.DumbRateControl;
import org.jcodec.codecs.h264.io.model.SeqParameterSet;
import org.jcodec.codecs.h264.io.model.VUIParameters;
import org.jcodec.common.Codec;
import org.jcodec.common.MuxerTrack;
import org.jcodec.common.VideoCodecMeta;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Size;
import org.jcodec.containers.mp4.muxer.MP4Muxer;

/**
 * Writes an MP4 video (H.264, 4:2:0, BT.709 limited range, as every slide program and browser
 * plays it) one frame at a time, with jcodec's pure-Java encoder, so nothing has to be installed.
 *
 * <p>The colours are converted here rather than by jcodec, whose conversion is full range
 * without saying so in the stream: players would then stretch the contrast. The stream's VUI
 * states BT.709 and limited range, so every player shows the colours that were drawn.
 *
 * <pre>{@code
 * try (Mp4Encoder mp4 = Mp4Encoder.open(channel, 800, 600, 30)) {
 *     for (...) mp4.addFrame(argb);
 * }
 * }</pre>
 */
public final class Mp4Encoder implements FrameEncoder {

    public static final double MIN_FPS = 1;
    /** Slide programs and browsers play up to 60 frames a second smoothly. */
    public static final double MAX_FPS = 60;
    /** H.264 level 4.0, which every player decodes, allows frames up to 2048 pixels each way. */
    public static final int MAX_SIDE = 2048;
    /** Ticks per second of the track's clock: fractional frame rates such as 12.5 stay exact. */
    private static final int TIMESCALE = 6000;
    /** A key frame every two seconds or so, so scrubbing in a slide program stays quick. */
    private static final int KEY_INTERVAL = 60;
    /**
     * No motion search: a plot's frames never move, they only gain trail and change the legend's
     * numbers, so the search (±16 pixels by default) found nothing better than standing still.
     * Without it a 800×600 frame of the race encodes in 10 ms instead of 23 (CPU time) and the
     * file comes out 5 % smaller.
     */
    private static final int MOTION_SEARCH_RANGE = 0;

    private final SeekableByteChannel channel;
    private final MP4Muxer muxer;
    private final MuxerTrack track;
    private final H264Encoder encoder = new Bt709Encoder();
    private final Picture picture;
    private final ByteBuffer buffer;
    private final int width;
    private final int height;
    private final int frameTicks;
    private int frames;
    private boolean closed;

    private Mp4Encoder(SeekableByteChannel channel, int width, int height, double fps) throws IOException {
        this.channel = channel;
        this.width = width;
        this.height = height;
        this.frameTicks = (int) Math.round(TIMESCALE / fps);
        encoder.setKeyInterval(KEY_INTERVAL);
        encoder.setMotionSearchRange(MOTION_SEARCH_RANGE);
        picture = Picture.create(width, height, ColorSpace.YUV420J);
        buffer = ByteBuffer.allocate(encoder.estimateBufferSize(picture));
        muxer = MP4Muxer.createMP4MuxerToChannel(channel);
        track = muxer.addVideoTrack(Codec.H264,
                VideoCodecMeta.createSimpleVideoCodecMeta(new Size(width, height), ColorSpace.YUV420J));
    }

    /**
     * Starts a video on {@code channel} (which must be writable and seekable: the index is written
     * at the end and the data's size patched at the start).
     *
     * @throws IllegalArgumentException for an odd or out-of-range size or frame rate
     */
    public static Mp4Encoder open(SeekableByteChannel channel, int width, int height, double fps) throws IOException {
        checkSize(width, height);
        if (!(fps >= MIN_FPS && fps <= MAX_FPS)) {
            throw new IllegalArgumentException("video frames per second must be in [1, 60], got " + fps);
        }
        return new Mp4Encoder(channel, width, height, fps);
    }

    /**
     * Refuses sizes a player cannot show: 4:2:0 video needs even sides, and level 4.0 at most
     * {@value #MAX_SIDE} pixels each way.
     */
    public static void checkSize(int width, int height) {
        if (width < 2 || height < 2 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("video size must be 2.." + MAX_SIDE + " pixels each way, got "
                    + width + "x" + height);
        }
        if (width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("video width and height must be even, got " + width + "x" + height);
        }
    }

    /** Encodes one frame of {@code width × height} ARGB pixels (alpha is ignored). */
    @Override
    public void addFrame(int[] argb) throws IOException {
        if (closed) {
            throw new IllegalStateException("the video is already finished");
        }
        if (argb.length != width * height) {
            throw new IllegalArgumentException("a frame has " + width * height + " pixels, got " + argb.length);
        }
        toYuv(argb, width, height, picture);
        buffer.clear();
        var encoded = encoder.encodeFrame(picture, buffer);
        Packet packet = Packet.createPacket(encoded.getData(), (long) frames * frameTicks, TIMESCALE, frameTicks,
                frames, encoded.isKeyFrame() ? Packet.FrameType.KEY : Packet.FrameType.INTER, null);
        track.addFrame(packet);
        frames++;
    }

    /** Writes the index; the channel is closed too. A video needs at least one frame. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (frames == 0) {
                throw new IllegalStateException("a video needs at least one frame");
            }
            muxer.finish();
        } finally {
            channel.close();
        }
    }

    /**
     * ARGB to limited-range BT.709 Y'CbCr 4:2:0 (Y' 16–235, Cb/Cr 16–240, chroma the mean of each
     * 2×2 block), into jcodec's planes, which hold each sample minus 128. The products come from
     * the fixed-point tables below rather than being computed in doubles per pixel: the conversion
     * took a tenth of a frame's encoding time, now half of that.
     */
    static void toYuv(int[] argb, int width, int height, Picture out) {
        byte[] y = out.getPlaneData(0);
        byte[] cb = out.getPlaneData(1);
        byte[] cr = out.getPlaneData(2);
        int chromaWidth = width / 2;
        for (int i = 0; i < width * height; i++) {
            int p = argb[i];
            y[i] = (byte) ((LUMA_R[p >> 16 & 0xff] + LUMA_G[p >> 8 & 0xff] + LUMA_B[p & 0xff] >> FRACTION_BITS) - 128);
        }
        for (int row = 0; row < height; row += 2) {
            for (int col = 0; col < width; col += 2) {
                int top = row * width + col;
                int p0 = argb[top];
                int p1 = argb[top + 1];
                int p2 = argb[top + width];
                int p3 = argb[top + width + 1];
                int r = (p0 >> 16 & 0xff) + (p1 >> 16 & 0xff) + (p2 >> 16 & 0xff) + (p3 >> 16 & 0xff);
                int g = (p0 >> 8 & 0xff) + (p1 >> 8 & 0xff) + (p2 >> 8 & 0xff) + (p3 >> 8 & 0xff);
                int b = (p0 & 0xff) + (p1 & 0xff) + (p2 & 0xff) + (p3 & 0xff);
                int index = (row / 2) * chromaWidth + col / 2;
                cb[index] = (byte) ((CB_R[r] + CB_G[g] + CB_B[b] >> FRACTION_BITS) - 128);
                cr[index] = (byte) ((CR_R[r] + CR_G[g] + CR_B[b] >> FRACTION_BITS) - 128);
            }
        }
    }

    /**
     * Bits after the binary point of the tables: with 20, the sums agree with {@link #luma},
     * {@link #blueDifference} and {@link #redDifference} exactly for all but a handful of the 16.7
     * million colours (those land on a half step, where the doubles round one way and the tables
     * the other: one step apart, invisible).
     */
    private static final int FRACTION_BITS = 20;
    private static final int HALF = 1 << (FRACTION_BITS - 1);
    // Luma per 8-bit sample; the red table also carries the offset of 16 and the rounding half.
    private static final int[] LUMA_R = table(0.2126 * 219 / 255, 255, 16);
    private static final int[] LUMA_G = table(0.7152 * 219 / 255, 255, 0);
    private static final int[] LUMA_B = table(0.0722 * 219 / 255, 255, 0);
    // Chroma per sum of a 2×2 block's four samples (0 … 1020): the mean's coefficient over 4.
    private static final int[] CB_R = table(-0.1146 * 224 / 255 / 4, 4 * 255, 128);
    private static final int[] CB_G = table(-0.3854 * 224 / 255 / 4, 4 * 255, 0);
    private static final int[] CB_B = table(0.5 * 224 / 255 / 4, 4 * 255, 0);
    private static final int[] CR_R = table(0.5 * 224 / 255 / 4, 4 * 255, 128);
    private static final int[] CR_G = table(-0.4542 * 224 / 255 / 4, 4 * 255, 0);
    private static final int[] CR_B = table(-0.0458 * 224 / 255 / 4, 4 * 255, 0);

    /** coefficient × i for i = 0 … max in fixed point, plus offset (and the rounding half) if any. */
    private static int[] table(double coefficient, int max, int offset) {
        int[] table = new int[max + 1];
        int base = offset == 0 ? 0 : (offset << FRACTION_BITS) + HALF;
        for (int i = 0; i <= max; i++) {
            table[i] = base + (int) Math.round(coefficient * i * (1 << FRACTION_BITS));
        }
        return table;
    }

    // BT.709: Kr = 0.2126, Kb = 0.0722, scaled to 219 (luma) and 224 (chroma) steps of 255.
    static int luma(double r, double g, double b) {
        return (int) Math.round(16 + (0.2126 * r + 0.7152 * g + 0.0722 * b) * 219 / 255);
    }

    static int blueDifference(double r, double g, double b) {
        return (int) Math.round(128 + (-0.1146 * r - 0.3854 * g + 0.5 * b) * 224 / 255);
    }

    static int redDifference(double r, double g, double b) {
        return (int) Math.round(128 + (0.5 * r - 0.4542 * g - 0.0458 * b) * 224 / 255);
    }

    /** jcodec's encoder with a VUI that names the colours: BT.709 primaries, transfer and matrix, limited range. */
    private static final class Bt709Encoder extends H264Encoder {
        private static final int BT709 = 1;
        private static final int UNSPECIFIED_FORMAT = 5;

        Bt709Encoder() {
            super(new DumbRateControl());
        }

        @Override
        public SeqParameterSet initSPS(Size size) {
            SeqParameterSet sps = super.initSPS(size);
            VUIParameters vui = new VUIParameters();
            vui.videoSignalTypePresentFlag = true;
            vui.videoFormat = UNSPECIFIED_FORMAT;
            vui.videoFullRangeFlag = false;
            vui.colourDescriptionPresentFlag = true;
            vui.colourPrimaries = BT709;
            vui.transferCharacteristics = BT709;
            vui.matrixCoefficients = BT709;
            sps.vuiParams = vui;
            return sps;
        }
    }
}
