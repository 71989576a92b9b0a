package dev.optimizerplayground.ui.lesson;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.session.PlaygroundState;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The lesson on screen: the scenario's title and what to watch, on a card over the plot. It opens
 * with each new lesson, folds down to its title to free the plot, and is not there at all while
 * the playground has no title and no text.
 */
public final class LessonCard extends VBox {

    public static final String STYLESHEET =
            LessonCard.class.getResource("/dev/optimizerplayground/ui/lesson/lesson.css").toExternalForm();
    public static final String ID = "lesson-card";
    public static final String TITLE_ID = "lesson-title";
    public static final String TEXT_ID = "lesson-text";
    public static final String TOGGLE_ID = "lesson-toggle";

    private final BooleanProperty expanded = new SimpleBooleanProperty(this, "expanded", true);
    private final DoubleProperty maxTextHeight = new SimpleDoubleProperty(this, "maxTextHeight", 220);

    public LessonCard(ObservableValue<PlaygroundState> state) {
        setId(ID);
        getStyleClass().add("lesson-card");
        getStylesheets().add(STYLESHEET);

        Label title = new Label();
        title.setId(TITLE_ID);
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Button toggle = new Button();
        toggle.setId(TOGGLE_ID);
        toggle.getStyleClass().add("lesson-toggle");
        toggle.setFocusTraversable(false); // the playback keys keep working after a click
        toggle.textProperty().bind(Bindings.when(expanded).then(Messages.get("lesson.hide")).otherwise(Messages.get("lesson.show")));
        toggle.setTooltip(new Tooltip(Messages.get("lesson.toggle.tooltip")));
        toggle.setOnAction(e -> toggle());
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox header = new HBox(8, title, toggle);
        header.setAlignment(Pos.TOP_LEFT);

        Label text = new Label();
        text.setId(TEXT_ID);
        text.getStyleClass().add("lesson-text");
        text.setWrapText(true);
        ScrollPane body = new ScrollPane(text);
        body.getStyleClass().add("lesson-body");
        body.setFitToWidth(true);
        body.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        body.maxHeightProperty().bind(maxTextHeight);
        body.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(maxTextHeight.get(), text.prefHeight(body.getViewportBounds().getWidth())),
                text.textProperty(), body.viewportBoundsProperty(), maxTextHeight));
        body.visibleProperty().bind(expanded.and(text.textProperty().isNotEmpty()));
        body.managedProperty().bind(body.visibleProperty());

        getChildren().addAll(header, body);
        setMaxHeight(Region.USE_PREF_SIZE);

        show(state.getValue(), title, text);
        state.addListener((obs, old, now) -> {
            if (!now.title().equals(old.title()) || !now.description().equals(old.description())) {
                expanded.set(true); // a new lesson opens
            }
            show(now, title, text);
        });
    }

    /** Whether the text is shown (true) or folded away under the title. */
    public BooleanProperty expandedProperty() {
        return expanded;
    }

    /** The text scrolls beyond this height, so a long lesson never hides the whole plot. */
    public DoubleProperty maxTextHeightProperty() {
        return maxTextHeight;
    }

    public void toggle() {
        expanded.set(!expanded.get());
    }

    private void show(PlaygroundState state, Label title, Label text) {
        title.setText(state.title().isEmpty() ? Messages.get("lesson.untitled") : state.title());
        text.setText(state.description());
        boolean any = !state.title().isEmpty() || !state.description().isEmpty();
        setVisible(any);
        setManaged(any);
    }
}
