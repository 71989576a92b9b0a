package dev.optimizerplayground.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.files.SessionStore;
import dev.optimizerplayground.core.text.Language;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.ui.MainWindow;
import dev.optimizerplayground.ui.actions.Action;
import dev.optimizerplayground.ui.files.ScenarioActions;
import dev.optimizerplayground.ui.lesson.LessonEditor;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class HelpMenuTest {

    @TempDir
    Path home;

    private Stage stage;
    private Menu help;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // The window's own actions, gathered as the app gathers them.
        PlaygroundModel model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        MainWindow window = new MainWindow(model, BackgroundWork.SAME_THREAD);
        List<Action> actions = new ArrayList<>(new ScenarioActions(model, new SessionStore(home), () -> stage).actions());
        actions.addAll(window.exportActions());
        actions.addAll(window.playbackActions());
        actions.add(new LessonEditor(model, () -> false, () -> stage).action());
        help = new HelpMenu(() -> stage, actions).menu();
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void theGuideOpensBesideTheWindowAndExplainsRmsPropFirst(FxRobot robot) {
        MenuItem guide = item(HelpMenu.GUIDE_ID);
        robot.interact(guide::fire);
        robot.interact(guide::fire); // a second click brings the same window forward

        List<Window> helpWindows = Window.getWindows().filtered(w -> w != stage);
        assertThat(helpWindows).hasSize(1);
        assertThat(((Stage) helpWindows.get(0)).getTitle()).isEqualTo("How the optimizers work");
        assertThat(((Stage) helpWindows.get(0)).getModality()).isEqualTo(javafx.stage.Modality.NONE);

        Node page = robot.lookup("#" + HelpMenu.GUIDE_PAGE_ID).query();
        List<Label> headings = robot.from(page).lookup(".help-heading").queryAllAs(Label.class).stream().toList();
        assertThat(headings.get(0).getText()).startsWith("RMSProp");
        assertThat(headings).extracting(Label::getText).anySatisfy(t -> assertThat(t).startsWith("Adagrad"))
                .anySatisfy(t -> assertThat(t).startsWith("SGD")).anySatisfy(t -> assertThat(t).startsWith("Adam"))
                .anySatisfy(t -> assertThat(t).startsWith("Where ε goes")).anySatisfy(t -> assertThat(t).startsWith("What the charts show"));
        assertThat(robot.from(page).lookup(".help-formula").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("E[g²]ₜ = β·E[g²]ₜ₋₁ + (1 − β)·gₜ²", "θₜ = θₜ₋₁ − η / √(E[g²]ₜ + ε) · gₜ");
        robot.interact(() -> helpWindows.get(0).hide());
    }

    @Test
    void theShortcutsPageListsKeysAndGestures(FxRobot robot) {
        robot.interact(item(HelpMenu.SHORTCUTS_ID)::fire);

        List<String> keys = robot.lookup(".shortcut-keys").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(keys).contains("Space", "Home", "Ctrl+O", "Ctrl+S", "Click on the plot", "Drag on the plot",
                "Mouse wheel on the plot");
        assertThat(keys).as("every command with keys, exports included")
                .contains("Ctrl+Shift+S", "Ctrl+E", "Ctrl+Shift+E", "Ctrl+Shift+C", "Ctrl+Shift+L");
        robot.interact(() -> List.copyOf(Window.getWindows().filtered(w -> w != stage)).forEach(Window::hide));
    }

    @Test
    void aHelpWindowClosesWithEscAndWithShortcutW(FxRobot robot) {
        MenuItem guide = item(HelpMenu.GUIDE_ID);
        robot.interact(guide::fire);
        Window first = Window.getWindows().filtered(w -> w != stage).get(0);
        robot.targetWindow(first).type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(first.isShowing()).isFalse();

        robot.interact(guide::fire);
        Window second = Window.getWindows().filtered(w -> w != stage).get(0);
        robot.targetWindow(second).press(javafx.scene.input.KeyCode.SHORTCUT).type(javafx.scene.input.KeyCode.W)
                .release(javafx.scene.input.KeyCode.SHORTCUT);
        assertThat(second.isShowing()).isFalse();
    }

    /** The guide's worked example must be the arithmetic it claims. */
    @Test
    void theWorkedExampleIsRight() {
        double average = 0.9 * 0 + 0.1 * 2 * 2;
        double step = 0.1 * 2 / Math.sqrt(average + 1e-8);
        String example = HelpPages.optimizerGuide().stream().map(HelpPages.Block::text)
                .filter(t -> t.startsWith("Worked example")).findFirst().orElseThrow();
        assertThat(example).contains("= 0.4", "√0.4 ≈ " + String.format("%.3f", Math.sqrt(0.4)),
                "≈ " + String.format("%.3f", step));
        // and the bias-correction paragraph's first-step factors, η/√(1 − β)
        String bias = HelpPages.optimizerGuide().stream().map(HelpPages.Block::text)
                .filter(t -> t.startsWith("Without it the first steps")).findFirst().orElseThrow();
        assertThat(bias).contains(String.format("%.1f·η with β = 0.9", 1 / Math.sqrt(0.1)),
                String.format("%.0f·η with β = 0.99", 1 / Math.sqrt(0.01)));
    }

    @Test
    void theGuideDefinesTheAdamEffectiveRateAndNamesTheStateAsPyTorchDoes() {
        String guide = HelpPages.optimizerGuide().stream().map(HelpPages.Block::text)
                .reduce("", (a, b) -> a + "\n" + b);
        assertThat(guide).contains("the factor on the bias-corrected momentum m̂", "η·√(1 − β₂ᵗ)/(√v + ε̂)");
        for (String name : List.of("square_avg", "grad_avg", "momentum_buffer", "sum", "exp_avg", "exp_avg_sq",
                "max_exp_avg_sq", "mu_product", "acc_delta")) {
            assertThat(guide).contains(name + " ");
        }
    }

    @Test
    void theGuideEndsWithHowToWriteALessonAndWhatHappensToItsTranslations(FxRobot robot) {
        robot.interact(item(HelpMenu.GUIDE_ID)::fire);
        Node page = robot.lookup("#" + HelpMenu.GUIDE_PAGE_ID).query();
        List<Label> headings = robot.from(page).lookup(".help-heading").queryAllAs(Label.class).stream().toList();
        assertThat(headings.get(headings.size() - 1).getText()).isEqualTo("Writing a lesson");
        assertThat(HelpPages.lessonGuide()).extracting(HelpPages.Block::text)
                .anySatisfy(t -> assertThat(t).startsWith("Lesson ▸ Edit… (Ctrl+Shift+L)"))
                .anySatisfy(t -> assertThat(t).contains("editing the lesson's own words removes its translations"));
        robot.interact(() -> List.copyOf(Window.getWindows().filtered(w -> w != stage)).forEach(Window::hide));
    }

    /** The Chinese guide is the English one translated block by block: same headings, formulas, numbers. */
    @Test
    void theChineseGuideHasTheEnglishBlocksAndNumbers() {
        List<HelpPages.Block> english = HelpPages.optimizerGuide(Language.ENGLISH);
        List<HelpPages.Block> chinese = HelpPages.optimizerGuide(Language.CHINESE);
        assertThat(chinese).extracting(HelpPages.Block::kind)
                .containsExactlyElementsOf(english.stream().map(HelpPages.Block::kind).toList());
        for (int i = 0; i < english.size(); i++) {
            assertThat(numbers(chinese.get(i).text())).as("numbers of block %d", i)
                    .isEqualTo(numbers(english.get(i).text()));
        }
        assertThat(chinese.get(1).text()).isEqualTo("RMSProp：会遗忘的移动平均");
        assertThat(chinese).extracting(HelpPages.Block::text).anyMatch(t -> t.contains("指数加权移动平均"))
                .anyMatch(t -> t.contains("偏差修正"));
    }

    @Test
    void theMenuAndPagesAreInTheLanguageInUse() {
        Messages.use(Language.CHINESE);
        try {
            Menu chinese = new HelpMenu(() -> stage, List.of()).menu();
            assertThat(chinese.getText()).isEqualTo("帮助");
            assertThat(chinese.getItems()).extracting(MenuItem::getText).containsExactly("键盘快捷键", "优化器如何工作");
            assertThat(HelpPages.gestures()).extracting(HelpPages.Shortcut::action).contains("打开该场景");
        } finally {
            Messages.use(Language.ENGLISH);
        }
    }

    private static List<String> numbers(String text) {
        List<String> found = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        found.sort(null);
        return found;
    }

    private MenuItem item(String id) {
        return help.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
