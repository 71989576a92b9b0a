package dev.optimizerplayground.core.surface;

import java.util.List;
import java.util.Objects;

/**
 * A ready-made classroom surface: its formula as editable text, the window to show, a start point
 * where the optimizers behave visibly differently, its known minima (global ones; none for a saddle)
 * and one sentence for a student.
 */
public record Preset(String id, String displayName, String formula, ViewWindow window, Point start,
                     List<Point> minima, String description) {

    public Preset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(description, "description");
        minima = List.copyOf(minima);
    }
}
