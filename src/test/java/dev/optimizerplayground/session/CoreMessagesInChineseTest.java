package dev.optimizerplayground.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.optimizerplayground.core.explain.StepExplanation;
import dev.optimizerplayground.core.files.ScenarioReader;
import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.Hyperparameter;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.optimizer.Switch;
import dev.optimizerplayground.core.run.Breakdown;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.scenario.ScenarioFormatException;
import dev.optimizerplayground.core.scenario.ScenarioJson;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Preset;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.surface.SurfaceParseException;
import dev.optimizerplayground.core.text.Language;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.QuotedText;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core's messages a person reads in the window (formula errors, refused settings, scenario-file
 * errors, names) come out in Chinese when Chinese is in use, and are looked up when made, not kept
 * from an earlier language. The English texts are asserted by each class's own tests.
 */
class CoreMessagesInChineseTest {

    @TempDir
    Path dir;

    @BeforeEach
    void chinese() {
        Messages.use(Language.CHINESE);
    }

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    void aFormulaErrorIsChineseAndKeepsItsPosition() {
        assertThatThrownBy(() -> Surface.parse("x^2 + z"))
                .isInstanceOf(SurfaceParseException.class)
                .hasMessage("位置 6 处的变量“z”不存在；变量只能用 x 和 y")
                .satisfies(e -> assertThat(((SurfaceParseException) e).position()).isEqualTo(6));
        assertThatThrownBy(() -> Surface.parse("(x + y")).hasMessage("位置 0 处的左括号缺少对应的右括号");
        assertThatThrownBy(() -> Surface.parse("foo(x)")).hasMessageStartingWith("位置 0 处的函数“foo”不存在；可用的函数：abs, ");
    }

    @Test
    void aRefusedSettingNamesTheValueInChineseAndTheNumberAsTyped() {
        OptimizerConfig config = OptimizerConfig.defaults(OptimizerKind.ADAM, Convention.TEXTBOOK);
        assertThatThrownBy(() -> config.withLearningRate(-1).validate()).hasMessage("学习率必须是大于 0 的有限数，当前为 -1");
        assertThatThrownBy(() -> config.withBeta1(1.5).validate()).hasMessage("β₁必须在 [0, 1) 内，当前为 1.5");
        assertThatThrownBy(() -> config.withEpsilon(0).validate())
                .hasMessage("ε必须是大于 0 的有限数，当前为 0");
    }

    @Test
    void aScenarioFileErrorNamesTheFieldAndSaysWhatIsWrongInChinese() {
        String text = "{ \"format\": \"optimizer-playground-scenario\", \"surface\": \"x^2\","
                + " \"lanes\": { \"sgd\": { \"schedule\": \"step:0:0.5\" } } }";
        assertThatThrownBy(() -> ScenarioJson.parse(text)).isInstanceOf(ScenarioFormatException.class)
                .hasMessage("字段 'lanes.sgd.schedule'：阶梯衰减的间隔（SIZE）必须是不小于 1 的整数，当前为 0");
        assertThatThrownBy(() -> ScenarioJson.parse("")).hasMessage("文件是空的");
        assertThatThrownBy(() -> ScenarioJson.parse("[1, 2]")).hasMessage("不是优化器演练场的场景文件：它是 JSON 数组，而不是对象");
        assertThat(QuotedText.quote("x".repeat(100))).endsWith("…'（共 100 个字符）");
        Path missing = dir.resolve("missing.json");
        assertThatThrownBy(() -> ScenarioReader.read(missing))
                .hasMessage("无法读取 " + missing.toAbsolutePath() + "：文件不存在");
    }

    @Test
    void namesAndExplanationsShownInTheWindowAreChinese() {
        assertThat(Presets.defaultPreset().displayName()).isEqualTo("狭长山谷");
        assertThat(OptimizerLane.SGD_MOMENTUM.displayName()).isEqualTo("SGD + 动量");
        assertThat(OptimizerLane.ADAM.displayName()).isEqualTo("Adam");
        assertThat(LayoutMode.SIDE_BY_SIDE.label()).isEqualTo("并排");
        assertThat(Hyperparameter.LEARNING_RATE.description()).startsWith("学习率");
        assertThat(Switch.BIAS_CORRECTION.label()).isEqualTo("偏差修正");
        assertThat(Breakdown.GRADIENT.describe()).isEqualTo("该处 f(θ) 有限，但梯度 ∇f(θ) 没有定义");
        for (Preset preset : Presets.all()) {
            assertThat(preset.description()).as(preset.id()).endsWith("。").doesNotContain("  ");
        }
    }

    @Test
    void theStepExplanationIsChineseAndItsLatexSetsTheChineseAsText() throws SurfaceParseException {
        Trajectory run = Runner.run(new RunSpec(Surface.parse("x^2 + 10*y^2"),
                OptimizerConfig.defaults(OptimizerKind.ADAM, Convention.KERAS), new Point(-4, 2), 5));
        StepExplanation explanation = StepExplanation.of(run, 2);
        assertThat(explanation.text()).startsWith("adam（keras）第 2 步\n").contains("参数 x\n", "θₜ₋₁ 处的 ∂f/∂θ",
                "（Keras 的步长，作用于未修正的 exp_avg）");
        assertThat(explanation.latex()).contains("\\text{处的}", "\\quad\\text{（Keras 的步长，作用于未修正的 exp\\_avg）}")
                .doesNotContain("（Keras 的步长，作用于未修正的 exp_avg）");
    }

    @Test
    void aTextIsLookedUpWhenItIsMadeSoSwitchingBackGivesEnglish() {
        Preset valley = Presets.defaultPreset();
        assertThat(valley.displayName()).isEqualTo("狭长山谷");
        Messages.use(Language.ENGLISH);
        assertThat(valley.displayName()).isEqualTo("Elongated valley");
        assertThat(OptimizerLane.SGD_MOMENTUM.displayName()).isEqualTo("SGD + momentum");
        assertThatThrownBy(() -> Surface.parse("x^2 + z")).hasMessage("unknown variable 'z' at position 6; use x and y");
    }
}
