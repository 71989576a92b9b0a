package dev.optimizerplayground.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file a person names may be anything; it is checked before a single byte is read. */
class ScenarioReaderTest {

    private static final Duration AT_ONCE = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    @Test
    void aScenarioFileIsRead() throws Exception {
        Path file = Files.writeString(dir.resolve("s.json"), "{\"surface\": \"x^2 + y^2\"}");
        assertThat(ScenarioReader.read(file).formula()).isEqualTo("x^2 + y^2");
    }

    @Test
    void aDeviceIsRefusedBeforeReading() {
        Path zero = Path.of("/dev/zero");
        assertTimeoutPreemptively(AT_ONCE, () -> assertThatThrownBy(() -> ScenarioReader.read(zero))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot read /dev/zero: it is not a regular file (a device, a pipe or a socket)"));
    }

    @Test
    void aSymbolicLinkToADeviceIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("session.json"), Path.of("/dev/zero"));
        assertTimeoutPreemptively(AT_ONCE, () -> assertThatThrownBy(() -> ScenarioReader.read(link))
                .hasMessageEndingWith(": it is not a regular file (a device, a pipe or a socket)"));
        assertTimeoutPreemptively(AT_ONCE, () -> assertThatThrownBy(() -> ScenarioReader.readText(link))
                .hasMessageEndingWith(": it is not a regular file (a device, a pipe or a socket)"));
    }

    /** Opening a FIFO for reading blocks until someone writes: it must never be opened. */
    @Test
    void aNamedPipeIsRefusedInsteadOfWaitingForEver() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();
        assertTimeoutPreemptively(AT_ONCE, () -> assertThatThrownBy(() -> ScenarioReader.read(fifo))
                .hasMessageEndingWith("pipe.json: it is not a regular file (a device, a pipe or a socket)"));
    }

    @Test
    void aFolderIsRefused() {
        assertThatThrownBy(() -> ScenarioReader.read(dir)).hasMessageEndingWith(": it is a folder");
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsLoaded() throws IOException {
        Path big = dir.resolve("film.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(ScenarioReader.MAX_BYTES + 1); // sparse: no disk space used
        }
        assertThatThrownBy(() -> ScenarioReader.read(big)).hasMessageEndingWith("far too large to be a scenario");
        assertThatThrownBy(() -> ScenarioReader.readText(big)).hasMessageEndingWith("far too large to be a scenario");
    }
}
