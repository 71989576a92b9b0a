package dev.optimizerplayground.ui.files;

import dev.optimizerplayground.core.text.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's file dialogs, showing scenario files (*.json) first. */
public final class FxFilePicker implements FilePicker {

    private final Supplier<Window> owner;

    public FxFilePicker(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        FileChooser chooser = chooser(Messages.get("files.chooser.open"), folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String suggestedName) {
        FileChooser chooser = chooser(Messages.get("files.chooser.save"), folder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath).map(FxFilePicker::withJsonExtension);
    }

    /** GTK's save dialog does not add the filter's extension; a name typed without one gets ".json". */
    static Path withJsonExtension(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + ".json");
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("files.chooser.scenarios"), "*.json"),
                new FileChooser.ExtensionFilter(Messages.get("files.chooser.all"), "*.*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }
}
