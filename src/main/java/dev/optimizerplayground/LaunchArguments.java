package dev.optimizerplayground;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a scenario file on the command line from a command. A desktop's file association runs
 * {@code optimizer-playground FILE}, with nothing else; every other command line is the CLI's.
 * Plain Java, like {@link Main}: deciding must not start JavaFX.
 */
final class LaunchArguments {

    private static final String SCENARIO_EXTENSION = ".json";

    private LaunchArguments() {
    }

    /**
     * The scenario file to open in the window, when the arguments are exactly one file: an existing
     * path or a name ending in .json (a missing one is still meant as a file, and the window says
     * it is missing), never a command's name or an option. Empty means: run the command line.
     */
    static Optional<String> scenarioFile(String[] args, Set<String> commandNames) {
        if (args.length != 1) {
            return Optional.empty();
        }
        String argument = args[0];
        if (argument.isBlank() || argument.startsWith("-") || commandNames.contains(argument)) {
            return Optional.empty();
        }
        if (argument.toLowerCase(Locale.ROOT).endsWith(SCENARIO_EXTENSION)) {
            return Optional.of(argument);
        }
        try {
            return Files.exists(Path.of(argument)) ? Optional.of(argument) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty(); // no file can have this name; the command line says what is wrong
        }
    }
}
