package dev.optimizerplayground.ui.lesson;

import dev.optimizerplayground.core.scenario.Lesson;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.session.PlaygroundState;
import dev.optimizerplayground.ui.actions.Action;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.converter.IntegerStringConverter;

/**
 * Lesson ▸ Edit…: a window where a teacher writes the lesson's title, its text and its cues, then
 * applies them to the playground or saves the scenario. It is not modal, so the teacher can play
 * or scrub the timeline to the moment worth a cue while it is open; "Add a cue at step n" takes
 * the step on screen. It edits the words of the interface's language ({@link LessonDraft}).
 *
 * <p>Keys: Tab moves between fields (also out of the multi-line ones), Enter never closes it,
 * Shortcut+Enter applies, Esc cancels what was not applied and closes it.
 */
public final class LessonEditor {

    public static final String STYLESHEET =
            LessonEditor.class.getResource("/dev/optimizerplayground/ui/lesson/lesson-editor.css").toExternalForm();
    public static final String ACTION_ID = "lesson-edit";
    public static final String ID = "lesson-editor";
    public static final String TITLE_ID = "lesson-editor-title";
    public static final String TEXT_ID = "lesson-editor-text";
    public static final String ADD_ID = "lesson-editor-add";
    public static final String CUES_ID = "lesson-editor-cues";
    public static final String NOTICE_ID = "lesson-editor-notice";
    public static final String ELSEWHERE_ID = "lesson-editor-elsewhere";
    public static final String APPLY_ID = "lesson-editor-apply";
    public static final String SAVE_ID = "lesson-editor-save";
    public static final String CANCEL_ID = "lesson-editor-cancel";
    public static final String CUE_ROW = "cue-row";
    public static final String CUE_STEP = "cue-step";
    public static final String CUE_TEXT = "cue-text";
    public static final String CUE_REMOVE = "cue-remove";
    public static final String CUE_MESSAGE = "cue-message";

    /** Lesson ▸ Edit…'s keys (Shortcut+L folds the lesson card). */
    public static final KeyCombination EDIT_KEYS =
            new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    /** Apply, from any field, even a multi-line one (where Enter starts a new line). */
    public static final KeyCombination APPLY_KEYS = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final double WIDTH = 640;
    private static final double HEIGHT = 640;
    /** Room left for the screen's panels and the window's frame when the screen is small. */
    private static final double SCREEN_MARGIN = 80;
    /** Where the editor first stands: this far in from the main window's right edge, and this far below its top. */
    private static final double EDGE = 16;
    private static final double MENU_ROOM = 64;
    /** A step has at most this many digits; the step budget is far below. */
    private static final int STEP_DIGITS = 7;

    private final PlaygroundModel model;
    private final BooleanSupplier save;
    private final Supplier<Window> owner;
    private Stage stage;

