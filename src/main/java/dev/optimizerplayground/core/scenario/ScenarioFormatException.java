package dev.optimizerplayground.core.scenario;

/** A scenario file that cannot be read, with one sentence saying why (no stack trace needed). */
public final class ScenarioFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public ScenarioFormatException(String message) {
        super(message);
    }

    public ScenarioFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
