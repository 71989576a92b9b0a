package dev.optimizerplayground.core.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The ready-made teaching scenarios shipped with the app, on the classpath in
 * {@code dev/optimizerplayground/scenarios/}. A jar's folders cannot be listed, so
 * {@code index.txt} names the files in menu order; adding a scenario means adding its file there.
 */
public final class ScenarioLibrary {

    private static final String FOLDER = "/dev/optimizerplayground/scenarios/";

    /** A shipped scenario and its file name. */
    public record Entry(String fileName, Scenario scenario) {
    }

    private ScenarioLibrary() {
    }

    /**
     * Every shipped scenario, in menu order.
     *
     * @throws IllegalStateException if a shipped file is missing or invalid: a packaging bug
     */
    public static List<Entry> builtIn() {
        List<Entry> entries = new ArrayList<>();
        for (String name : resource("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            try {
                entries.add(new Entry(name, ScenarioJson.parse(resource(name))));
            } catch (ScenarioFormatException e) {
                throw new IllegalStateException("shipped scenario " + name + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(entries);
    }

    private static String resource(String name) {
        try (InputStream in = ScenarioLibrary.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("shipped scenario file " + FOLDER + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
