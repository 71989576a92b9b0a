package dev.optimizerplayground.core.files;

import dev.optimizerplayground.core.scenario.Scenario;
import dev.optimizerplayground.core.scenario.ScenarioFormatException;
import dev.optimizerplayground.core.scenario.ScenarioJson;
import dev.optimizerplayground.core.text.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the small text files the app keeps or a person picks, drops or names on the command line
 * (scenarios, the last session, the recent-files list), which may be anything: a folder, a photo,
 * a film, /dev/zero, a named pipe, a link to either. The one place that decides whether a file is
 * read at all: anything but a regular file, and anything over {@link #MAX_BYTES}, is refused
 * before a byte is read (reading /dev/zero never ends and fills the heap; opening a pipe waits for
 * a writer for ever), and no more than the limit is ever read, even from a file whose reported
 * size is wrong. Every failure becomes "cannot read …: why" instead of a decoder's or the JVM's
 * wording.
 */
public final class ScenarioReader {

    /** Far above any scenario (a few kB) and far below what would strain memory. */
    public static final long MAX_BYTES = 4L << 20;

    private ScenarioReader() {
    }

    /**
     * @throws IOException "cannot read /x/y.json: why"
     * @throws ScenarioFormatException the file is text but not a scenario this app reads
     */
    public static Scenario read(Path file) throws IOException, ScenarioFormatException {
        return ScenarioJson.parse(readText(file));
    }

    /**
     * The file's text, UTF-8, if it is a regular file (links followed) of at most {@link #MAX_BYTES}.
     *
     * @throws IOException "cannot read /x/y.json: why"
     */
    public static String readText(Path file) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw cannotRead(file, Messages.get("error.file.is-folder"), null);
            }
            if (!attributes.isRegularFile()) {
                throw cannotRead(file, Messages.get("error.file.not-regular"), null);
            }
            if (attributes.size() > MAX_BYTES) {
                throw tooLarge(file, attributes.size());
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(file, bytes.length);
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw cannotRead(file, Messages.get("error.file.missing"), e);
        } catch (AccessDeniedException e) {
            throw cannotRead(file, Messages.get("error.file.permission-denied"), e);
        } catch (CharacterCodingException e) {
            throw cannotRead(file, Messages.get("error.file.not-text"), e);
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(cannotRead(file, "", null).getMessage())) {
                throw e;
            }
            throw cannotRead(file, e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName(), e);
        }
    }

    private static IOException tooLarge(Path file, long size) {
        return cannotRead(file, Messages.get("error.file.too-large", Math.max(1, size >> 20)), null);
    }

    private static IOException cannotRead(Path file, String why, IOException cause) {
        return new IOException(Messages.get("error.file.cannot-read", file.toAbsolutePath(), why), cause);
    }
}
