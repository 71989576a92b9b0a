package dev.optimizerplayground.ui;

import dev.optimizerplayground.session.LayoutMode;
import dev.optimizerplayground.ui.actions.Action;
import dev.optimizerplayground.ui.charts.ChartsPanel;
import dev.optimizerplayground.ui.charts.StepInspector;
import dev.optimizerplayground.ui.controls.NoisePanel;
import dev.optimizerplayground.ui.controls.OptimizerPanel;
import dev.optimizerplayground.ui.controls.PlaybackBar;
import dev.optimizerplayground.ui.controls.SurfacePanel;
import dev.optimizerplayground.ui.export.ExportActions;
import dev.optimizerplayground.ui.files.ScenarioActions;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaybackModel;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import dev.optimizerplayground.ui.plot.BasinLayer;
import dev.optimizerplayground.ui.plot.PlaybackTimer;
import dev.optimizerplayground.ui.plot.PlotArea;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The main window: controls on the left, the plot and the playback bar in the centre, the charts on
 * the right, a header on top. It only assembles views; each view binds to the model itself.
 */
public final class MainWindow extends BorderPane {

    /** Stylesheets of every view (URLs), each next to its view's Java code. */
    private static final List<String> STYLESHEETS = List.of(
            MainWindow.class.getResource("playground.css").toExternalForm(),
            OptimizerPanel.STYLESHEET,
            ChartsPanel.STYLESHEET,
            PlotArea.STYLESHEET);

    /** Below this width the header has no room for the usage hint. */
    private static final double HINT_MIN_WINDOW_WIDTH = 1400;

    private final PlaygroundModel model;
    private final PlaybackTimer timer;
    private final ExportActions export;
    private final PlotArea plotArea;
    private HBox header;

    public MainWindow(PlaygroundModel model, BackgroundWork contourWork) {
        this.model = model;
        this.timer = new PlaybackTimer(model.playback());
        getStyleClass().add("main-window");

        VBox sidebar = new VBox(new SurfacePanel(model), new OptimizerPanel(model), new NoisePanel(model.noiseProperty()));
        sidebar.getStyleClass().add("sidebar");
        ScrollPane sidebarScroll = new ScrollPane(sidebar);
        sidebarScroll.setFitToWidth(true);
        sidebarScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sidebarScroll.getStyleClass().add("sidebar-scroll");
        sidebarScroll.setMinWidth(340);
        sidebarScroll.setPrefWidth(370);

        plotArea = new PlotArea(model, contourWork);
        VBox centre = new VBox(plotArea, new PlaybackBar(model.playback()));
        VBox.setVgrow(centre.getChildren().get(0), Priority.ALWAYS);
        centre.getStyleClass().add("centre");

        ChartsPanel charts = new ChartsPanel(model);
        export = new ExportActions(model, plotArea, charts, () -> getScene().getWindow());
        StepInspector inspector = new StepInspector(model);
        VBox right = new VBox(charts, inspector);
        VBox.setVgrow(charts, Priority.ALWAYS);
        SplitPane split = new SplitPane(centre, right);
        split.setOrientation(Orientation.HORIZONTAL);
        // The charts keep their share as the window grows, from a laptop up to a 4K projector.
        split.setDividerPositions(0.66);
        right.setMinWidth(300);

        header = header();
        setTop(header);
        setLeft(sidebarScroll);
        setCenter(split);
    }

    /** Adds every view's stylesheet to a scene showing the window. */
    public static void installStylesheets(Scene scene) {
        scene.getStylesheets().addAll(STYLESHEETS);
    }

    /**
     * Starts the animation clock.
     *
     * @param race whether to start the race from step 0 (first run), or stay paused where a
     *             restored session left off
     */
    public void start(boolean race) {
        timer.start();
        if (race) {
            model.playback().restart();
        }
    }

    /** Adds the basins-of-attraction layer to the plot, with its switch. */
    public void showBasins(BasinLayer layer) {
        plotArea.showBasins(layer);
    }

    /** PNG, GIF, clipboard and data exports of what the window shows, for the File menu. */
    public List<MenuItem> exportMenuItems() {
        return export.menuItems();
    }

    /** The export commands, for Help. */
    public List<Action> exportActions() {
        return export.actions();
    }

