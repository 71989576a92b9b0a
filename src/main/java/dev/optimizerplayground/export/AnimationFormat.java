package dev.optimizerplayground.export;


/**
 * The two kinds of animation a plot exports to, and what differs between them for the person
 * choosing: the frame rates the format plays, and the sizes it takes (4:2:0 video needs even
 * sides no larger than {@value Mp4Encoder#MAX_SIDE}). Plain values, so the command line and the
 * window's dialog check the same rules; the export job picks the encoder.
 */
public enum AnimationFormat {

    GIF("animated GIF", "gif", GifEncoder.MIN_FPS, GifEncoder.MAX_FPS, GifEncoder.MAX_SIDE, PictureMemory.Output.GIF),
    MP4("MP4 video", "mp4", Mp4Encoder.MIN_FPS, Mp4Encoder.MAX_FPS, Mp4Encoder.MAX_SIDE, PictureMemory.Output.VIDEO);

    private final String label;
    private final String extension;
    private final double minFps;
    private final double maxFps;
    private final int maxSide;
    private final PictureMemory.Output memory;

    AnimationFormat(String label, String extension, double minFps, double maxFps, int maxSide,
                    PictureMemory.Output memory) {
        this.label = label;
        this.extension = extension;
        this.minFps = minFps;
        this.maxFps = maxFps;
        this.maxSide = maxSide;
        this.memory = memory;
    }

    /** "animated GIF", "MP4 video": as in "Export the MP4 video". */
    public String label() {
        return label;
    }

    /** "gif", "mp4", without the dot. */
    public String extension() {
        return extension;
    }

    public double minFps() {
        return minFps;
    }

    public double maxFps() {
        return maxFps;
    }

    public int maxSide() {
        return maxSide;
    }

    /** Whether the picture's sides must be even numbers. */
    public boolean evenSides() {
        return this == MP4;
    }

    public PictureMemory.Output memory() {
        return memory;
    }

    /** @throws IllegalArgumentException "frames per second must be in [1, 60], got 90" */
    public void checkFps(double fps) {
        if (!(fps >= minFps && fps <= maxFps)) {
            throw new IllegalArgumentException("frames per second must be in [" + number(minFps) + ", "
                    + number(maxFps) + "] for an " + label + ", got " + number(fps));
        }
    }

    /**
     * The format's own size rules, on top of every picture's.
     *
     * @throws IllegalArgumentException for a size this format cannot take, saying which sizes it can
     */
    public void checkSize(int width, int height) {
        if (this == MP4) {
            Mp4Encoder.checkSize(width, height);
        }
    }

    /** The format a file name asks for, or null if it ends in neither .gif nor .mp4. */
    public static AnimationFormat ofFileName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (AnimationFormat format : values()) {
            if (lower.endsWith("." + format.extension)) {
                return format;
            }
        }
        return null;
    }

    /** "60", "0.01": whole rates without ".0" (the encoders use nothing, not even core's NumberText). */
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
