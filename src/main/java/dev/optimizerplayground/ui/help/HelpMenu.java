package dev.optimizerplayground.ui.help;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.ui.actions.Action;
import dev.optimizerplayground.ui.controls.LanguageFont;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Help menu. Each page opens in its own ordinary window, not a modal dialog, so it can stay
 * open beside the plot while the student tries what it says. The keyboard shortcuts page lists the
 * window's actions, the same ones its menus and key bindings are made from, then the mouse gestures.
 */
public final class HelpMenu {

    public static final String STYLESHEET =
            HelpMenu.class.getResource("/dev/optimizerplayground/ui/help/help.css").toExternalForm();
    static final String SHORTCUTS_ID = "help-shortcuts";
    static final String GUIDE_ID = "help-optimizers";
    static final String SHORTCUTS_PAGE_ID = "shortcuts-page";
    static final String GUIDE_PAGE_ID = "optimizer-guide";

    /** Closes a help window, as in most applications; Esc does too. */
    private static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    private final Supplier<Window> owner;
    private final List<Action> actions;
    private Stage shortcutsWindow;
    private Stage guideWindow;

    /** @param actions the window's actions; those with keys are listed, in this order */
    public HelpMenu(Supplier<Window> owner, List<Action> actions) {
        this.owner = owner;
        this.actions = List.copyOf(actions);
    }

    public Menu menu() {
        MenuItem shortcuts = new MenuItem(Messages.get("help.shortcuts"));
        shortcuts.setId(SHORTCUTS_ID);
        shortcuts.setOnAction(e -> showShortcuts());
        MenuItem guide = new MenuItem(Messages.get("help.guide"));
        guide.setId(GUIDE_ID);
        guide.setOnAction(e -> showGuide());
        Menu help = new Menu(Messages.get("menu.help"));
        help.setId("help-menu");
        help.getItems().addAll(shortcuts, guide);
        return help;
    }

    void showShortcuts() {
        shortcutsWindow = show(shortcutsWindow, Messages.get("help.shortcuts"), 700, 520, this::shortcutsPage);
    }

    void showGuide() {
        guideWindow = show(guideWindow, Messages.get("help.guide"), 760, 820, HelpMenu::guidePage);
    }

    /**
     * Hands the open help pages over to {@code next}, the Help menu of the window rebuilt in another
     * language: each open page closes here and opens from {@code next}, in its language, where it was.
     */
    public void handOverTo(HelpMenu next) {
        if (isOpen(shortcutsWindow)) {
            next.showShortcuts();
            replace(shortcutsWindow, next.shortcutsWindow);
        }
        if (isOpen(guideWindow)) {
            next.showGuide();
            replace(guideWindow, next.guideWindow);
        }
    }

    private static boolean isOpen(Stage page) {
        return page != null && page.isShowing();
    }

    private static void replace(Stage old, Stage now) {
        now.setX(old.getX());
        now.setY(old.getY());
        now.setWidth(old.getWidth());
        now.setHeight(old.getHeight());
        old.close();
    }

    /** Brings an open page to the front, or builds and shows it. */
    private Stage show(Stage existing, String title, double width, double height, Supplier<Parent> page) {
        if (existing != null && existing.isShowing()) {
            existing.toFront();
            return existing;
        }
        Stage stage = new Stage();
        Window window = owner.get();
        if (window != null) {
            stage.initOwner(window);
        }
        stage.setTitle(title);
        Scene scene = new Scene(page.get(), width, height);
        scene.getStylesheets().add(STYLESHEET);
        LanguageFont.apply(scene.getStylesheets());
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || CLOSE.match(e)) {
                stage.close();
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /** The actions with keys, then the gestures. */
    List<HelpPages.Shortcut> shortcuts() {
        List<HelpPages.Shortcut> rows = new ArrayList<>();
        for (Action action : actions) {
            if (action.keys() != null) {
                rows.add(new HelpPages.Shortcut(action.keysText(), action.name()));
            }
        }
        rows.addAll(HelpPages.gestures());
        return rows;
    }

    Parent shortcutsPage() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-grid");
        int row = 0;
        for (HelpPages.Shortcut shortcut : shortcuts()) {
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(Label.USE_PREF_SIZE); // the keys are never cut short; the action wraps instead
            Label action = new Label(shortcut.action());
            action.setWrapText(true);
            grid.addRow(row++, keys, action);
        }
        grid.setId(SHORTCUTS_PAGE_ID);
        return scrolling(grid);
    }

    static Parent guidePage() {
        VBox page = new VBox();
        page.getStyleClass().add("help-page");
        page.setId(GUIDE_PAGE_ID);
        List<HelpPages.Block> blocks = new ArrayList<>(HelpPages.optimizerGuide());
        blocks.addAll(HelpPages.lessonGuide());
        for (HelpPages.Block block : blocks) {
            Label label = new Label(block.text());
            label.setWrapText(true);
            label.setMinHeight(Label.USE_PREF_SIZE); // a wrapped paragraph takes the height it needs
            label.getStyleClass().add(switch (block.kind()) {
                case HEADING -> "help-heading";
                case PARAGRAPH -> "help-paragraph";
                case FORMULA -> "help-formula";
            });
            page.getChildren().add(label);
        }
        return scrolling(page);
    }

    private static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("help-scroll");
        return scroll;
    }
}
