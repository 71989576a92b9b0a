package dev.optimizerplayground.cli;

import dev.optimizerplayground.core.surface.SurfaceParseException;
import dev.optimizerplayground.core.text.QuotedText;
import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line. Every mistake in the input ends with one line on stderr naming the problem
 * and exit code {@value #BAD_INPUT}; only a bug prints a stack trace.
 */
@Command(name = "optimizer-playground", mixinStandardHelpOptions = true,
        version = "Optimizer Playground 0.1",
        description = {"With no command, opens the app; with a scenario file (FILE.json), opens the app on it.",
                "Commands run headless."},
        subcommands = {TraceCommand.class, RenderCommand.class, SweepCommand.class, BasinsCommand.class})
public final class PlaygroundCommand {

    public static final int BAD_INPUT = 2;

    private PlaygroundCommand() {
    }

    /** The commands' names, for telling a command from a file named on the command line. */
    public static Set<String> commandNames() {
        return Set.copyOf(new CommandLine(PlaygroundCommand.class).getSubcommands().keySet());
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(PlaygroundCommand.class);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + withShortValues(e.getMessage(), a));
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, c, parsed) -> {
            // A file that cannot be written is the input's problem too (a path given by the user).
            if (e instanceof IllegalArgumentException || e instanceof SurfaceParseException
                    || e instanceof java.io.IOException) {
                c.getErr().println("error: " + withShortValues(e.getMessage(), args));
                return BAD_INPUT;
            }
            throw e;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * picocli's own messages ("Invalid value for option '--lr': '…' is not a double") quote the
     * argument whole, which may be megabytes pasted by mistake: quote long ones short.
     */
    private static String withShortValues(String message, String[] args) {
        String shortened = message;
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String value = arg.startsWith("-") && equals > 0 ? arg.substring(equals + 1) : arg;
            if (value.length() > QuotedText.MAX_CHARACTERS) {
                shortened = shortened.replace("'" + value + "'", QuotedText.quote(value))
                        .replace(value, QuotedText.excerpt(value));
            }
        }
        return shortened;
    }
}
