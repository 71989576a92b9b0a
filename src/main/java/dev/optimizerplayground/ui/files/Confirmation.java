package dev.optimizerplayground.ui.files;

/**
 * Asks the person before something they would not want done by accident. Behind an interface so
 * that tests answer instead of waiting on a dialog nobody will close.
 */
@FunctionalInterface
public interface Confirmation {

    /**
     * @param title   the question, e.g. "Discard your changes?"
     * @param message what will happen, in a sentence or two
     * @param action  the label of the button that goes ahead, e.g. "Discard and open"
     * @return true to go ahead
     */
    boolean confirm(String title, String message, String action);
}
