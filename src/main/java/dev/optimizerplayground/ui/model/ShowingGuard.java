package dev.optimizerplayground.ui.model;

import javafx.beans.value.ChangeListener;

/**
 * Tells a person's edit from a control being moved to show a value it was given. Two-way links
 * (a slider and its model value, a property and the state) would otherwise echo each change back
 * to where it came from. The one re-entrancy guard of the window: every such link uses it.
 */
public final class ShowingGuard {

    private boolean showing;

    /** Runs {@code update}, during which the listeners made by {@link #onEdit} stay quiet. */
    public void show(Runnable update) {
        boolean outer = !showing;
        showing = true;
        try {
            update.run();
        } finally {
            if (outer) {
                showing = false;
            }
        }
    }

    /** Whether a {@link #show} is under way. */
    public boolean isShowing() {
        return showing;
    }

    /** A listener that passes on only the changes not made inside {@link #show}. */
    public <T> ChangeListener<T> onEdit(ChangeListener<T> edit) {
        return (obs, old, now) -> {
            if (!showing) {
                edit.changed(obs, old, now);
            }
        };
    }
}
