package dev.optimizerplayground.cli;

import dev.optimizerplayground.core.text.QuotedText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The {@code --out} file of a command: its kind, from the extension, checked before any work. */
final class OutputFile {

    private OutputFile() {
    }

    /**
     * The extension of {@code out}, lower case and without the dot, which must be one of
     * {@code allowed}; and the file must be writable where it is.
     *
     * @throws IllegalArgumentException "--out must end in .png or .csv, got 'x.txt'", or why the file
     *     could not be written
     */
    static String check(Path out, String... allowed) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = Arrays.stream(allowed).filter(e -> name.endsWith("." + e)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--out must end in "
                        + Arrays.stream(allowed).map(e -> "." + e).collect(Collectors.joining(" or "))
                        + ", got " + QuotedText.quote(String.valueOf(out))));
        Path absolute = out.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("cannot write " + absolute + ": folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new IllegalArgumentException("cannot write " + absolute + ": folder " + folder + " is not writable");
        }
        if (Files.isDirectory(absolute)) {
            throw new IllegalArgumentException("cannot write " + absolute + ": it is a folder");
        }
        return extension;
    }
}
