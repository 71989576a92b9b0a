package dev.optimizerplayground.core.files;

import dev.optimizerplayground.core.scenario.Scenario;
import dev.optimizerplayground.core.scenario.ScenarioFormatException;
import dev.optimizerplayground.core.scenario.ScenarioJson;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a scenario file a person picked, dropped or named on the command line, which may be
 * anything: a folder, a photo, a film. Every failure becomes "cannot read …: why" instead of a decoder's or the JVM's wording,
 * and a huge file is refused before it is loaded into memory.
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
        try {
            if (Files.isDirectory(file)) {
                throw cannotRead(file, "it is a folder", null);
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw cannotRead(file, "it is " + (size >> 20) + " MB, far too large to be a scenario", null);
            }
            return ScenarioJson.read(file);
        } catch (NoSuchFileException e) {
            throw cannotRead(file, "the file does not exist", e);
        } catch (AccessDeniedException e) {
            throw cannotRead(file, "permission denied", e);
        } catch (CharacterCodingException e) {
            throw cannotRead(file, "it is not a text file (a scenario is a .json file)", e);
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("cannot read ")) {
                throw e;
            }
            throw cannotRead(file, e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName(), e);
        }
    }

    private static IOException cannotRead(Path file, String why, IOException cause) {
        return new IOException("cannot read " + file.toAbsolutePath() + ": " + why, cause);
    }
}
