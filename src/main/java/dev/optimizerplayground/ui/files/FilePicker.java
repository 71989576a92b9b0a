package dev.optimizerplayground.ui.files;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the person which file to open or where to save; empty when they cancel. */
public interface FilePicker {

    /** @param folder where the dialog starts, or null for the system's choice */
    Optional<Path> chooseFileToOpen(Path folder);

    /**
     * @param folder where the dialog starts, or null for the system's choice
     * @param suggestedName the file name offered, e.g. "scenario.json"
     */
    Optional<Path> chooseFileToSave(Path folder, String suggestedName);
}
