package dev.optimizerplayground.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.files.SessionStore;
import dev.optimizerplayground.core.text.Language;
import dev.optimizerplayground.core.text.Messages;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View ▸ Language on the whole app: the window is rebuilt in the language chosen at once, on the
 * same playground, and the next start opens in it; a first start follows the system's locale.
 */
class LanguageSwitchTest {

    private static final String FORMULA = "x^2 + 3*y^2";

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Application app;
    private Stage stage;

    @BeforeAll
    static void primaryStage() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeTheApp() throws TimeoutException {
        closeApp();
        FxToolkit.cleanupStages();
        System.clearProperty(SessionStore.HOME_PROPERTY);
        Messages.use(Language.ENGLISH);
    }

    @Test
    void chineseMenusShowAtOnceOnTheSamePlaygroundAndTheChoiceSurvivesARestart() throws Exception {
        Path home = dir.resolve("home");
        new SessionStore(home).saveLanguage(Language.ENGLISH);
        launch(home);
        assertThat(menuTexts()).containsExactly("_File", "_View", "_Lesson", "_Tools", "Help");
        // In arrays, so that the test can let go of the English window's nodes and see them collected.
        TextField[] englishFormula = {robot.lookup("#formula").queryAs(TextField.class)};
        robot.interact(() -> englishFormula[0].setText(FORMULA));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            if (isPlaying()) {
                robot.lookup("#play").queryButton().fire();
            }
            robot.lookup("#timeline").queryAs(Slider.class).setValue(37);
        });
        String englishCounter = counter();
        assertThat(englishCounter).startsWith("step 37 / ");
        robot.interact(() -> item("help-optimizers").fire());
        Parent[] englishRoot = {stage.getScene().getRoot()};

        robot.interact(() -> item("language-zh").fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getScene().getRoot()).isNotSameAs(englishRoot[0]);
        assertThat(menuTexts()).containsExactly("文件(_F)", "视图(_V)", "课程(_L)", "工具(_T)", "帮助");
        assertThat(((RadioMenuItem) item("language-zh")).isSelected()).isTrue();
        assertThat(stage.getTitle()).startsWith("优化器演练场");
        assertThat(stage.getScene().getStylesheets()).as("Simplified Chinese glyphs")
                .anyMatch(sheet -> sheet.endsWith("chinese.css"));
        TextField formula = robot.lookup("#formula").queryAs(TextField.class);
        assertThat(formula.getText()).isEqualTo(FORMULA);
        assertThat(counter()).isEqualTo(englishCounter.replace("step ", "第 ") + " 步");
        assertThat(isPlaying()).isFalse();
        assertThat(helpWindowTitles()).as("the open guide follows").containsExactly("优化器如何工作");

        // The old views were left on the old model: an edit in the new window no longer reaches them,
        // and nothing holds them any more (no listener of a live object, no timer, no key filter).
        robot.interact(() -> formula.setText("x^2 + y^2"));
        assertThat(englishFormula[0].getText()).isEqualTo(FORMULA);
        WeakReference<Parent> oldWindow = new WeakReference<>(englishRoot[0]);
        englishRoot[0] = null;
        englishFormula[0] = null;
        // TestFX records every event fired on its stage, targets and all: a new record drops the old.
        robot.interact(() -> FxToolkit.toolkitContext().setRegisteredStage(stage));
        for (int i = 0; i < 30 && oldWindow.get() != null; i++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(oldWindow.get()).as("the English window, collected").isNull();

        closeApp();
        launch(home);
        assertThat(menuTexts()).containsExactly("文件(_F)", "视图(_V)", "课程(_L)", "工具(_T)", "帮助");
        assertThat(robot.lookup("#formula").queryAs(TextField.class).getText()).isEqualTo("x^2 + y^2");

        robot.interact(() -> item("language-en").fire());
        assertThat(menuTexts()).containsExactly("_File", "_View", "_Lesson", "_Tools", "Help");
        assertThat(stage.getScene().getStylesheets()).noneMatch(sheet -> sheet.endsWith("chinese.css"));
        assertThat(new SessionStore(home).language()).contains(Language.ENGLISH);
    }

    @Test
    void theFirstStartFollowsTheSystemLocale() throws Exception {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            launch(dir.resolve("fresh-home"));
        } finally {
            Locale.setDefault(system);
        }
        assertThat(menuTexts()).containsExactly("文件(_F)", "视图(_V)", "课程(_L)", "工具(_T)", "帮助");
        assertThat(new SessionStore(dir.resolve("fresh-home")).language()).as("nothing chosen yet").isEmpty();
    }

    @Test
    void aRememberedLanguageWinsOverTheSystemLocale() throws Exception {
        SessionStore store = new SessionStore(dir.resolve("home"));
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(PlaygroundApp.firstLanguage(store)).isEqualTo(Language.ENGLISH);
            store.saveLanguage(Language.CHINESE);
            assertThat(PlaygroundApp.firstLanguage(store)).isEqualTo(Language.CHINESE);
        } finally {
            Locale.setDefault(system);
        }
    }

    private void launch(Path home) throws TimeoutException {
        System.setProperty(SessionStore.HOME_PROPERTY, home.toString());
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(PlaygroundApp.class);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void closeApp() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    private boolean isPlaying() {
        return !"Play".equals(robot.lookup("#play").queryButton().getAccessibleText())
                && !"播放".equals(robot.lookup("#play").queryButton().getAccessibleText());
    }

    private String counter() {
        return robot.lookup("#step-counter").queryAs(Label.class).getText();
    }

    private List<String> menuTexts() {
        return menuBar().getMenus().stream().map(Menu::getText).toList();
    }

    private MenuBar menuBar() {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class);
    }

    /** A menu item anywhere in the menu bar, by id. */
    private MenuItem item(String id) {
        return menuBar().getMenus().stream().map(menu -> find(menu, id)).filter(i -> i != null).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private static MenuItem find(Menu menu, String id) {
        for (MenuItem item : menu.getItems()) {
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof Menu sub && find(sub, id) != null) {
                return find(sub, id);
            }
        }
        return null;
    }

    private List<String> helpWindowTitles() {
        return Window.getWindows().stream()
                .filter(w -> w != stage && w.isShowing() && w instanceof Stage)
                .map(w -> ((Stage) w).getTitle()).toList();
    }
}
