package dev.optimizerplayground.core.io;

import dev.optimizerplayground.core.text.Messages;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Saves files so that a crash, a full disk or an error half-way never leaves a truncated file:
 * the bytes go to a temporary file in the same directory, are forced to disk, and only then
 * replace the target in one rename. If anything fails the temporary file is removed and the old
 * file is left exactly as it was.
 *
 * <p>A process killed between writing and renaming cannot clean up after itself: the next save
 * into the same folder removes such leftovers ({@value #TEMP_MARKER}… files older than
 * {@link #STALE_AFTER}; a save in progress keeps touching its own). After the rename the folder is
 * forced to disk too, so that the rename itself survives a power cut.
 */
public final class AtomicFiles {

    /** Writes a file's content to a stream; used so large exports (GIFs) stream straight to disk. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file's content through a channel it may seek in: a video's muxer goes back to
     * patch sizes into the header once the frames are written. The channel belongs to
     * {@link AtomicFiles}, which forces and closes it; the content must not close it.
     */
    @FunctionalInterface
    public interface ChannelContent {
        void writeTo(FileChannel channel) throws IOException;
    }

    /** Between the target's name and the random digits of a temporary file's name. */
    static final String TEMP_MARKER = ".saving-";
    /** ".name.saving-123.tmp": only files named like this are ever removed as leftovers. */
    private static final Pattern TEMP_NAME = Pattern.compile("\\..+" + Pattern.quote(TEMP_MARKER) + "\\d+\\.tmp");
    /** Far longer than writing any file takes, while the writer keeps the file's time fresh. */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);
    private static final System.Logger LOG = System.getLogger(AtomicFiles.class.getName());

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Replaces {@code target} with what {@code content} writes. The parent directory must exist.
     *
     * @throws IOException "cannot write /x/y.json: permission denied" and the like; the original
     *     failure is the cause
     */
    public static void write(Path target, Content content) throws IOException {
        writeChannel(target, channel -> {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            content.writeTo(out);
            out.flush();
        });
    }

    /**
     * Replaces {@code target} with what {@code content} writes into a seekable channel on a
     * temporary file, exactly as {@link #write(Path, Content)} does for a stream.
     *
     * @throws IOException as {@link #write(Path, Content)}
     */
    public static void writeChannel(Path target, ChannelContent content) throws IOException {
        // Renaming onto a symbolic link would replace the link itself and leave the file it points
        // to (a scenario kept in a synced folder, say) unchanged; save into the file it names.
        Path absolute = Files.isSymbolicLink(target) && Files.exists(target)
                ? target.toRealPath() : target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException(Messages.get("error.file.cannot-write", absolute, Messages.get("error.file.no-folder", dir)));
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException(Messages.get("error.file.cannot-write", absolute, Messages.get("error.file.is-folder")));
        }
        removeStaleTempFiles(dir);
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, tempPrefix(absolute), ".tmp");
            givePermissions(temp, absolute);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                content.writeTo(channel);
                channel.force(true);
            }
            move(temp, absolute);
            temp = null;
            forceFolder(dir);
        } catch (IOException e) {
            throw explain(absolute, e);
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * ".name" cut short: the temp name adds about 25 characters, and a long but legal target name
     * must not push it past the file system's 255.
     */
    private static String tempPrefix(Path target) {
        String name = target.getFileName().toString();
        return "." + (name.length() > 64 ? name.substring(0, 64) : name) + TEMP_MARKER;
    }

    /** Best effort: a leftover that cannot be removed now is tried again at the next save. */
    private static void removeStaleTempFiles(Path dir) {
        Instant staleBefore = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir,
                p -> TEMP_NAME.matcher(p.getFileName().toString()).matches())) {
            for (Path leftover : leftovers) {
                BasicFileAttributes attributes = Files.readAttributes(leftover, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(staleBefore)) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            LOG.log(System.Logger.Level.WARNING, "could not remove old temporary files in " + dir + ": " + e);
        }
    }

    /**
     * fsync of the folder, which makes the rename durable (POSIX); file systems and platforms
     * that cannot open a folder for it (Windows) already make the rename durable themselves.
     */
    private static void forceFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot force folder " + dir + " to disk: " + e);
        }
    }

    /**
     * A temp file is created private (rw-------); the saved file should be shareable like any
     * other: it keeps the permissions of the file it replaces, or gets rw-r--r--.
     */
    private static void givePermissions(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (network shares, some FUSE mounts) refuse an atomic rename; a
            // plain replace still never exposes a half-written file, only a moment with none.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** One line a person understands, keeping the original exception as the cause. */
    private static IOException explain(Path target, IOException e) {
        if (e.getMessage() != null && e.getMessage().startsWith(Messages.get("error.file.cannot-write", target, ""))) {
            return e;
        }
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = Messages.get("error.file.permission-denied");
        } else if (e instanceof NoSuchFileException) {
            reason = Messages.get("error.file.folder-missing");
        } else if (e instanceof DirectoryNotEmptyException) {
            reason = Messages.get("error.file.is-folder");
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            reason = fs.getReason().toLowerCase(java.util.Locale.ROOT);
        } else {
            reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        return new IOException(Messages.get("error.file.cannot-write", target, reason), e);
    }
}
