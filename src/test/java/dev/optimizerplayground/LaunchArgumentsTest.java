package dev.optimizerplayground;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which command lines open a scenario in the window and which go to the CLI. */
class LaunchArgumentsTest {

    private static final Set<String> COMMANDS = Set.of("trace", "render");

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"lesson.json", "LESSON.JSON", "missing/folder/valley.json", "my lesson.optplay.json"})
    void aNameEndingInJsonIsAScenarioEvenWhenItIsMissing(String name) {
        assertThat(LaunchArguments.scenarioFile(new String[] {name}, COMMANDS)).contains(name);
    }

    @Test
    void anExistingFileIsAScenarioWhateverItsName() throws IOException {
        String file = Files.writeString(folder.resolve("lesson.txt"), "{}").toString();
        assertThat(LaunchArguments.scenarioFile(new String[] {file}, COMMANDS)).contains(file);
    }

    @Test
    void aCommandNameIsTheCommandEvenWhenAFileHasThatName() throws IOException {
        Files.writeString(folder.resolve("trace"), "");
        assertThat(LaunchArguments.scenarioFile(new String[] {"trace"}, COMMANDS)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-V", "--version", "-x.json", "", "  ", "notacommand", "nul\0.txt"})
    void optionsAndUnknownWordsGoToTheCommandLine(String argument) {
        assertThat(LaunchArguments.scenarioFile(new String[] {argument}, COMMANDS)).isEmpty();
    }

    @Test
    void moreThanOneArgumentIsACommandLine() {
        assertThat(LaunchArguments.scenarioFile(new String[] {"a.json", "b.json"}, COMMANDS)).isEmpty();
        assertThat(LaunchArguments.scenarioFile(new String[] {"trace", "--steps", "5"}, COMMANDS)).isEmpty();
    }
}
