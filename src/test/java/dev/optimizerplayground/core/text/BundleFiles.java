package dev.optimizerplayground.core.text;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * One language's own bundle file, read as written. Not through {@link java.util.ResourceBundle}:
 * a bundle also answers with its parent's (English) keys, which would hide a missing translation.
 */
final class BundleFiles {

    private BundleFiles() {
    }

    /** The keys written in this language's own file. */
    static Set<String> keysOf(Language language) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(String.join("\n", linesOf(language))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    /** The file's lines, a continuation line of a long value turned into a comment (it is no key). */
    static List<String> linesOf(Language language) {
        String file = "/" + Messages.BUNDLE.replace('.', '/')
                + (language == Language.ENGLISH ? "" : "_" + language.tag()) + ".properties";
        try (InputStream in = BundleFiles.class.getResourceAsStream(file)) {
            assertNotNull(in, file);
            List<String> lines = new ArrayList<>();
            boolean continued = false;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                lines.add(continued ? "# " + line : line);
                continued = line.endsWith("\\") && !line.endsWith("\\\\");
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