    /**
     * @param save saves the scenario the way File ▸ Save does; returns whether it was saved
     */
    public LessonEditor(PlaygroundModel model, BooleanSupplier save, Supplier<Window> owner) {
        this.model = Objects.requireNonNull(model, "model");
        this.save = Objects.requireNonNull(save, "save");
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    /** Lesson ▸ Edit…, with its keys, for the menu and Help. */
    public Action action() {
        return new Action(ACTION_ID, Messages.get("lesson.editor.action"), EDIT_KEYS, this::open);
    }

    /** The Lesson menu's item: the menu says whose "Edit…" it is, Help says it in full. */
    public MenuItem menuItem() {
        MenuItem item = action().menuItem();
        item.setText(Messages.get("lesson.editor.menu-item"));
        return item;
    }

    /** Shows the editor on the lesson on screen, or brings an open one to the front. */
    public void open() {
        if (stage != null && stage.isShowing()) {
            stage.toFront();
            return;
        }
        stage = new EditorWindow().stage;
        stage.show();
    }

    /**
     * Hands an open editor over to {@code next}, the editor of the window rebuilt in another
     * language on a successor of the model: this one closes and {@code next} opens where it stood,
     * on the lesson's words in the new language. What was not applied is dropped, as on Cancel:
     * it was written in the other language.
     */
    public void handOverTo(LessonEditor next) {
        Stage open = stage();
        if (open == null) {
            return;
        }
        next.open();
        next.stage.setX(open.getX());
        next.stage.setY(open.getY());
        next.stage.setWidth(open.getWidth());
        next.stage.setHeight(open.getHeight());
        open.close();
    }

    /** The open editor's window, or null: for tests. */
    Stage stage() {
        return stage != null && stage.isShowing() ? stage : null;
    }

    /** One opening of the editor: its draft, its window, and the lesson it started from. */
    private final class EditorWindow {

        private final LessonDraft draft = new LessonDraft(Messages.language());
        private final Stage stage = new Stage();
        private final VBox rows = new VBox();
        private final Map<LessonDraft.CueRow, Node> rowViews = new HashMap<>();
        /** The lesson was replaced outside the editor (another scenario opened) while edits were pending. */
        private final BooleanProperty changedElsewhere = new SimpleBooleanProperty(this, "changedElsewhere");
        private boolean applying;

        EditorWindow() {
            draft.load(model.state().lesson());
            draft.lastStepProperty().bind(model.stepsProperty());

            TextField title = new TextField();
            title.setId(TITLE_ID);
            title.textProperty().bindBidirectional(draft.titleProperty());
            title.setPromptText(Messages.get("lesson.editor.title.prompt"));
            TextArea text = multiLine(new TextArea(), 6);
            text.setId(TEXT_ID);
            text.textProperty().bindBidirectional(draft.textProperty());
            text.setPromptText(Messages.get("lesson.editor.text.prompt"));

            GridPane words = new GridPane();
            words.getStyleClass().add("lesson-editor-words");
            words.addRow(0, fieldLabel("lesson.editor.title", title), title);
            words.addRow(1, fieldLabel("lesson.editor.text", text), text);
            ColumnConstraints labels = new ColumnConstraints();
            labels.setMinWidth(Region.USE_PREF_SIZE);
            ColumnConstraints fields = new ColumnConstraints();
            fields.setHgrow(Priority.ALWAYS);
            words.getColumnConstraints().setAll(labels, fields);

            VBox content = new VBox(words, cuesHeader(), cuesList(), notices(), buttons());
            content.setId(ID);
            content.getStyleClass().add("lesson-editor");
            if (draft.editsTranslation()) {
                Label translation = new Label(Messages.get("lesson.editor.translation",
                        LessonDraft.languageName(Messages.language())));
                translation.getStyleClass().add("lesson-editor-hint");
                translation.setWrapText(true);
                translation.setMinHeight(Region.USE_PREF_SIZE);
                content.getChildren().add(0, translation);
            }

            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            Scene scene = new Scene(content, Math.min(WIDTH, screen.getWidth() - SCREEN_MARGIN),
                    Math.min(HEIGHT, screen.getHeight() - SCREEN_MARGIN));
            scene.getStylesheets().add(STYLESHEET);
            scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
            stage.setScene(scene);
            stage.setTitle(Messages.get("lesson.editor.window-title"));
            stage.setMinWidth(Math.min(480, screen.getWidth()));
            stage.setMinHeight(Math.min(420, screen.getHeight()));
            Window parent = owner.get();
            if (parent != null) {
                stage.initOwner(parent); // stays above the main window, which remains usable
                placeBesideTheLessonCard(parent, scene, screen);
            }

            ChangeListener<PlaygroundState> follow = (obs, old, now) -> lessonMayHaveChanged(now.lesson());
            model.stateProperty().addListener(follow);
            stage.setOnHidden(e -> {
                model.stateProperty().removeListener(follow);
                draft.lastStepProperty().unbind();
            });
        }

        /**
         * Over the right of the main window (the charts), below its menus, rather than centred on it:
         * the lesson card at the plot's top left stays in sight and shows each Apply.
         */
        private void placeBesideTheLessonCard(Window parent, Scene scene, Rectangle2D screen) {
            double x = parent.getX() + parent.getWidth() - scene.getWidth() - EDGE;
            double y = parent.getY() + MENU_ROOM;
            stage.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - scene.getWidth())));
            stage.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - scene.getHeight())));
        }

        private VBox cuesHeader() {
            Label cues = new Label(Messages.get("lesson.editor.cues"));
            cues.getStyleClass().add("lesson-editor-section");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button add = new Button();
            add.setId(ADD_ID);
            add.textProperty().bind(Bindings.createStringBinding(
                    () -> Messages.get("lesson.editor.add", model.playback().step()),
                    model.playback().stepProperty()));
            add.setTooltip(new Tooltip(Messages.get("lesson.editor.add.tooltip")));
            add.setOnAction(e -> addCueAtCurrentStep());
            add.setMinWidth(Region.USE_PREF_SIZE);
            HBox header = new HBox(8, cues, spacer, add);
            header.setAlignment(Pos.CENTER_LEFT);
            Label what = new Label(Messages.get("lesson.editor.cues.hint"));
            what.getStyleClass().add("lesson-editor-hint");
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            return new VBox(2, header, what);
        }

        private ScrollPane cuesList() {
            Label none = new Label(Messages.get("lesson.editor.no-cues"));
            none.getStyleClass().add("lesson-editor-hint");
            none.setWrapText(true);
            none.visibleProperty().bind(Bindings.isEmpty(draft.cues()));
            none.managedProperty().bind(none.visibleProperty());
            rows.getStyleClass().add("cue-rows");
            VBox list = new VBox(none, rows);
            ScrollPane scroll = new ScrollPane(list);
            scroll.setId(CUES_ID);
            scroll.setFitToWidth(true);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            scroll.getStyleClass().add("cue-scroll");
            VBox.setVgrow(scroll, Priority.ALWAYS);
            showRows();
            // Rows are added, removed and put back in step order here; typing in a row only updates it.
            draft.cues().addListener((ListChangeListener<LessonDraft.CueRow>) change -> {
                while (change.next()) {
                    if (change.wasAdded() || change.wasRemoved() || change.wasPermutated()) {
                        showRows();
                        return;
                    }
                }
            });
            return scroll;
        }

        /** The row views in the draft's order, keeping each row's view (and the focus in it). */
        private void showRows() {
            Node focused = stage.getScene() == null ? null : stage.getScene().getFocusOwner();
            rowViews.keySet().retainAll(draft.cues());
            rows.getChildren().setAll(draft.cues().stream().map(row -> rowViews.computeIfAbsent(row, this::rowView))
                    .toList());
            if (focused != null && focused.getScene() != null) {
                focused.requestFocus();
            }
        }

        private Node rowView(LessonDraft.CueRow row) {
            TextField step = new TextField();
            step.getStyleClass().add(CUE_STEP);
            step.setPrefColumnCount(5);
            step.setMinWidth(Region.USE_PREF_SIZE);
            TextFormatter<Integer> digits = new TextFormatter<>(new IntegerStringConverter(), row.stepProperty().get(),
                    change -> change.getControlNewText().matches("\\d{0," + STEP_DIGITS + "}") ? change : null);
            step.setTextFormatter(digits);
            step.setTooltip(new Tooltip(Messages.get("lesson.editor.step.tooltip")));
            // Committed on Enter or when the field is left: then the row takes its place in step order.
            digits.valueProperty().addListener((obs, old, now) -> {
                if (now == null) {
                    digits.setValue(row.stepProperty().get()); // an emptied field keeps the step it had
                } else {
                    row.stepProperty().set(now);
                    draft.sort();
                }
            });
            row.stepProperty().addListener((obs, old, now) -> digits.setValue(now.intValue()));
            step.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                int by = e.getCode() == KeyCode.UP ? 1 : e.getCode() == KeyCode.DOWN ? -1 : 0;
                if (by != 0) {
                    digits.setValue(Math.max(0, row.stepProperty().get() + by));
                    step.selectAll();
                    e.consume();
                }
            });

            TextArea text = multiLine(new TextArea(), 2);
            text.getStyleClass().add(CUE_TEXT);
            text.setPromptText(Messages.get("lesson.editor.cue.prompt"));
            text.textProperty().bindBidirectional(row.textProperty());
            HBox.setHgrow(text, Priority.ALWAYS);

            Button remove = new Button(Messages.get("lesson.editor.remove"));
            remove.getStyleClass().add(CUE_REMOVE);
            remove.setMinWidth(Region.USE_PREF_SIZE);
            remove.setOnAction(e -> remove(row));

            Label stepLabel = new Label(Messages.get("lesson.editor.step"));
        stepLabel.getStyleClass().add("cue-step-label");
            stepLabel.setLabelFor(step);
            stepLabel.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(6, stepLabel, step, text, remove);
            line.setAlignment(Pos.TOP_LEFT);

            Label message = new Label();
            message.getStyleClass().add(CUE_MESSAGE);
            message.setWrapText(true);
            message.setMinHeight(Region.USE_PREF_SIZE);
            message.textProperty().bind(row.messageProperty());
            message.visibleProperty().bind(row.messageProperty().isNotEmpty());
            message.managedProperty().bind(message.visibleProperty());
            row.verdictProperty().addListener((obs, old, now) -> verdictStyle(message, now));
            verdictStyle(message, row.verdictProperty().get());

            VBox view = new VBox(2, line, message);
            view.getStyleClass().add(CUE_ROW);
            view.setUserData(row);
            return view;
        }

        /** Removes a cue; the focus goes to the next cue's step (or the add button), not back to the top. */
        private void remove(LessonDraft.CueRow row) {
            int index = draft.cues().indexOf(row);
            draft.remove(row);
            List<LessonDraft.CueRow> left = draft.cues();
            Node next = left.isEmpty() ? stage.getScene().lookup("#" + ADD_ID)
                    : rowViews.get(left.get(Math.min(index, left.size() - 1))).lookup("." + CUE_STEP);
            next.requestFocus();
        }

        private void verdictStyle(Label message, LessonDraft.Verdict verdict) {
            message.getStyleClass().removeAll("cue-error", "cue-warning");
            if (verdict != LessonDraft.Verdict.OK) {
                message.getStyleClass().add(verdict == LessonDraft.Verdict.ERROR ? "cue-error" : "cue-warning");
            }
        }

        private VBox notices() {
            Label notice = new Label();
            notice.setId(NOTICE_ID);
            notice.textProperty().bind(draft.noticeProperty());
            Label elsewhere = new Label(Messages.get("lesson.editor.changed-elsewhere"));
            elsewhere.setId(ELSEWHERE_ID);
            elsewhere.visibleProperty().bind(changedElsewhere);
            notice.visibleProperty().bind(draft.noticeProperty().isNotEmpty());
            for (Label label : List.of(notice, elsewhere)) {
                label.getStyleClass().add("lesson-editor-notice");
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
                label.managedProperty().bind(label.visibleProperty());
            }
            return new VBox(4, notice, elsewhere);
        }

        private HBox buttons() {
            Button saveButton = new Button(Messages.get("lesson.editor.save"));
            saveButton.setId(SAVE_ID);
            saveButton.setTooltip(new Tooltip(Messages.get("lesson.editor.save.tooltip")));
            saveButton.disableProperty().bind(draft.validProperty().not());
            saveButton.setOnAction(e -> applyAndSave());
            Button cancel = new Button();
            cancel.setId(CANCEL_ID);
            // Nothing pending (all applied): the button only closes the window, and says so.
            cancel.textProperty().bind(Bindings.when(draft.changedProperty())
                    .then(Messages.get("lesson.editor.cancel")).otherwise(Messages.get("lesson.editor.close")));
            cancel.setOnAction(e -> stage.close());
            Button apply = new Button(Messages.get("lesson.editor.apply"));
            apply.setId(APPLY_ID);
            apply.setTooltip(new Tooltip(Messages.get("lesson.editor.apply.tooltip", APPLY_KEYS.getDisplayText())));
            apply.disableProperty().bind(draft.validProperty().not().or(draft.changedProperty().not()));
            apply.setOnAction(e -> apply());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox bar = new HBox(8, saveButton, spacer, cancel, apply);
            bar.getStyleClass().add("lesson-editor-buttons");
            for (Button b : List.of(saveButton, cancel, apply)) {
                b.setMinWidth(Region.USE_PREF_SIZE);
            }
            return bar;
        }

        private void keyPressed(KeyEvent e) {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            } else if (APPLY_KEYS.match(e)) {
                if (stage.getScene().getFocusOwner() instanceof TextField field && field.getTextFormatter() != null) {
                    field.commitValue(); // a step typed but not yet committed counts
                }
                if (draft.validProperty().get() && draft.changedProperty().get()) {
                    apply();
                }
                e.consume(); // never a line break in the text either
            }
        }

        private void addCueAtCurrentStep() {
            LessonDraft.CueRow row = draft.addCueAt(model.playback().step());
            Node view = rowViews.get(row);
            if (view != null) {
                view.lookup("." + CUE_TEXT).requestFocus();
            }
        }

        /** Puts the draft into the playground as one edit, which marks the document unsaved. */
        private void apply() {
            Lesson next = draft.toLesson();
            applying = true;
            try {
                model.update(state -> state.withLesson(next));
            } finally {
                applying = false;
            }
            changedElsewhere.set(false);
            draft.load(next);
        }

        private void applyAndSave() {
            if (draft.changedProperty().get()) {
                apply();
            }
            save.getAsBoolean();
        }

        /** Another scenario was opened, or a session restored: follow it, unless the teacher's edits are pending. */
        private void lessonMayHaveChanged(Lesson now) {
            if (applying || now.equals(draft.original())) {
                return;
            }
            if (draft.changedProperty().get()) {
                changedElsewhere.set(true);
            } else {
                draft.load(now);
            }
        }
    }

    private static Label fieldLabel(String key, Node field) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(field);
        label.getStyleClass().add("lesson-editor-label");
        return label;
    }

    /**
     * A wrapping text area from which Tab moves on, as in a one-line field (Ctrl+Tab would be
     * needed otherwise); the text itself never needs a tab.
     */
    private static TextArea multiLine(TextArea area, int rows) {
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(),
                        e.getText(), e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            }
        });
        return area;
    }
}
