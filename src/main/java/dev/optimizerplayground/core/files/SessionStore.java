package dev.optimizerplayground.core.files;

import dev.optimizerplayground.core.io.AtomicFiles;
import dev.optimizerplayground.core.scenario.Scenario;
import dev.optimizerplayground.core.scenario.ScenarioFormatException;
import dev.optimizerplayground.core.scenario.ScenarioJson;
import dev.optimizerplayground.core.text.Language;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the app remembers between launches: the last session (as a scenario), the recently
 * opened or saved files and the language chosen under View ▸ Language. Lives in {@code ~/.config/optimizer-playground/}, or in the folder named
 * by the system property {@value #HOME_PROPERTY}. Nothing here may stop the app from starting: a
 * missing or damaged file is treated as empty, with a warning in the log.
 */
public final class SessionStore {

    public static final String HOME_PROPERTY = "optimizer.playground.home";
    public static final int MAX_RECENT = 10;

    private static final System.Logger LOG = System.getLogger(SessionStore.class.getName());
    private static final String SESSION_FILE = "session.json";
    private static final String RECENT_FILE = "recent-files.txt";
    /** Holds the tag of the language chosen in the window ("zh"); absent until one is chosen. */
    private static final String LANGUAGE_FILE = "language.txt";

    private final Path home;

    public SessionStore(Path home) {
        this.home = home;
    }

    /** The store at {@value #HOME_PROPERTY}, or {@code ~/.config/optimizer-playground}. */
    public static SessionStore atDefaultLocation() {
        String override = System.getProperty(HOME_PROPERTY);
        Path home = override != null && !override.isBlank()
                ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".config", "optimizer-playground");
        return new SessionStore(home);
    }

    public Path home() {
        return home;
    }

    /** The last session, or empty when there is none or it cannot be read (logged). */
    public Optional<Scenario> loadSession() {
        Path file = home.resolve(SESSION_FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ScenarioReader.read(file));
        } catch (IOException | ScenarioFormatException | RuntimeException e) {
            LOG.log(Level.WARNING, "ignoring the last session in " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    public void saveSession(Scenario scenario) throws IOException {
        Files.createDirectories(home);
        AtomicFiles.writeString(home.resolve(SESSION_FILE), ScenarioJson.toString(scenario));
    }

    /**
     * The language chosen last time, or empty when none was chosen yet (the first start follows the
     * system's locale) or the file cannot be read or names no language (logged).
     */
    public Optional<Language> language() {
        Path file = home.resolve(LANGUAGE_FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Language.ofTag(ScenarioReader.readText(file)));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "ignoring the language in " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    public void saveLanguage(Language language) throws IOException {
        Files.createDirectories(home);
        AtomicFiles.writeString(home.resolve(LANGUAGE_FILE), language.tag() + "\n");
    }

    /** Recently used files, most recent first, without those that no longer exist. */
    public List<Path> recentFiles() {
        Path file = home.resolve(RECENT_FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = ScenarioReader.readText(file).lines().toList();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "ignoring the recent-files list " + file + ": " + e.getMessage());
            return List.of();
        }
        List<Path> recent = new ArrayList<>();
        for (String line : lines) {
            try {
                Path path = Path.of(line.strip());
                if (!line.isBlank() && Files.isRegularFile(path) && !recent.contains(path)) {
                    recent.add(path);
                }
            } catch (InvalidPathException e) {
                LOG.log(Level.WARNING, "ignoring a bad line in " + file + ": " + e.getMessage());
            }
            if (recent.size() == MAX_RECENT) {
                break;
            }
        }
        return List.copyOf(recent);
    }

    /** Puts {@code file} first in the recent list (moving it if already there) and saves the list. */
    public void addRecent(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>(recentFiles());
        recent.remove(absolute);
        recent.add(0, absolute);
        StringBuilder text = new StringBuilder();
        recent.stream().limit(MAX_RECENT).forEach(p -> text.append(p).append('\n'));
        Files.createDirectories(home);
        AtomicFiles.writeString(home.resolve(RECENT_FILE), text.toString());
    }
}
