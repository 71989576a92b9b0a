package dev.optimizerplayground.ui.files;

/**
 * Tells the person that something they asked for could not be done. Behind an interface so that
 * tests record the message instead of waiting on a dialog nobody will close.
 */
@FunctionalInterface
public interface ErrorReporter {

    /**
     * @param title what failed, e.g. "Could not open rosenbrock.json"
     * @param message why, in one or two sentences
     */
    void report(String title, String message);
}
