package dev.optimizerplayground.ui.controls;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.NumberText;
import java.util.function.DoublePredicate;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * A text field that edits one number. The text is committed on Enter or when the field loses
 * focus; text that is not an acceptable number is marked (style class {@code invalid}) with a
 * tooltip saying why, and the value keeps its last good number. Escape restores the value.
 */
public class NumberField extends TextField {

    public static final String INVALID = "invalid";

    private final DoubleProperty value = new SimpleDoubleProperty(this, "value");
    private final DoublePredicate acceptable;
    private final String rule;

    /**
     * @param acceptable which numbers the field takes
     * @param rule       what to tell the user when a number is refused, from the bundles
     */
    public NumberField(double initial, DoublePredicate acceptable, String rule) {
        this.acceptable = acceptable;
        this.rule = rule;
        getStyleClass().add("number-field");
        value.set(initial);
        setText(NumberText.exact(initial));
        value.addListener((obs, old, now) -> {
            if (!isFocused()) {
                showValue();
            }
        });
        setOnAction(e -> commit());
        focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                showValue();
            }
        });
    }

    /** A field for any finite number. */
    public NumberField(double initial) {
        this(initial, Double::isFinite, Messages.get("controls.rule.finite"));
    }

    public DoubleProperty valueProperty() {
        return value;
    }

    private void commit() {
        String text = getText().trim();
        try {
            double parsed = Double.parseDouble(text);
            if (!acceptable.test(parsed)) {
                markInvalid(Messages.get("controls.number.not-allowed", text, rule));
                return;
            }
            clearInvalid();
            value.set(parsed);
            // A listener may refuse the number for reasons of its own (it calls markInvalid and
            // puts the value back); then the typed text and the reason stay on show.
            if (!getStyleClass().contains(INVALID)) {
                showValue();
            }
        } catch (NumberFormatException e) {
            markInvalid(Messages.get("controls.number.not-a-number", text, rule));
        }
    }

    private void showValue() {
        clearInvalid();
        setText(NumberText.exact(value.get()));
    }

    /**
     * Marks the text as refused, with the reason as a tooltip, until the next good commit. A value
     * listener that refuses a committed number calls this and sets the value back.
     */
    public void markInvalid(String why) {
        if (!getStyleClass().contains(INVALID)) {
            getStyleClass().add(INVALID);
        }
        setTooltip(new Tooltip(why));
    }

    private void clearInvalid() {
        getStyleClass().remove(INVALID);
        setTooltip(null);
    }
}
