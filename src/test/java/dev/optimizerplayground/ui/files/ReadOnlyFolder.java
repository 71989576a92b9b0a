package dev.optimizerplayground.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes a folder refuse new files for the length of a test. Clearing the write permission is
 * enough for an ordinary user; root ignores permissions, so for root the folder is made immutable
 * with {@code chattr +i} (ext4 and similar), which even root cannot write into.
 */
final class ReadOnlyFolder implements AutoCloseable {

    private final Path folder;
    private final boolean immutable;

    private ReadOnlyFolder(Path folder, boolean immutable) {
        this.folder = folder;
        this.immutable = immutable;
    }

    static ReadOnlyFolder lock(Path folder) throws IOException, InterruptedException {
        folder.toFile().setWritable(false, false);
        if (refuses(folder)) {
            return new ReadOnlyFolder(folder, false);
        }
        boolean immutable = chattr("+i", folder);
        return new ReadOnlyFolder(folder, immutable);
    }

    /** Whether creating a file in the folder now fails. */
    boolean refusesWrites() {
        return refuses(folder);
    }

    private static boolean refuses(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean chattr(String flag, Path folder) throws InterruptedException {
        try {
            Process process = new ProcessBuilder("chattr", flag, folder.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false; // no chattr on this system
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (immutable) {
            chattr("-i", folder);
        }
        folder.toFile().setWritable(true, false);
    }
}