    /** Play or pause, step back and forward, back to step 0: bound to keys by {@link #installShortcuts}. */
    public List<Action> playbackActions() {
        PlaybackModel playback = model.playback();
        return List.of(
                new Action("play", "Play or pause the race", new KeyCodeCombination(KeyCode.SPACE), playback::togglePlay),
                new Action("step-back", "One step back", new KeyCodeCombination(KeyCode.LEFT), playback::stepBack),
                new Action("step-forward", "One step forward", new KeyCodeCombination(KeyCode.RIGHT),
                        playback::stepForward),
                new Action("reset", "Back to step 0", new KeyCodeCombination(KeyCode.HOME), playback::reset));
    }

    /** Puts the menu bar above the header. */
    public void setMenus(List<Menu> menus) {
        MenuBar bar = new MenuBar();
        bar.getMenus().setAll(menus);
        bar.setId("menu-bar");
        setTop(new VBox(bar, header));
    }

    /**
     * Binds the {@link #playbackActions()} to their keys (Space plays or pauses, ← and → step, Home
     * resets); except while typing in a field, and arrows still move a focused slider.
     */
    public void installShortcuts(Scene scene) {
        List<Action> playbackKeys = playbackActions();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            Node focus = scene.getFocusOwner();
            // Ctrl/Alt/Meta combinations belong to the menus (Ctrl+S, Alt+←…), not to playback.
            if (isTypingIn(focus) || event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
                return;
            }
            boolean arrowsBelongToFocus = focus instanceof Slider && event.getCode().isArrowKey();
            if (arrowsBelongToFocus) {
                return;
            }
            for (Action action : playbackKeys) {
                if (action.matches(event)) {
                    action.handler().run();
                    event.consume();
                    return;
                }
            }
        });
    }

    /**
     * Whether keys go to text being typed. An editable spinner or combo box keeps the focus itself
     * and hands the keys to its inner text field, so it counts as typing too.
     */
    private static boolean isTypingIn(Node focus) {
        return focus instanceof TextInputControl
                || focus instanceof Spinner<?> spinner && spinner.isEditable()
                || focus instanceof ComboBoxBase<?> box && box.isEditable();
    }

    private HBox header() {
        Label title = new Label(ScenarioActions.APP_NAME);
        title.getStyleClass().add("app-title");
        Label subtitle = new Label("How RMSProp, Adagrad, SGD and Adam walk downhill");
        subtitle.getStyleClass().add("app-subtitle");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // What a first-time user cannot guess from the picture alone.
        Label hint = new Label("Click the plot to move the start · drag to pan · scroll to zoom · Space plays");
        hint.getStyleClass().add("app-hint");

        ToggleGroup layouts = new ToggleGroup();
        HBox layoutButtons = new HBox();
        layoutButtons.getStyleClass().add("segmented");
        for (LayoutMode mode : LayoutMode.values()) {
            ToggleButton button = new ToggleButton(mode.label());
            button.setId("layout-" + mode.id());
            button.setToggleGroup(layouts);
            button.setUserData(mode);
            button.setSelected(model.layoutProperty().get() == mode);
            button.setTooltip(new Tooltip(switch (mode) {
                case OVERLAY -> "All optimizers on one plot";
                case SIDE_BY_SIDE -> "One small plot per optimizer, same surface and scale";
                case LANDSCAPE -> "The surface as a landscape, the optimizers as balls rolling on it";
            }));
            layoutButtons.getChildren().add(button);
        }
        layouts.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one layout is always chosen
            } else {
                model.layoutProperty().set((LayoutMode) now.getUserData());
            }
        });
        model.layoutProperty().addListener((obs, old, now) -> layouts.getToggles().forEach(
                t -> t.setSelected(t.getUserData() == now)));

        HBox header = new HBox(12, title, subtitle, spacer, hint, layoutButtons);
        title.setMinWidth(Region.USE_PREF_SIZE);
        layoutButtons.setMinWidth(Region.USE_PREF_SIZE);
        // On a narrow window the hint gives way rather than squeezing the title and buttons.
        hint.managedProperty().bind(header.widthProperty().greaterThan(HINT_MIN_WINDOW_WIDTH));
        hint.visibleProperty().bind(hint.managedProperty());
        header.getStyleClass().add("header");
        return header;
    }
}
