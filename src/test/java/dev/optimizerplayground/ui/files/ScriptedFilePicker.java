package dev.optimizerplayground.ui.files;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Answers the file dialogs with paths a test queued; an empty queue is a cancelled dialog. */
public final class ScriptedFilePicker implements FilePicker {

    public final Deque<Path> answers = new ArrayDeque<>();
    String lastSuggestedName;

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String suggestedName) {
        lastSuggestedName = suggestedName;
        return Optional.ofNullable(answers.poll());
    }
}
