package dev.optimizerplayground.ui.actions;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Several keys that mean one thing, whatever Shift does: "+" is a key of its own on some keyboards,
 * Shift+= on others, and the keypad has one too. Ctrl, Alt and Meta must be up, so the menus keep
 * their combinations.
 */
public final class AnyKeyOf extends KeyCombination {

    private final String text;
    private final Set<KeyCode> codes;

    /**
     * @param text how Help writes the keys ("+")
     * @param codes the key codes that match
     */
    public AnyKeyOf(String text, KeyCode... codes) {
        this.text = Objects.requireNonNull(text, "text");
        this.codes = EnumSet.copyOf(List.of(codes));
    }

    @Override
    public boolean match(KeyEvent event) {
        return codes.contains(event.getCode())
                && !event.isControlDown() && !event.isAltDown() && !event.isMetaDown();
    }

    @Override
    public String getDisplayText() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AnyKeyOf keys && keys.text.equals(text) && keys.codes.equals(codes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, codes);
    }
}
