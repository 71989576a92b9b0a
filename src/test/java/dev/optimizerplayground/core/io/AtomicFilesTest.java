package dev.optimizerplayground.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesAndReplaces() throws IOException {
        Path file = dir.resolve("a.json");
        AtomicFiles.writeString(file, "first");
        AtomicFiles.writeString(file, "second");
        assertThat(Files.readString(file)).isEqualTo("second");
        assertThat(dir).isDirectoryContaining(p -> true).satisfies(d ->
                assertThat(Files.list(d).count()).as("no temp file left").isEqualTo(1));
    }

    @Test
    void savedFilesAreShareableAndReplacementsKeepTheirPermissions() throws IOException {
        Path fresh = dir.resolve("plot.png");
        AtomicFiles.writeString(fresh, "png");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");

        Path kept = dir.resolve("notes.csv");
        AtomicFiles.writeString(kept, "v1");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.writeString(kept, "v2");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-rw-r--");
    }

    @Test
    void aFailureHalfWayKeepsTheOldFileAndLeavesNoTempFile() throws IOException {
        Path file = dir.resolve("a.gif");
        AtomicFiles.writeString(file, "old");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("cannot write " + file.toAbsolutePath() + ": disk full");
        assertThat(Files.readString(file)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aMissingFolderOrAFolderTargetIsExplained() {
        Path missing = dir.resolve("nope/a.json");
        assertThatThrownBy(() -> AtomicFiles.writeString(missing, "x"))
                .hasMessage("cannot write " + missing + ": folder " + missing.getParent() + " does not exist");
        assertThatThrownBy(() -> AtomicFiles.writeString(dir, "x"))
                .hasMessage("cannot write " + dir + ": it is a folder");
    }

    @Test
    void savingThroughASymbolicLinkReplacesTheFileItNamesAndKeepsTheLink() throws IOException {
        Path real = Files.createDirectory(dir.resolve("synced")).resolve("lesson.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("lesson.json"), real);
        AtomicFiles.writeString(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void aLongButLegalFileNameIsWritten() throws IOException {
        Path file = dir.resolve("x".repeat(240) + ".csv");
        AtomicFiles.writeString(file, "ok");
        assertThat(Files.readString(file)).isEqualTo("ok");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    /**
     * A process killed between writing and renaming leaves its temporary file; the next save into
     * the folder removes such leftovers of ours, but not a fresh one another save may be writing,
     * nor anyone else's files.
     */
    @Test
    void theNextSaveRemovesStaleTemporaryFilesOfOursOnly() throws IOException {
        Path target = dir.resolve("session.json");
        Path staleSame = Files.writeString(dir.resolve(".session.json.saving-123456789.tmp"), "half");
        Path staleOther = Files.writeString(dir.resolve(".recent-files.txt.saving-42.tmp"), "half");
        Path fresh = Files.writeString(dir.resolve(".session.json.saving-987654321.tmp"), "being written");
        Path foreign = Files.writeString(dir.resolve(".session.json123.tmp"), "not ours");
        Path foreignOld = Files.writeString(dir.resolve("notes.saving-1.tmp"), "not ours either");
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(2)));
        for (Path p : List.of(staleSame, staleOther, foreign, foreignOld)) {
            Files.setLastModifiedTime(p, old);
        }

        AtomicFiles.writeString(target, "{}");

        assertThat(staleSame).doesNotExist();
        assertThat(staleOther).doesNotExist();
        assertThat(fresh).exists();
        assertThat(foreign).exists();
        assertThat(foreignOld).exists();
        assertThat(Files.readString(target)).isEqualTo("{}");
    }
}
