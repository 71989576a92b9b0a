package dev.optimizerplayground.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.scenario.Scenario;
import dev.optimizerplayground.core.scenario.ScenarioJson;
import dev.optimizerplayground.core.text.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionStoreTest {

    @TempDir
    Path home;

    @Test
    void theHomeCanBeMovedBySystemProperty() {
        String old = System.getProperty(SessionStore.HOME_PROPERTY);
        System.setProperty(SessionStore.HOME_PROPERTY, home.toString());
        try {
            assertThat(SessionStore.atDefaultLocation().home()).isEqualTo(home);
        } finally {
            if (old == null) {
                System.clearProperty(SessionStore.HOME_PROPERTY);
            } else {
                System.setProperty(SessionStore.HOME_PROPERTY, old);
            }
        }
    }

    @Test
    void remembersTheLastSession() throws Exception {
        SessionStore store = new SessionStore(home.resolve("sub"));
        assertThat(store.loadSession()).isEmpty();
        Scenario scenario = ScenarioJson.parse("{\"preset\": \"saddle\", \"steps\": 50}");
        store.saveSession(scenario);
        assertThat(new SessionStore(home.resolve("sub")).loadSession()).contains(scenario);
    }

    @Test
    void aCorruptSessionIsIgnored() throws IOException {
        Files.writeString(home.resolve("session.json"), "{ \"preset\": ");
        assertThat(new SessionStore(home).loadSession()).isEmpty();
        Files.writeString(home.resolve("session.json"), "{\"format\": \"optimizer-playground-scenario\", \"version\": 9}");
        assertThat(new SessionStore(home).loadSession()).isEmpty();
    }

    @Test
    void remembersTheLanguageChosenAndIgnoresAFileThatNamesNone() throws IOException {
        SessionStore store = new SessionStore(home.resolve("lang"));
        assertThat(store.language()).as("nothing chosen yet: the system's locale decides").isEmpty();
        store.saveLanguage(Language.CHINESE);
        assertThat(new SessionStore(home.resolve("lang")).language()).contains(Language.CHINESE);
        Files.writeString(home.resolve("lang").resolve("language.txt"), "klingon\n");
        assertThat(store.language()).isEmpty();
    }

    @Test
    void recentFilesKeepTenMostRecentFirstAndDropMissingOnes() throws IOException {
        SessionStore store = new SessionStore(home.resolve("config"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Path f = Files.writeString(home.resolve("s" + i + ".json"), "{}");
            files.add(f);
            store.addRecent(f);
        }
        store.addRecent(files.get(5));
        List<Path> recent = store.recentFiles();
        assertThat(recent).hasSize(10);
        assertThat(recent.get(0)).isEqualTo(files.get(5));
        assertThat(recent.get(1)).isEqualTo(files.get(11));
        assertThat(recent).doesNotContain(files.get(0), files.get(1));

        Files.delete(files.get(11));
        assertThat(store.recentFiles()).hasSize(9).doesNotContain(files.get(11));
    }

    /** A last session that is a link to /dev/zero killed the app at start with OutOfMemoryError. */
    @Test
    void aSessionOrRecentListThatIsNotARegularFileIsIgnoredAtOnce() throws IOException {
        Files.createDirectories(home);
        Files.createSymbolicLink(home.resolve("session.json"), Path.of("/dev/zero"));
        Files.createSymbolicLink(home.resolve("recent-files.txt"), Path.of("/dev/zero"));
        SessionStore store = new SessionStore(home);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> {
            assertThat(store.loadSession()).isEmpty();
            assertThat(store.recentFiles()).isEmpty();
        });
    }
}
