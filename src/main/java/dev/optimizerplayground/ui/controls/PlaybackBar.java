package dev.optimizerplayground.ui.controls;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.plot.TickFormat;
import dev.optimizerplayground.session.PlaygroundState;
import dev.optimizerplayground.ui.model.PlaybackModel;
import dev.optimizerplayground.ui.model.ShowingGuard;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Text;

/**
 * The animation controls under the plot: reset, step back, play/pause, step forward, a timeline to
 * scrub, the step counter and the speed. Buttons don't take keyboard focus, so the window's Space and
 * arrow shortcuts keep working after a click.
 */
public final class PlaybackBar extends HBox {

    public static final String STYLESHEET = OptimizerPanel.STYLESHEET;

    private static final String PLAY = "M0,0 L0,16 L13,8 Z";
    private static final String PAUSE = "M0,0 H4.5 V16 H0 Z M8.5,0 H13 V16 H8.5 Z";
    private static final String STEP_FORWARD = "M0,0 L0,16 L10,8 Z M11,0 H14 V16 H11 Z";
    private static final String STEP_BACK = "M14,0 L14,16 L4,8 Z M0,0 H3 V16 H0 Z";
    private static final String RESET = "M0,0 H3 V16 H0 Z M12,0 L12,16 L3,8 Z M21,0 L21,16 L12,8 Z";

    private final PlaybackModel playback;
    private final Slider timeline = new Slider();
    private final Slider speed = new Slider();
    private final SliderScale speedScale = new SliderScale(PlaygroundState.MIN_SPEED, PlaygroundState.MAX_SPEED, true);
    /** Tells the person moving a slider from its being moved to show the model. */
    private final ShowingGuard guard = new ShowingGuard();

    public PlaybackBar(PlaybackModel playback) {
        this.playback = playback;
        getStyleClass().add("playback-bar");
        getStylesheets().add(STYLESHEET);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);

        Button reset = button("reset", RESET, Messages.get("controls.playback.reset"));
        reset.setOnAction(e -> playback.reset());
        Button back = button("step-back", STEP_BACK, Messages.get("controls.playback.step-back"));
        back.setOnAction(e -> playback.stepBack());
        Button play = button("play", PLAY, Messages.get("controls.playback.play"));
        play.getStyleClass().add("play-button");
        SVGPath playIcon = (SVGPath) play.getGraphic();
        playIcon.contentProperty().bind(Bindings.when(playback.playingProperty()).then(PAUSE).otherwise(PLAY));
        play.accessibleTextProperty().bind(Bindings.when(playback.playingProperty()).then(Messages.get("controls.playback.pause-now"))
                .otherwise(Messages.get("controls.playback.play-now")));
        play.setOnAction(e -> playback.togglePlay()); // from the last step, play starts over
        Button forward = button("step-forward", STEP_FORWARD, Messages.get("controls.playback.step-forward"));
        forward.setOnAction(e -> playback.stepForward());

        HBox.setHgrow(timeline, Priority.ALWAYS);
        timeline.setId("timeline");
        timeline.setFocusTraversable(false);
        timeline.setMinWidth(80);
        timeline.setTooltip(new Tooltip(Messages.get("controls.playback.timeline")));
        timeline.setMin(0);
        timeline.maxProperty().bind(playback.lastStepProperty());
        timeline.setValue(playback.step());
        playback.stepProperty().addListener((obs, old, now) -> showStep(now.intValue()));
        timeline.valueProperty().addListener(guard.onEdit((obs, old, now) -> {
            playback.stepProperty().set((int) Math.round(now.doubleValue()));
            showStep(playback.step()); // the thumb sits on whole steps
        }));

        Label counter = new Label();
        counter.setId("step-counter");
        counter.getStyleClass().add("step-counter");
        counter.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("controls.playback.counter", playback.step(), playback.lastStepProperty().get()),
                playback.stepProperty(), playback.lastStepProperty()));
        // As wide as the widest count for these runs, so the text changing every frame never
        // changes the bar's layout (nor asks for a new one beyond the label).
        counter.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            int last = playback.lastStepProperty().get();
            String widest = Messages.get("controls.playback.counter", last, last);
            Text measure = new Text(widest.replaceAll("[0-9]", "8"));
            measure.setFont(counter.getFont());
            return Math.ceil(measure.getLayoutBounds().getWidth()) + counter.snappedLeftInset()
                    + counter.snappedRightInset() + 2;
        }, playback.lastStepProperty(), counter.fontProperty(), counter.paddingProperty()));
        counter.setMinWidth(Label.USE_PREF_SIZE);
        counter.setMaxWidth(Label.USE_PREF_SIZE);
        // (the bar holds it in a SteadyLabel, so a new count lays out the label alone)

        speed.setId("speed");
        speed.setFocusTraversable(false);
        speed.setMin(speedScale.sliderMin());
        speed.setMax(speedScale.sliderMax());
        speed.setPrefWidth(110);
        speed.setMinWidth(70);
        speed.setTooltip(new Tooltip(Messages.get("controls.playback.speed")));
        speed.setValue(speedScale.toSlider(playback.stepsPerSecondProperty().get()));
        playback.stepsPerSecondProperty().addListener((obs, old, now) ->
                guard.show(() -> speed.setValue(speedScale.toSlider(now.doubleValue()))));
        speed.valueProperty().addListener(guard.onEdit((obs, old, now) ->
                playback.stepsPerSecondProperty().set(speedScale.fromSlider(now.doubleValue()))));
        // A key moves the speed one step of the ladder + and − use, not from 1 to 5000 at once.
        speed.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case RIGHT, UP, PAGE_UP -> playback.faster();
                case LEFT, DOWN, PAGE_DOWN -> playback.slower();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        Label speedReadout = new Label();
        speedReadout.getStyleClass().add("speed-readout");
        speedReadout.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("controls.playback.speed-readout", TickFormat.compact(playback.stepsPerSecondProperty().get())),
                playback.stepsPerSecondProperty()));
        speedReadout.setMinWidth(Label.USE_PREF_SIZE);

        getChildren().addAll(reset, back, play, forward, timeline, new SteadyLabel(counter), speed, speedReadout);
    }

    private void showStep(int step) {
        guard.show(() -> timeline.setValue(step));
    }

    /** Drawn icons rather than media glyphs (⏮ ⏸), which many fonts lack. */
    private static Button button(String id, String iconPath, String tooltip) {
        SVGPath icon = new SVGPath();
        icon.setContent(iconPath);
        icon.getStyleClass().add("playback-icon");
        Button button = new Button(null, icon);
        button.setAccessibleText(tooltip);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setFocusTraversable(false);
        button.getStyleClass().add("playback-button");
        button.setMinWidth(ButtonBase.USE_PREF_SIZE);
        return button;
    }
}
