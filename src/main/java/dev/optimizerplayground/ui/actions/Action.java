package dev.optimizerplayground.ui.actions;

import java.util.Objects;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * One command of the window: its id, the name a menu and Help show, its keys and what it does. The
 * menus, the key bindings and Help ▸ Keyboard shortcuts are all made from these, so they cannot
 * disagree. Keys are written with {@link KeyCombination#SHORTCUT_DOWN}, which is Ctrl on Windows
 * and Linux and Cmd on macOS, and Help shows them the way the platform writes them.
 *
 * @param keys the keys, or null for a command only the menu offers
 */
public record Action(String id, String name, KeyCombination keys, Runnable handler) {

    public Action {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(handler, "handler");
    }

    /** A menu item that runs the action, showing its keys as the accelerator. */
    public MenuItem menuItem() {
        MenuItem item = new MenuItem(name);
        item.setId(id);
        item.setAccelerator(keys);
        item.setOnAction(e -> handler.run());
        return item;
    }

    /** Whether a key press is this action's keys. */
    public boolean matches(KeyEvent event) {
        return keys != null && keys.match(event);
    }

    /** The keys as the platform writes them ("Ctrl+S", "⌘S", "Space"), "" when none. */
    public String keysText() {
        return keys == null ? "" : keys.getDisplayText();
    }
}
