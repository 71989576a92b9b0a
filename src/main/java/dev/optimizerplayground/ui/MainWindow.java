package dev.optimizerplayground.ui;

import dev.optimizerplayground.core.text.Language;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.session.LayoutMode;
import dev.optimizerplayground.ui.actions.Action;
import dev.optimizerplayground.ui.actions.AnyKeyOf;
import dev.optimizerplayground.ui.charts.ChartsPanel;
import dev.optimizerplayground.ui.charts.StepInspector;
import dev.optimizerplayground.ui.controls.NoisePanel;
import dev.optimizerplayground.ui.controls.OptimizerPanel;
import dev.optimizerplayground.ui.controls.PlaybackBar;
import dev.optimizerplayground.ui.controls.SurfacePanel;
import dev.optimizerplayground.ui.export.ExportActions;
import dev.optimizerplayground.ui.lesson.LessonCard;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaybackModel;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import dev.optimizerplayground.ui.plot.BasinLayer;
import dev.optimizerplayground.ui.plot.PlaybackTimer;
import dev.optimizerplayground.ui.plot.PlotArea;
import dev.optimizerplayground.ui.plot.PlotView;
import dev.optimizerplayground.ui.lesson.LessonCorner;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.plot.PlotTransform;
import dev.optimizerplayground.session.RunSet.LaneRun;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.geometry.HPos;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
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
            PlotArea.STYLESHEET,
            LessonCard.STYLESHEET);

    /** Below this width the header has no room for the usage hint. */
    private static final double HINT_MIN_WINDOW_WIDTH = 1500;
    /** Below this width the subtitle gives way too, before any control is squeezed. */
    private static final double SUBTITLE_MIN_WINDOW_WIDTH = 1200;
    /** The side panel takes this share of the window's width, within its least and most. */
    private static final double SIDEBAR_SHARE = 0.25;
    private static final double SIDEBAR_MIN_WIDTH = 336;
    private static final double SIDEBAR_MAX_WIDTH = 440;
    /** The charts' least width: the η_eff chart's axis and key still fit; its title wraps. */
    private static final double CHARTS_MIN_WIDTH = 240;
    private static final double PLOT_MIN_WIDTH = 340;
    /** The charts' share of the room beside the side panel, from a projector up to a 4K screen. */
    private static final double CHARTS_SHARE = 0.34;

    private final PlaygroundModel model;
    private final PlaybackTimer timer;
    private final ExportActions export;
    static final String SIDE_PANEL_ACTION = "view-side-panel";
    static final String CHARTS_ACTION = "view-charts";

    static final String LESSON_ACTION = "view-lesson";
    static final String PREVIOUS_PAGE_ACTION = "lesson-previous-page";
    static final String NEXT_PAGE_ACTION = "lesson-next-page";
    /** The lesson card covers at most this share of the plot's width, and never more than the widest. */
    private static final double LESSON_SHARE = 0.4;
    /** Below this a title wraps into a tall narrow column that hides more than a wider card. */
    private static final double LESSON_MIN_WIDTH = 280;
    /** Where the card sits in the layouts other than the overlay: below the basins bar, inside the axes. */
    private static final Insets LESSON_MARGIN = new Insets(48, 0, 0, 66);
    /** The gap between the lesson card and the plot's axes. */
    private static final double LESSON_INSET = 8;
    private static final double LESSON_MAX_WIDTH = 460;
    /** Its text takes at most this share of the plot's height before it scrolls. */
    private static final double LESSON_TEXT_SHARE = 0.18;
    private static final double LESSON_MAX_TEXT_HEIGHT = 240;

    static final String PRESENT_ACTION = "view-present";
    static final String DARK_ACTION = "view-dark-theme";
    static final String LANGUAGE_MENU_ID = "language";
    /** Presentation mode draws the plots' lines and type this much larger (the CSS enlarges the rest alike). */
    static final double PRESENTATION_SCALE = 1.6;
    static final String PRESENTING_STYLE = "presenting";

    private final LessonCard lesson;
    private final BooleanProperty presenting = new SimpleBooleanProperty(this, "presenting", false);
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme", false);
    /** Whether the side panel was shown when presentation mode hid it, to show it again after. */
    private boolean sidePanelBeforePresenting = true;
    private final BooleanProperty sidePanelShown = new SimpleBooleanProperty(this, "sidePanelShown", true);
    private final BooleanProperty chartsShown = new SimpleBooleanProperty(this, "chartsShown", true);
    private final HBox header;
    private final PlotArea plotArea;
    /** The scene {@link #installShortcuts} put its key filter on, and the filter, for {@link #dispose}. */
    private Scene shortcutScene;
    private EventHandler<KeyEvent> shortcutFilter;

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
        sidebarScroll.setId("side-panel");
        sidebarScroll.setMinWidth(SIDEBAR_MIN_WIDTH);
        sidebarScroll.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(SIDEBAR_MIN_WIDTH, Math.min(SIDEBAR_MAX_WIDTH, getWidth() * SIDEBAR_SHARE)),
                widthProperty()));
        sidebarScroll.maxWidthProperty().bind(sidebarScroll.prefWidthProperty());
        sidebarScroll.managedProperty().bind(sidePanelShown);
        sidebarScroll.visibleProperty().bind(sidePanelShown);

        plotArea = new PlotArea(model, contourWork);
        plotArea.setMinWidth(PLOT_MIN_WIDTH);
        plotArea.toolsShownProperty().bind(presenting.not()); // the basins bar and lens switch are for exploring

        ChartsPanel charts = new ChartsPanel(model);
        export = new ExportActions(model, plotArea, charts, () -> getScene().getWindow());
        charts.setId("charts");
        // The step inspector sits under the charts; the two fold away together.
        StepInspector inspector = new StepInspector(model);
        // The charts fill the column's height when they fit; when they do not (the lens's fourth
        // chart at 768 px) they scroll, rather than push the playback bar off the window or the
        // inspector's title out of reach.
        ScrollPane chartsScroll = new ScrollPane(charts);
        chartsScroll.setFitToWidth(true);
        chartsScroll.setFitToHeight(true);
        chartsScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        chartsScroll.getStyleClass().add("charts-scroll");
        VBox right = new VBox(chartsScroll, inspector);
        VBox.setVgrow(chartsScroll, Priority.ALWAYS);
        showInspectorAlonePresenting(charts, chartsScroll, inspector);
        // The lesson lies over the plot's top left corner, inside the axes; it is not in exports.
        lesson = new LessonCard(model.stateProperty(), model.playback());
        lesson.maxWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(LESSON_MAX_WIDTH, Math.max(LESSON_MIN_WIDTH, plotArea.getWidth() * LESSON_SHARE)),
                plotArea.widthProperty()));
        lesson.maxTextHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(60, Math.min(LESSON_MAX_TEXT_HEIGHT, plotArea.getHeight() * LESSON_TEXT_SHARE)),
                plotArea.heightProperty()));
        StackPane plotWithLesson = new StackPane(plotArea, lesson);
        StackPane.setAlignment(lesson, Pos.TOP_LEFT);
        StackPane.setMargin(lesson, LESSON_MARGIN);
        placeLessonWhereItHidesLeast(plotWithLesson);
        plotWithLesson.setMinWidth(PLOT_MIN_WIDTH);
        SplitPane split = new SplitPane(plotWithLesson, right);
        split.setOrientation(Orientation.HORIZONTAL);
        // The charts keep their share as the window grows, from a projector up to a 4K screen.
        split.setDividerPositions(1 - CHARTS_SHARE);
        SplitPane.setResizableWithParent(right, true);
        right.setMinWidth(CHARTS_MIN_WIDTH);
        chartsShown.addListener((obs, was, now) -> {
            if (now) {
                split.getItems().add(right);
                split.setDividerPositions(1 - CHARTS_SHARE);
            } else {
                split.getItems().remove(right);
            }
        });

        header = header();
        header.managedProperty().bind(presenting.not());
        header.visibleProperty().bind(presenting.not());
        presenting.addListener((obs, was, on) -> present(on));
        darkTheme.addListener((obs, was, on) -> Application.setUserAgentStylesheet(on
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet()));
        model.darkCanvasesProperty().bind(darkTheme); // the plots and charts follow the controls
        setTop(header);
        setLeft(sidebarScroll);
        // The playback bar spans the plot and the charts: its timeline drives the cursor of both.
        VBox centre = new VBox(split, new PlaybackBar(model.playback()));
        VBox.setVgrow(split, Priority.ALWAYS);
        centre.getStyleClass().add("centre");
        setCenter(centre);
    }

    /**
     * In the overlay plot, the lesson card sits in the corner of the axes where it hides no known
     * minimum, no run's end and the fewest trail points (whole runs, so it does not hop while they
     * play); it moves when the runs, the view or its own size change.
     */
    private void placeLessonWhereItHidesLeast(StackPane plotWithLesson) {
        PlotView view = plotArea.overlayView();
        InvalidationListener place = o -> {
            PlotTransform t = view.plotTransform();
            if (model.layoutProperty().get() != LayoutMode.OVERLAY || view.getScene() == null) {
                StackPane.setAlignment(lesson, Pos.TOP_LEFT);
                StackPane.setMargin(lesson, LESSON_MARGIN);
                return;
            }
            Point2D origin = plotWithLesson.sceneToLocal(view.localToScene(0, 0));
            Rectangle2D axes = new Rectangle2D(origin.getX() + t.left(), origin.getY() + t.top(), t.width(), t.height());
            List<Point2D> trail = new ArrayList<>();
            List<Point2D> ends = new ArrayList<>();
            for (LaneRun run : model.runs().runs()) {
                Trajectory path = run.trajectory();
                for (int i = 0; i < path.length(); i++) {
                    trail.add(new Point2D(origin.getX() + t.toPixelX(path.x(i)), origin.getY() + t.toPixelY(path.y(i))));
                }
                ends.add(trail.get(trail.size() - 1));
            }
            List<Point2D> minima = model.knownMinima().stream()
                    .map(p -> new Point2D(origin.getX() + t.toPixelX(p.x()), origin.getY() + t.toPixelY(p.y()))).toList();
            Pos corner = LessonCorner.leastHiding(axes, LESSON_INSET, lesson.getWidth(), lesson.getHeight(),
                    trail, ends, minima);
            boolean top = corner.getVpos() == VPos.TOP;
            boolean left = corner.getHpos() == HPos.LEFT;
            StackPane.setAlignment(lesson, corner);
            StackPane.setMargin(lesson, new Insets(
                    top ? axes.getMinY() + LESSON_INSET : 0,
                    left ? 0 : plotWithLesson.getWidth() - axes.getMaxX() + LESSON_INSET,
                    top ? 0 : plotWithLesson.getHeight() - axes.getMaxY() + LESSON_INSET,
                    left ? axes.getMinX() + LESSON_INSET : 0));
        };
        model.runsProperty().addListener(place);
        model.layoutProperty().addListener(place);
        // The state changes with every step played; only the view window and the minima move the card,
        // and weighing the corners walks every point of every run.
        model.stateProperty().addListener((obs, old, now) -> {
            if (!now.window().equals(old.window()) || !now.knownMinima().equals(old.knownMinima())) {
                place.invalidated(obs);
            }
        });
        view.widthProperty().addListener(place);
        view.heightProperty().addListener(place);
        lesson.widthProperty().addListener(place);
        lesson.heightProperty().addListener(place);
        presenting.addListener(place);
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

    /**
     * Play or pause, step back and forward, back to step 0, to the last step, faster and slower,
     * the lesson's previous and next page: bound to keys by {@link #installShortcuts}.
     */
    public List<Action> playbackActions() {
        PlaybackModel playback = model.playback();
        return List.of(
                new Action("play", Messages.get("action.play"), new KeyCodeCombination(KeyCode.SPACE), playback::togglePlay),
                new Action("step-back", Messages.get("action.step-back"), new KeyCodeCombination(KeyCode.LEFT), playback::stepBack),
                new Action("step-forward", Messages.get("action.step-forward"), new KeyCodeCombination(KeyCode.RIGHT),
                        playback::stepForward),
                new Action("reset", Messages.get("action.reset"), new KeyCodeCombination(KeyCode.HOME), playback::reset),
                new Action("end", Messages.get("action.end"), new KeyCodeCombination(KeyCode.END), playback::jumpToEnd),
                // + is Shift+= on many keyboards, and the keypad has its own + and −
                new Action("faster", Messages.get("action.faster"), new AnyKeyOf("+", KeyCode.PLUS, KeyCode.ADD, KeyCode.EQUALS),
                        playback::faster),
                new Action("slower", Messages.get("action.slower"), new AnyKeyOf("−", KeyCode.MINUS, KeyCode.SUBTRACT),
                        playback::slower),
                new Action(PREVIOUS_PAGE_ACTION, Messages.get("action.lesson.previous-page"),
                        new KeyCodeCombination(KeyCode.PAGE_UP), playback::previousPage),
                new Action(NEXT_PAGE_ACTION, Messages.get("action.lesson.next-page"),
                        new KeyCodeCombination(KeyCode.PAGE_DOWN), playback::nextPage));
    }

    /** Show or hide the side panel and the charts, fold the lesson: the View menu's items, with their keys. */
    public List<Action> viewActions() {
        return List.of(
                new Action(SIDE_PANEL_ACTION, Messages.get("action.view-side-panel"),
                        KeyCombination.keyCombination("Shortcut+B"), () -> sidePanelShown.set(!sidePanelShown.get())),
                new Action(CHARTS_ACTION, Messages.get("action.view-charts"),
                        KeyCombination.keyCombination("Shortcut+J"), () -> chartsShown.set(!chartsShown.get())),
                new Action(LESSON_ACTION, Messages.get("action.view-lesson"),
                        KeyCombination.keyCombination("Shortcut+L"), lesson::toggle),
                new Action(PRESENT_ACTION, Messages.get("action.view-present"),
                        new KeyCodeCombination(KeyCode.F5), () -> presenting.set(!presenting.get())),
                new Action(DARK_ACTION, Messages.get("action.view-dark-theme"), null, () -> darkTheme.set(!darkTheme.get())));
    }

    /** Presentation mode: the editing panels give the plot their room, and type and lines grow. */
    public BooleanProperty presentingProperty() {
        return presenting;
    }

    /** A dark theme for the controls, which many projectors show with more contrast. */
    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    private void present(boolean on) {
        if (on) {
            sidePanelBeforePresenting = sidePanelShown.get();
            sidePanelShown.set(false);
            getStyleClass().add(PRESENTING_STYLE);
            model.drawingScaleProperty().set(PRESENTATION_SCALE);
            requestFocus(); // the keys drive the lesson from here
        } else {
            sidePanelShown.set(sidePanelBeforePresenting);
            getStyleClass().remove(PRESENTING_STYLE);
            model.drawingScaleProperty().set(1);
        }
    }

    /**
     * At presentation size the column cannot hold the three charts and the inspector's formulas at
     * once (at 1024×768 the inspector would push the playback bar off the window): while presenting,
     * an open inspector takes the charts' place, as tall as the column; folding it brings them back.
     * The plot keeps its room either way.
     */
    private void showInspectorAlonePresenting(ChartsPanel charts, ScrollPane chartsScroll, StepInspector inspector) {
        BooleanBinding alone = presenting.and(inspector.expandedProperty());
        for (Node node : List.of(charts, chartsScroll)) {
            node.visibleProperty().bind(alone.not());
            node.managedProperty().bind(alone.not());
        }
        alone.addListener((obs, was, now) -> {
            VBox.setVgrow(inspector, now ? Priority.ALWAYS : null);
            inspector.setMaxHeight(now ? Double.MAX_VALUE : Region.USE_COMPUTED_SIZE);
        });
    }

    /** Whether the surface and optimizer panel is shown; hidden, the plot takes its room. */
    public BooleanProperty sidePanelShownProperty() {
        return sidePanelShown;
    }

    /** Whether the charts column is shown; hidden, the plot takes its room. */
    public BooleanProperty chartsShownProperty() {
        return chartsShown;
    }

    /**
     * Stops what this window runs on its own (the animation clock, the key bindings), when a window
     * rebuilt in another language replaces it. The views' listeners stay on this window's model,
     * which is dropped with it.
     */
    public void dispose() {
        timer.stop();
        if (shortcutScene != null) {
            shortcutScene.removeEventFilter(KeyEvent.KEY_PRESSED, shortcutFilter);
            shortcutScene = null;
        }
    }

    /** Shows the panels as {@code old}, the window this one replaces, showed them. */
    public void takeViewFrom(MainWindow old) {
        chartsShown.set(old.chartsShown.get());
        lesson.expandedProperty().set(old.lesson.expandedProperty().get());
        darkTheme.set(old.darkTheme.get());
        if (old.presenting.get()) {
            sidePanelShown.set(old.sidePanelBeforePresenting);
            presenting.set(true); // hides the side panel again and remembers it was shown before
        } else {
            sidePanelShown.set(old.sidePanelShown.get());
        }
    }

    /**
     * The View menu: which panels are shown, and the language, each language named in its own
     * words so whoever cannot read the current one still finds theirs.
     *
     * @param chooseLanguage what choosing a language does (the app rebuilds the window in it)
     */
    public Menu viewMenu(Consumer<Language> chooseLanguage) {
        Menu view = new Menu(Messages.get("menu.view"));
        view.setId("view-menu");
        List<Action> actions = viewActions();
        view.getItems().addAll(
                checkItem(Messages.get("menu.view.side-panel"), actions.get(0), sidePanelShown),
                checkItem(Messages.get("menu.view.charts"), actions.get(1), chartsShown),
                checkItem(Messages.get("menu.view.lesson"), actions.get(2), lesson.expandedProperty()),
                new SeparatorMenuItem(),
                equalScaleItem(),
                new SeparatorMenuItem(),
                checkItem(Messages.get("menu.view.present"), actions.get(3), presenting),
                checkItem(Messages.get("menu.view.dark-theme"), actions.get(4), darkTheme),
                new SeparatorMenuItem(),
                languageMenu(chooseLanguage));
        return view;
    }

    private static Menu languageMenu(Consumer<Language> chooseLanguage) {
        Menu menu = new Menu(Messages.get("menu.view.language"));
        menu.setId(LANGUAGE_MENU_ID);
        ToggleGroup languages = new ToggleGroup();
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(language.nativeName());
            item.setId(LANGUAGE_MENU_ID + "-" + language.tag());
            item.setMnemonicParsing(false);
            item.setToggleGroup(languages);
            item.setSelected(language == Messages.language());
            item.setOnAction(e -> chooseLanguage.accept(language));
            menu.getItems().add(item);
        }
        return menu;
    }

    private CheckMenuItem equalScaleItem() {
        CheckMenuItem item = new CheckMenuItem(Messages.get("menu.view.equal-scale"));
        item.setId("view-equal-scale");
        item.selectedProperty().bindBidirectional(model.equalScaleProperty());
        return item;
    }

    /** A check item for an action that turns something on or off: it toggles the property itself and shows the keys. */
    private static CheckMenuItem checkItem(String text, Action action, BooleanProperty shown) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(action.id());
        item.setAccelerator(action.keys());
        item.selectedProperty().bindBidirectional(shown);
        return item;
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
     * resets, End jumps to the last step, + and − change the speed, PgUp and PgDn turn the lesson's
     * pages); except while typing in a field, which Esc leaves, and arrow and page keys still move
     * a focused slider.
     */
    public void installShortcuts(Scene scene) {
        List<Action> playbackKeys = playbackActions();
        shortcutScene = scene;
        shortcutFilter = event -> {
            Node focus = scene.getFocusOwner();
            if (event.getCode() == KeyCode.ESCAPE && isTypingIn(focus)) {
                requestFocus(); // the field commits as it loses the focus; the keys go back to playback
                event.consume();
                return;
            }
            if (event.getCode() == KeyCode.ESCAPE && presenting.get()) {
                presenting.set(false);
                event.consume();
                return;
            }
            // Ctrl/Alt/Meta combinations belong to the menus (Ctrl+S, Alt+←…), not to playback.
            if (isTypingIn(focus) || event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
                return;
            }
            boolean arrowsBelongToFocus = focus instanceof Slider && (event.getCode().isArrowKey()
                    || event.getCode() == KeyCode.PAGE_UP || event.getCode() == KeyCode.PAGE_DOWN);
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
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, shortcutFilter);
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
        Label title = new Label(Messages.get("app.title"));
        title.getStyleClass().add("app-title");
        Label subtitle = new Label(Messages.get("header.subtitle"));
        subtitle.getStyleClass().add("app-subtitle");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // What a first-time user cannot guess from the picture alone.
        Label hint = new Label(Messages.get("header.hint"));
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
            button.setTooltip(new Tooltip(Messages.get(switch (mode) {
                case OVERLAY -> "header.layout.overlay.tooltip";
                case SIDE_BY_SIDE -> "header.layout.side-by-side.tooltip";
                case LANDSCAPE -> "header.layout.landscape.tooltip";
            })));
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

        ToggleButton sidePanelButton = panelButton(Messages.get("header.settings"), "toggle-side-panel",
                Messages.get("header.settings.tooltip"), sidePanelShown);
        ToggleButton chartsButton = panelButton(Messages.get("header.charts"), "toggle-charts",
                Messages.get("header.charts.tooltip"), chartsShown);
        HBox header = new HBox(12, sidePanelButton, title, subtitle, spacer, hint, layoutButtons, chartsButton);
        title.setMinWidth(Region.USE_PREF_SIZE);
        layoutButtons.setMinWidth(Region.USE_PREF_SIZE);
        // On a narrow window the hint, then the subtitle, give way rather than squeezing the title and buttons.
        hint.managedProperty().bind(header.widthProperty().greaterThan(HINT_MIN_WINDOW_WIDTH));
        hint.visibleProperty().bind(hint.managedProperty());
        subtitle.managedProperty().bind(header.widthProperty().greaterThan(SUBTITLE_MIN_WINDOW_WIDTH));
        subtitle.visibleProperty().bind(subtitle.managedProperty());
        header.getStyleClass().add("header");
        return header;
    }

    /** A header button that shows or hides a panel; it takes no focus, so the playback keys keep working. */
    private static ToggleButton panelButton(String text, String id, String tooltip, BooleanProperty shown) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.selectedProperty().bindBidirectional(shown);
        return button;
    }
}
