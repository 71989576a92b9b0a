package dev.optimizerplayground.cli;

import dev.optimizerplayground.core.surface.SurfaceParseException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line. Every mistake in the input ends with one line on stderr naming the problem
 * and exit code {@value #BAD_INPUT}; only a bug prints a stack trace.
 */
@Command(name = "optimizer-playground", mixinStandardHelpOptions = true,
        version = "Optimizer Playground 0.1",
        description = "With no command, opens the app. Commands run headless.",
        subcommands = {TraceCommand.class, RenderCommand.class, SweepCommand.class, BasinsCommand.class})
public final class PlaygroundCommand {

    public static final int BAD_INPUT = 2;

    private PlaygroundCommand() {
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(PlaygroundCommand.class);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, c, parsed) -> {
            // A file that cannot be written is the input's problem too (a path given by the user).
            if (e instanceof IllegalArgumentException || e instanceof SurfaceParseException
                    || e instanceof java.io.IOException) {
                c.getErr().println("error: " + e.getMessage());
                return BAD_INPUT;
            }
            throw e;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
