package dev.optimizerplayground.ui.controls;

import dev.optimizerplayground.core.optimizer.Hyperparameter;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.NumberText;
import dev.optimizerplayground.ui.model.ShowingGuard;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Polygon;

/**
 * One hyperparameter: its symbol, a slider (over log10 of the value where {@link Hyperparameter#logScale()})
 * and a field with the exact value. Both edit {@code value}; a typed number is kept exactly, and one
 * outside the slider's range is still taken (the thumb pins at the end). If the owner of the value
 * refuses a number (it snaps the property back), slider and field follow it back.
 */
public final class HyperparameterSlider extends HBox {

    private final DoubleProperty value;
    private final SliderScale scale;
    private final Slider slider = new Slider();
    private final NumberField field;
    /** The slider with an optional marker drawn above its track. */
    private final MarkedTrack track;
    /** Tells the person moving slider or field from their being moved to show the value. */
    private final ShowingGuard guard = new ShowingGuard();

    /**
     * @param idPrefix ids become {@code <idPrefix>-<h.name().toLowerCase()>} (slider) and {@code ...-field}
     */
    public HyperparameterSlider(Hyperparameter h, DoubleProperty value, String idPrefix) {
        this.value = value;
        this.scale = new SliderScale(h.min(), h.max(), h.logScale());
        getStyleClass().add("hyperparameter-slider");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);

        Label symbol = new Label(h.symbol());
        symbol.getStyleClass().add("hyperparameter-symbol");
        symbol.setMinWidth(Label.USE_PREF_SIZE);
        Tooltip tip = WrappedTooltip.of(h.description()
                + (h.logScale() ? "\n" + Messages.get("controls.slider.log-scale") : "")
                + "\n" + Messages.get("controls.slider.range", NumberText.exact(h.min()), NumberText.exact(h.max())));
        symbol.setTooltip(tip);

        String id = idPrefix + "-" + h.name().toLowerCase(java.util.Locale.ROOT);
        slider.setId(id);
        slider.setMin(scale.sliderMin());
        slider.setMax(scale.sliderMax());
        slider.setBlockIncrement((scale.sliderMax() - scale.sliderMin()) / 50);
        slider.setTooltip(tip);
        slider.setMinWidth(60);
        slider.setPrefWidth(120);

        field = new NumberField(value.get());
        field.setId(id + "-field");
        field.setPrefColumnCount(6);
        field.setMinWidth(Label.USE_PREF_SIZE);
        field.setTooltip(tip);

        track = new MarkedTrack();
        HBox.setHgrow(track, Priority.ALWAYS);
        getChildren().addAll(symbol, track, field);
        show(value.get());

        value.addListener((obs, old, now) -> show(now.doubleValue()));
        slider.valueProperty().addListener(guard.onEdit((obs, old, now) -> edit(scale.fromSlider(now.doubleValue()))));
        field.valueProperty().addListener(guard.onEdit((obs, old, now) -> edit(now.doubleValue())));
    }

    /**
     * Marks {@code markerValue} on the track (NaN, or a value outside the slider's range: no
     * marker), with a tooltip saying what it is.
     */
    public void setMarker(double markerValue, String description) {
        track.marker(Double.isFinite(markerValue) ? scale.toSlider(markerValue) : Double.NaN, description);
    }

    /** The marker's position on the slider's own scale, NaN when none is shown. */
    public double markerPosition() {
        return track.position;
    }

    private void edit(double requested) {
        value.set(requested);
        // A refused value snapped back inside set(); show what the property holds now.
        show(value.get());
    }

    /** The slider and, above its track, a small downward triangle at the marked value. */
    private final class MarkedTrack extends StackPane {
        private final Polygon marker = new Polygon(-5, -7, 5, -7, 0, 0);
        private final Tooltip markerTip = new Tooltip();
        private double position = Double.NaN;

        MarkedTrack() {
            marker.getStyleClass().add("slider-marker");
            marker.setManaged(false);
            marker.setVisible(false);
            Tooltip.install(marker, markerTip);
            getChildren().addAll(slider, marker);
            setMinWidth(60);
        }

        void marker(double sliderValue, String description) {
            boolean inRange = sliderValue >= slider.getMin() && sliderValue <= slider.getMax();
            position = inRange ? sliderValue : Double.NaN;
            marker.setId(slider.getId() + "-marker");
            markerTip.setText(description);
            marker.setVisible(inRange);
            requestLayout();
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (Double.isNaN(position)) {
                return;
            }
            // The thumb's centre runs from half a thumb in from each end of the slider.
            Node thumb = slider.lookup(".thumb");
            double inset = thumb == null ? 0 : thumb.getLayoutBounds().getWidth() / 2;
            double fraction = (position - slider.getMin()) / (slider.getMax() - slider.getMin());
            double x = slider.getLayoutX() + inset + fraction * (slider.getWidth() - 2 * inset);
            marker.relocate(x - 5, slider.getLayoutY() + slider.getHeight() / 2 - 9);
        }
    }

    private void show(double v) {
        guard.show(() -> {
            slider.setValue(scale.toSlider(v));
            field.valueProperty().set(v);
        });
    }
}
