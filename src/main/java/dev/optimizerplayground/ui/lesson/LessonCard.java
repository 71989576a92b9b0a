package dev.optimizerplayground.ui.lesson;

import dev.optimizerplayground.core.scenario.Lesson;
import dev.optimizerplayground.core.scenario.LessonText;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.session.CuePlayback;
import dev.optimizerplayground.session.PlaygroundState;
import dev.optimizerplayground.ui.model.PlaybackModel;
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
 * The lesson on screen: the scenario's title and what to watch, on a card over the plot. Its page
 * follows the step: before the first cue the lesson's own text, from a cue on that cue's text,
 * with "k / n" and buttons to the previous and next page. While playback is held at a cue the
 * card offers Continue. Everything is in the language in use when the lesson has it. The card
 * opens with each new lesson and at each cue playback stops at, folds down to its title to free
 * the plot, and is not there at all while the playground has no lesson.
 */
public final class LessonCard extends VBox {

    public static final String STYLESHEET =
            LessonCard.class.getResource("/dev/optimizerplayground/ui/lesson/lesson.css").toExternalForm();
    public static final String ID = "lesson-card";
    public static final String TITLE_ID = "lesson-title";
    public static final String TEXT_ID = "lesson-text";
    public static final String TOGGLE_ID = "lesson-toggle";
    public static final String PAGE_ID = "lesson-page";
    public static final String PREVIOUS_ID = "lesson-previous";
    public static final String NEXT_ID = "lesson-next";
    public static final String CONTINUE_ID = "lesson-continue";

    private final BooleanProperty expanded = new SimpleBooleanProperty(this, "expanded", true);
    private final DoubleProperty maxTextHeight = new SimpleDoubleProperty(this, "maxTextHeight", 220);

    private final Label title = new Label();
    private final Label text = new Label();
    private final Label page = new Label();
    private final Button previous = pageButton(PREVIOUS_ID, "◀", "lesson.page.previous.tooltip");
    private final Button next = pageButton(NEXT_ID, "▶", "lesson.page.next.tooltip");
    private final HBox pager;

    public LessonCard(ObservableValue<PlaygroundState> state, PlaybackModel playback) {
        setId(ID);
        getStyleClass().add("lesson-card");
        getStylesheets().add(STYLESHEET);

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

        page.setId(PAGE_ID);
        page.getStyleClass().add("lesson-page");
        page.setMinWidth(Region.USE_PREF_SIZE);
        previous.setOnAction(e -> playback.previousPage());
        next.setOnAction(e -> playback.nextPage());
        Button goOn = new Button(Messages.get("lesson.continue"));
        goOn.setId(CONTINUE_ID);
        goOn.getStyleClass().addAll("lesson-continue", "accent");
        goOn.setFocusTraversable(false);
        goOn.setMinWidth(Region.USE_PREF_SIZE);
        goOn.setTooltip(new Tooltip(Messages.get("lesson.continue.tooltip")));
        goOn.setOnAction(e -> playback.goOn());
        goOn.visibleProperty().bind(playback.heldProperty());
        goOn.managedProperty().bind(goOn.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        pager = new HBox(6, previous, page, next, gap, goOn);
        pager.setAlignment(Pos.CENTER_LEFT);
        pager.getStyleClass().add("lesson-pager");
        pager.managedProperty().bind(pager.visibleProperty());

        getChildren().addAll(header, body, pager);
        setMaxHeight(Region.USE_PREF_SIZE);

        show(state.getValue());
        state.addListener((obs, old, now) -> {
            if (!now.lesson().equals(old.lesson())) {
                expanded.set(true); // a new lesson opens
            }
            show(now);
        });
        playback.heldProperty().addListener((obs, was, held) -> {
            if (held) {
                expanded.set(true); // playback waits for this page to be read
            }
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

    /** The page at the state's step, in the language in use. */
    private void show(PlaygroundState state) {
        Lesson lesson = state.lesson();
        LessonText words = lesson.in(Messages.language());
        int at = lesson.pageAt(state.currentStep());
        title.setText(words.title().isEmpty() ? Messages.get("lesson.untitled") : words.title());
        text.setText(at < 0 ? words.description() : words.cues().get(at));
        int pages = lesson.cues().size();
        pager.setVisible(pages > 0);
        page.setText(at < 0 ? "" : Messages.get("lesson.page.counter", at + 1, pages));
        previous.setDisable(at < 0);
        next.setDisable(CuePlayback.nextPageStep(lesson, state.currentStep(), state.steps()) < 0);
        boolean any = !lesson.isEmpty();
        setVisible(any);
        setManaged(any);
    }

    /** A small arrow button; it takes no focus, so the playback keys keep working after a click. */
    private static Button pageButton(String id, String arrow, String tooltipKey) {
        Button button = new Button(arrow);
        button.setId(id);
        button.getStyleClass().add("lesson-page-button");
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip(Messages.get(tooltipKey)));
        return button;
    }
}
