package dev.optimizerplayground;

import dev.optimizerplayground.cli.PlaygroundCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of the jar: commands run headless; no arguments opens the window. This class must
 * not touch JavaFX, so that {@code trace} works on machines without a display.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            // Loaded only here, so that commands never initialise JavaFX.
            dev.optimizerplayground.ui.PlaygroundApp.launchWindow(args);
            return;
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        System.exit(PlaygroundCommand.execute(args, out, err));
    }
}
