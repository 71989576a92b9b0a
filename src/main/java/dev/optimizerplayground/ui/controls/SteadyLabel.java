package dev.optimizerplayground.ui.controls;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A label whose text changes every frame of playback (the step counter, the legend's statuses)
 * without sending the window through a layout pass: the label is unmanaged inside this box, and an
 * unmanaged node is its own layout root, so a new text lays out the label alone instead of every
 * container from it up to the scene. The box takes the label's preferred size, which must not
 * depend on the text (a fixed width, one line); a new font (presentation mode) sizes it anew.
 */
public final class SteadyLabel extends Region {

    private final Label label;

    public SteadyLabel(Label label) {
        this.label = label;
        label.setManaged(false);
        label.fontProperty().addListener(o -> requestLayout());
        label.prefWidthProperty().addListener(o -> requestLayout());
        getChildren().add(label);
    }

    public Label label() {
        return label;
    }

    @Override
    protected double computePrefWidth(double height) {
        return label.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return label.prefHeight(width);
    }

    @Override
    protected double computeMinWidth(double height) {
        return label.minWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return label.minHeight(width);
    }

    @Override
    protected double computeMaxWidth(double height) {
        return label.maxWidth(height);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return label.maxHeight(width);
    }

    @Override
    public double getBaselineOffset() {
        return label.getLayoutY() + label.getBaselineOffset();
    }

    @Override
    protected void layoutChildren() {
        label.resizeRelocate(0, 0, getWidth(), getHeight());
    }
}
