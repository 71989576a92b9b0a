package dev.optimizerplayground.ui.controls;

import atlantafx.base.theme.Styles;
import dev.optimizerplayground.core.explain.LocalCurvature;
import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.Hyperparameter;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.NumberText;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The optimizers section of the sidebar: which framework's conventions to use, an optional shared
 * learning rate, and one card per optimizer lane. Put it in the sidebar's scroll pane.
 */
public final class OptimizerPanel extends VBox {

    public static final String STYLESHEET =
            OptimizerPanel.class.getResource("/dev/optimizerplayground/ui/controls/controls.css").toExternalForm();
    public static final String SHARE_LR_ID = "share-learning-rate";
    public static final String SHARED_LR_PREFIX = "shared";
    public static final String TWIN_MENU_ID = "twin-menu";

    private final PlaygroundModel model;

    public OptimizerPanel(PlaygroundModel model) {
        this.model = model;
        getStyleClass().addAll("sidebar-section", "optimizer-panel");
        getStylesheets().add(STYLESHEET);
        setSpacing(8);
        getChildren().addAll(SurfacePanel.sectionTitle(Messages.get("controls.section.optimizers")), conventionButtons(), twinMenu(),
                sharedLearningRate());
        for (OptimizerLane lane : OptimizerLane.values()) {
            OptimizerCard card = new OptimizerCard(model.slot(lane), model.shareLearningRateProperty(),
                    lane == OptimizerLane.RMSPROP); // RMSProp is what the window is about: open at start
            if (lane.kind() == OptimizerKind.SGD) {
                markStabilityLimit(lane, card.learningRateRow());
            }
            getChildren().add(card);
        }
    }

    /**
     * "Compare conventions": any optimizer raced again beside itself in the convention picked, with
     * the same η (its twin); one menu for all lanes, a submenu per lane.
     */
    private MenuButton twinMenu() {
        MenuButton button = new MenuButton(Messages.get("optimizers.twin.menu"));
        button.setId(TWIN_MENU_ID);
        button.setTooltip(new Tooltip(Messages.get("optimizers.twin.tooltip")));
        for (OptimizerLane lane : OptimizerLane.values()) {
            Menu laneMenu = new Menu(lane.displayName());
            laneMenu.setId("duplicate-" + lane.id());
            for (Convention convention : Convention.values()) {
                MenuItem item = new MenuItem(Messages.get("optimizers.twin.form", label(convention)));
                item.setId("duplicate-" + lane.id() + "-" + convention.id());
                item.setOnAction(e -> model.duplicateWithConvention(lane, convention));
                laneMenu.getItems().add(item);
            }
            MenuItem none = new MenuItem(Messages.get("optimizers.twin.none"));
            none.setId("duplicate-" + lane.id() + "-none");
            none.setOnAction(e -> model.duplicateWithConvention(lane, null));
            laneMenu.getItems().add(none);
            button.getItems().add(laneMenu);
        }
        return button;
    }

    /**
     * Plain SGD's η slider marks 2/λ₁ at the lane's point at the step shown: above it, SGD
     * overshoots there. Only without momentum, whose limit is a different one.
     */
    private void markStabilityLimit(OptimizerLane lane, HyperparameterSlider row) {
        Runnable update = () -> {
            LocalCurvature curvature = model.curvatureAt(lane);
            boolean plain = model.effectiveConfig(model.slot(lane)).momentum() == 0;
            double limit = curvature == null || !plain ? Double.NaN : curvature.sgdStabilityLimit();
            row.setMarker(limit, Messages.get("controls.sgd-limit", NumberText.exact(limit), lane.displayName()));
        };
        model.runsProperty().addListener(o -> update.run());
        model.playback().stepProperty().addListener(o -> update.run());
        update.run();
    }

    private VBox conventionButtons() {
        ToggleGroup group = new ToggleGroup();
        Convention[] conventions = {Convention.TEXTBOOK, Convention.PYTORCH, Convention.KERAS};
        String[] pills = {Styles.LEFT_PILL, Styles.CENTER_PILL, Styles.RIGHT_PILL};
        HBox buttons = new HBox();
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < conventions.length; i++) {
            Convention convention = conventions[i];
            ToggleButton button = new ToggleButton(label(convention));
            button.setId("convention-" + convention.name().toLowerCase(Locale.ROOT));
            button.getStyleClass().add(pills[i]);
            button.setToggleGroup(group);
            button.setUserData(convention);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(button, Priority.ALWAYS);
            Tooltip tip = WrappedTooltip.of(Messages.get("controls.convention.tooltip", label(convention)));
            button.setTooltip(tip);
            button.setOnAction(e -> {
                // A segmented control: clicking the chosen one again re-applies it rather than unselecting.
                button.setSelected(true);
                model.applyConvention(convention);
            });
            buttons.getChildren().add(button);
        }
        // The buttons show the lanes' convention, whoever set it (a click, an opened scenario); none
        // is lit while the lanes follow different ones.
        Runnable showCommonConvention = () -> {
            Set<Convention> used = EnumSet.noneOf(Convention.class);
            model.slots().forEach(slot -> used.add(slot.config().convention()));
            group.getToggles().forEach(t -> t.setSelected(used.size() == 1 && used.contains(t.getUserData())));
        };
        model.slots().forEach(slot -> slot.configProperty().addListener((obs, old, now) -> showCommonConvention.run()));
        showCommonConvention.run();
        Label title = new Label(Messages.get("controls.convention.title"));
        title.getStyleClass().add("field-caption");
        return new VBox(2, title, buttons);
    }

    /** A convention's name as the interface writes it: "Textbook", "PyTorch", "Keras". */
    public static String label(Convention convention) {
        switch (convention) {
            case PYTORCH:
                return "PyTorch";
            case KERAS:
                return "Keras";
            default:
                return Messages.get("controls.convention.textbook");
        }
    }

    private VBox sharedLearningRate() {
        CheckBox share = new CheckBox(Messages.get("controls.share"));
        share.setId(SHARE_LR_ID);
        share.selectedProperty().bindBidirectional(model.shareLearningRateProperty());
        share.setTooltip(new Tooltip(Messages.get("controls.share.tooltip")));
        HyperparameterSlider slider = new HyperparameterSlider(Hyperparameter.LEARNING_RATE,
                model.sharedLearningRateProperty(), SHARED_LR_PREFIX);
        slider.disableProperty().bind(model.shareLearningRateProperty().not());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.runErrorProperty());
        error.managedProperty().bind(model.runErrorProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        VBox box = new VBox(4, share, slider, error);
        box.getStyleClass().add("shared-learning-rate");
        return box;
    }
}
