package dev.optimizerplayground.export;

import java.io.IOException;
import java.nio.file.Path;
import org.jcodec.api.FrameGrab;
import org.jcodec.api.JCodecException;
import org.jcodec.common.DemuxerTrackMeta;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.Picture;
import org.jcodec.containers.mp4.demuxer.MP4Demuxer;

/**
 * What jcodec reads back from an MP4 file: the track's size, frame count and duration as the
 * container states them, and how many frames actually decode (each at that size once the
 * stream's cropping of the 16-pixel macroblocks is applied).
 */
public record Mp4File(int width, int height, int frames, double seconds, int decodedFrames) {

    public static Mp4File read(Path file) throws IOException {
        DemuxerTrackMeta meta;
        try (SeekableByteChannel in = NIOUtils.readableChannel(file.toFile())) {
            meta = MP4Demuxer.createMP4Demuxer(in).getVideoTrack().getMeta();
        }
        int width = meta.getVideoCodecMeta().getSize().getWidth();
        int height = meta.getVideoCodecMeta().getSize().getHeight();
        int decoded = 0;
        try (SeekableByteChannel in = NIOUtils.readableChannel(file.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(in);
            Picture picture;
            while ((picture = grab.getNativeFrame()) != null) {
                if (picture.getCroppedWidth() != width || picture.getCroppedHeight() != height) {
                    throw new IOException("frame " + decoded + " is " + picture.getCroppedWidth() + "x"
                            + picture.getCroppedHeight() + ", the track says " + width + "x" + height);
                }
                decoded++;
            }
        } catch (JCodecException e) {
            throw new IOException("cannot decode " + file + ": " + e.getMessage(), e);
        }
        return new Mp4File(width, height, meta.getTotalFrames(), meta.getTotalDuration(), decoded);
    }
}
