package dev.optimizerplayground.core.surface;

import dev.optimizerplayground.core.text.Messages;
import java.util.List;
import java.util.Objects;

/**
 * A ready-made classroom surface: its formula as editable text, the window to show, a start point
 * where the optimizers behave visibly differently, its known minima (global ones; none for a saddle)
 * and the message keys of its name and of one sentence for a student.
 */
public record Preset(String id, String nameKey, String descriptionKey, String formula, ViewWindow window, Point start,
                     List<Point> minima) {

    public Preset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameKey, "nameKey");
        Objects.requireNonNull(descriptionKey, "descriptionKey");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(start, "start");
        minima = List.copyOf(minima);
    }

    /** Its name in a menu, in the language in use: "Rosenbrock", "Elongated valley". */
    public String displayName() {
        return Messages.get(nameKey);
    }

    /** One sentence saying what it shows, in the language in use. */
    public String description() {
        return Messages.get(descriptionKey);
    }
}
