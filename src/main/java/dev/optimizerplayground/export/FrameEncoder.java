package dev.optimizerplayground.export;

import java.io.Closeable;
import java.io.IOException;

/**
 * Turns an animation's frames, given in order, into a file: what the GIF and the MP4 encoder have
 * in common, so one export job renders the frames for either.
 */
public interface FrameEncoder extends Closeable {

    /** Adds one frame of ARGB pixels, the size the encoder was opened with. */
    void addFrame(int[] argb) throws IOException;

    /** Finishes the file; an animation needs at least one frame. */
    @Override
    void close() throws IOException;
}
