package dev.optimizerplayground;

import dev.optimizerplayground.cli.PlaygroundCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Entry point of the jar and of the installed {@code optimizer-playground} command: no arguments
 * opens the window; a single scenario file opens the window with it (what a double-click on the
 * file runs); anything else is a command, run headless. This class must not touch JavaFX, so that
 * {@code trace} works on machines without a display.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Optional<String> scenario = args.length == 0
                ? Optional.empty()
                : LaunchArguments.scenarioFile(args, PlaygroundCommand.commandNames());
        if (args.length == 0 || scenario.isPresent()) {
            // Loaded only here, so that commands never initialise JavaFX.
            dev.optimizerplayground.ui.PlaygroundApp.launchWindow(scenario.stream().toArray(String[]::new));
            return;
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        System.exit(PlaygroundCommand.execute(args, out, err));
    }
}
