package dev.optimizerplayground.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.optimizerplayground.core.format.OptimizerConfigJson;
import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.EpsilonPlacement;
import dev.optimizerplayground.core.optimizer.Hyperparameter;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.optimizer.Switch;
import dev.optimizerplayground.core.run.StepLimits;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.core.run.RunCloud;
import dev.optimizerplayground.core.text.Language;
import dev.optimizerplayground.core.training.GradientNoise;
import dev.optimizerplayground.core.training.Schedule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioJsonTest {

    private static Scenario sample() {
        return new Scenario(new Lesson("Title", "Read this aloud.", List.of(new Cue(0, "Press play."),
                new Cue(40, "Watch η_eff of y climb.")), Map.of(Language.CHINESE,
                new LessonText("标题", "请朗读。", List.of("按播放。", "注意 y 的 η_eff 上升。")))),
                "(1-x)^2 + 100*(y-x^2)^2", "rosenbrock",
                new ViewWindow(-2, 2, -1, 3), new Point(-1.5, 2.0000000000000004), 500, "log",
                "side-by-side", 123, 40, true, 0.0123456789,
                List.of(new ScenarioLane("rmsprop", true, OptimizerConfig.defaults(OptimizerKind.RMSPROP,
                                Convention.PYTORCH).withBeta(0.5).withEpsilonPlacement(EpsilonPlacement.INSIDE)),
                        new ScenarioLane("adam", false, OptimizerConfig.defaults(OptimizerKind.ADAM, Convention.KERAS))),
                GradientNoise.NONE, RunCloud.DEFAULT_RUNS, new ViewAngles(-72.5, 61));
    }

    @Test
    void anOptimizersFieldsAreTheDescriptorTablesKeys() {
        List<String> expected = new java.util.ArrayList<>(List.of("optimizer", "convention"));
        for (Hyperparameter h : Hyperparameter.values()) {
            expected.add(h.key());
        }
        for (Switch s : Switch.values()) {
            expected.add(s.key());
        }
        List<String> written = new java.util.ArrayList<>();
        OptimizerConfigJson.toJson(OptimizerConfig.defaults(OptimizerKind.RMSPROP, Convention.TEXTBOOK))
                .fieldNames().forEachRemaining(written::add);
        assertThat(written).containsExactlyElementsOf(expected);
    }

    @Test
    void writesAndReadsBackEveryFieldExactly() throws Exception {
        Scenario s = sample();
        String json = ScenarioJson.toString(s);
        assertThat(json).contains("\"format\" : \"optimizer-playground-scenario\"", "\"version\" : 3",
                "\"playbackSpeed\" : 40.0",
                "\"surface\" : \"(1-x)^2 + 100*(y-x^2)^2\"").endsWith("\n");
        assertThat(json.lines().count()).as("pretty-printed").isGreaterThan(20);
        assertThat(ScenarioJson.parse(json)).isEqualTo(s);
    }

    @Test
    void noiseAndSchedulesAreWrittenAndReadBack() throws Exception {
        Scenario plain = sample();
        Scenario s = new Scenario(plain.lesson(), plain.formula(), plain.presetId(),
                plain.window(), plain.start(), plain.steps(), plain.levelScale(), plain.layout(), plain.currentStep(),
                plain.playbackSpeed(), plain.shareLearningRate(), plain.sharedLearningRate(),
                List.of(new ScenarioLane("rmsprop", true, plain.lanes().get(0).config(),
                                Schedule.parse("cosine:300:0.001").withWarmup(20)),
                        new ScenarioLane("sgd", true, null, Schedule.parse("step:50:0.5"))),
                new GradientNoise(0.75, 1234567890123L), 24, plain.view());
        String json = ScenarioJson.toString(s);
        assertThat(json).contains("\"noise\" : {", "\"sigma\" : 0.75", "\"seed\" : 1234567890123", "\"runs\" : 24",
                "\"schedule\" : \"cosine:300:0.001\"", "\"warmup\" : 20", "\"schedule\" : \"step:50:0.5\"");
        assertThat(ScenarioJson.parse(json)).isEqualTo(s);
        assertThat(ScenarioJson.toString(plain)).doesNotContain("noise", "schedule", "warmup");
    }

    @Test
    void aVersionOneFileReadsAsExactGradientsAndConstantRates() throws Exception {
        Scenario s = ScenarioJson.parse("""
                { "format": "optimizer-playground-scenario", "version": 1, "preset": "bowl",
                  "lanes": { "rmsprop": { } } }
                """);
        assertThat(s.noise()).isEqualTo(GradientNoise.NONE);
        assertThat(s.lane("rmsprop").orElseThrow().schedule()).isEqualTo(Schedule.CONSTANT);
    }

    @Test
    void badNoiseOrScheduleNamesTheField() {
        assertThatThrownBy(() -> ScenarioJson.parse("{\"preset\": \"bowl\", \"noise\": {\"sigma\": -1}}"))
                .hasMessage("field 'noise.sigma': noise σ must be a finite number >= 0, got -1");
        assertThatThrownBy(() -> ScenarioJson.parse("{\"preset\": \"bowl\", \"noise\": {\"sigma\": 1, \"runs\": 65}}"))
                .hasMessage("noise runs must be between 1 and 64, got 65");
        assertThatThrownBy(() -> ScenarioJson.parse("{\"preset\": \"bowl\", \"noise\": {\"sd\": 1}}"))
                .hasMessage("unknown field 'noise.sd'");
        assertThatThrownBy(() -> ScenarioJson.parse(
                "{\"preset\": \"bowl\", \"lanes\": {\"sgd\": {\"schedule\": \"exp:0\"}}}"))
                .hasMessage("field 'lanes.sgd.schedule': exponential schedule's GAMMA must be a finite number > 0, got 0");
    }

    @Test
    void aMinimalHandWrittenFileTakesItsDefaultsFromThePreset() throws Exception {
        Scenario s = ScenarioJson.parse("""
                { "preset": "rosenbrock",
                  "lanes": { "rmsprop": { "config": { "optimizer": "rmsprop", "beta": 0.5 } },
                             "adagrad": { "enabled": false } } }
                """);
        var rosenbrock = Presets.byId("rosenbrock").orElseThrow();
        assertThat(s.formula()).isEqualTo(rosenbrock.formula());
        assertThat(s.window()).isEqualTo(rosenbrock.window());
        assertThat(s.start()).isEqualTo(rosenbrock.start());
        assertThat(s.steps()).isEqualTo(StepLimits.DEFAULT_STEPS);
        assertThat(s.currentStep()).isZero();
        assertThat(s.levelScale()).isEqualTo("auto");
        assertThat(s.layout()).isEqualTo("overlay");
        assertThat(s.view()).as("the window's first 3D view").isNull();
        assertThat(s.shareLearningRate()).isFalse();
        assertThat(s.title()).isEmpty();
        assertThat(s.lane("rmsprop").orElseThrow().enabled()).isTrue();
        assertThat(s.lane("rmsprop").orElseThrow().config().beta()).isEqualTo(0.5);
        assertThat(s.lane("rmsprop").orElseThrow().config().learningRate()).as("textbook default").isEqualTo(0.001);
        assertThat(s.lane("adagrad").orElseThrow().enabled()).isFalse();
        assertThat(s.lane("adagrad").orElseThrow().config()).isNull();
        assertThat(s.lane("sgd")).isEmpty();
    }

    /** Windows editors save UTF-8 with a byte-order mark; it is not part of the JSON. */
    @Test
    void aUtf8ByteOrderMarkIsAccepted(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("notepad.json");
        byte[] json = "{\"surface\": \"x^2 + y^2\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withMark = new byte[json.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withMark, 3, json.length);
        java.nio.file.Files.write(file, withMark);
        assertThat(dev.optimizerplayground.core.files.ScenarioReader.read(file).formula()).isEqualTo("x^2 + y^2");
        assertThat(ScenarioJson.parse("\uFEFF{\"surface\": \"x\"}").formula()).isEqualTo("x");
    }

    @Test
    void aFormulaWithoutPresetUsesTheDefaultWindowAndNoPreset() throws Exception {
        Scenario s = ScenarioJson.parse("{\"surface\": \"x^2 + y^2\"}");
        assertThat(s.presetId()).isEmpty();
        assertThat(s.window()).isEqualTo(Presets.defaultPreset().window());
        assertThat(s.lanes()).isEmpty();
    }

    @Test
    void notJsonSaysWhere() {
        assertThatThrownBy(() -> ScenarioJson.parse("{\n  \"surface\": \"x\",\n  oops\n}"))
                .isInstanceOf(ScenarioFormatException.class)
                .hasMessageStartingWith("not a JSON file: ")
                .hasMessageContaining("line 3, column");
        assertThatThrownBy(() -> ScenarioJson.parse("   ")).hasMessage("the file is empty");
    }

    @Test
    void theParsersAdviceToProgrammersIsLeftOut() {
        assertThatThrownBy(() -> ScenarioJson.parse("{\"surface\": \"x\", \"steps\": NaN}"))
                .hasMessageStartingWith("not a JSON file: Non-standard token 'NaN' at line 1, column")
                .hasMessageNotContaining("enable");
    }

    @Test
    void foreignJsonIsNotAScenario() {
        assertThatThrownBy(() -> ScenarioJson.parse("{\"name\": \"my-package\", \"version\": \"1.0.0\"}"))
                .hasMessage("not an Optimizer Playground scenario: it has no \"format\": "
                        + "\"optimizer-playground-scenario\" field");
        assertThatThrownBy(() -> ScenarioJson.parse("{\"format\": \"geojson\"}"))
                .hasMessage("not an Optimizer Playground scenario: its format is \"geojson\"");
        assertThatThrownBy(() -> ScenarioJson.parse("[1, 2]"))
                .hasMessage("not an Optimizer Playground scenario: it is a JSON array, not an object");
    }

    @Test
    void cuesAndTranslationsAreWrittenAndReadBack() throws Exception {
        String json = ScenarioJson.toString(sample());
        assertThat(json).contains("\"cues\" : [ {", "\"step\" : 40", "\"zh\" : {", "注意 y 的 η_eff 上升。");
        Scenario back = ScenarioJson.parse(json);
        assertThat(back.lesson()).isEqualTo(sample().lesson());
        assertThat(back.lesson().in(Language.CHINESE).cues()).containsExactly("按播放。", "注意 y 的 η_eff 上升。");
        assertThat(back.lesson().in(Language.ENGLISH).cues()).containsExactly("Press play.", "Watch η_eff of y climb.");
    }

    @Test
    void aFileWithoutCuesWritesNoCueFields() {
        Scenario plain = withLesson(sample(), new Lesson("t", "d"));
        assertThat(ScenarioJson.toString(plain)).doesNotContain("cues", "translations");
    }

    @Test
    void badCuesAreRefusedNamingTheField() {
        String head = "{\"format\": \"optimizer-playground-scenario\", \"version\": 3, ";
        assertThatThrownBy(() -> ScenarioJson.parse(head + "\"cues\": [{\"step\": 5}]}"))
                .hasMessage("field 'cues[0]' needs both step and text");
        assertThatThrownBy(() -> ScenarioJson.parse(head + "\"cues\": [{\"step\": -1, \"text\": \"a\"}]}"))
                .hasMessage("field 'cues[0]': a cue's step must be 0 or more, got -1");
        assertThatThrownBy(() -> ScenarioJson.parse(head
                + "\"cues\": [{\"step\": 9, \"text\": \"a\"}, {\"step\": 3, \"text\": \"b\"}]}"))
                .hasMessage("field 'cues': cues must be in order of their steps, one per step: step 3 comes after step 9");
        assertThatThrownBy(() -> ScenarioJson.parse(head + "\"cues\": [{\"step\": 1, \"text\": \"a\"}], "
                + "\"translations\": {\"zh\": {\"title\": \"题\", \"cues\": []}}}"))
                .hasMessage("field 'cues': the zh translation has 0 cues, the lesson 1");
        assertThatThrownBy(() -> ScenarioJson.parse(head + "\"translations\": {\"fr\": {}}}"))
                .hasMessage("field 'translations.fr': language must be en or zh, got 'fr'");
    }

    @Test
    void aFutureVersionIsRefusedPolitely() {
        assertThatThrownBy(() -> ScenarioJson.parse(
                "{\"format\": \"optimizer-playground-scenario\", \"version\": 4, \"whatever\": {}}"))
                .hasMessage("this scenario was made by a newer version (4); this app reads version 3");
    }

    @Test
    void badFieldsAreNamed() {
        assertThatThrownBy(() -> ScenarioJson.parse("{\"preset\": \"bowl\", \"steps\": \"many\"}"))
                .hasMessage("field 'steps' must be a whole number, got \"many\"");
        assertThatThrownBy(() -> ScenarioJson.parse("{\"preset\": \"bowl\", \"stpes\": 3}"))
                .hasMessage("unknown field 'stpes'");
        assertThatThrownBy(() -> ScenarioJson.parse("{\"preset\": \"volcano\"}"))
                .hasMessage("field 'preset': unknown preset 'volcano'");
        assertThatThrownBy(() -> ScenarioJson.parse("{\"preset\": \"bowl\", \"start\": [1]}"))
                .hasMessage("field 'start' must be two numbers [x, y], got [1]");
        assertThatThrownBy(() -> ScenarioJson.parse("{\"preset\": \"bowl\", \"window\": {\"xMin\": 1, \"xMax\": 0, \"yMin\": 0, \"yMax\": 1}}"))
                .hasMessage("field 'window': view window needs xMin < xMax, got 1.0 and 0.0");
        assertThatThrownBy(() -> ScenarioJson.parse("{\"preset\": \"bowl\", \"window\": {\"xMin\": 1}}"))
                .hasMessage("field 'window.xMax' is missing");
        assertThatThrownBy(() -> ScenarioJson.parse("{\"preset\": \"bowl\", \"steps\": 10, \"currentStep\": 11}"))
                .hasMessage("currentStep must be between 0 and steps (10), got 11");
        assertThatThrownBy(() -> ScenarioJson.parse(
                "{\"preset\": \"bowl\", \"view3d\": {\"azimuth\": 10, \"elevation\": 100}}"))
                .hasMessage("field 'view3d': elevation must be between 0 and 90 degrees, got 100.0");
        assertThatThrownBy(() -> ScenarioJson.parse("{\"preset\": \"bowl\", \"view3d\": {\"azimuth\": 10}}"))
                .hasMessage("field 'view3d' needs both azimuth and elevation");
        assertThatThrownBy(() -> ScenarioJson.parse("{\"preset\": \"bowl\", \"layout\": \"grid\"}"))
                .hasMessage("layout must be overlay, side-by-side or 3d, got 'grid'");
        assertThatThrownBy(() -> ScenarioJson.parse(
                "{\"preset\": \"bowl\", \"lanes\": {\"rmsprop\": {\"config\": {\"optimizer\": \"rmsprop\", \"beta\": 1.5}}}}"))
                .hasMessage("field 'lanes.rmsprop.config': beta must be in [0, 1), got 1.5");
        assertThatThrownBy(() -> ScenarioJson.parse(
                "{\"preset\": \"bowl\", \"lanes\": {\"rmsprop\": {\"colour\": \"red\"}}}"))
                .hasMessage("unknown field 'lanes.rmsprop.colour'");
        assertThatThrownBy(() -> ScenarioJson.parse(
                "{\"preset\": \"bowl\", \"lanes\": {\"rmsprop\": {\"config\": {\"optimizer\": \"rmsprop\", \"learningrate\": 0.1}}}}"))
                .hasMessage("field 'lanes.rmsprop.config': unknown optimizer field 'learningrate'");
    }

    @Test
    void aKeyGivenTwiceIsRefusedRatherThanTheFirstSilentlyLost() {
        assertThatThrownBy(() -> ScenarioJson.parse(
                "{\"preset\": \"bowl\", \"lanes\": {\"rmsprop\": {\"enabled\": true}, \"rmsprop\": {\"enabled\": false}}}"))
                .isInstanceOf(ScenarioFormatException.class)
                .hasMessageStartingWith("not a JSON file: ")
                .hasMessageContaining("'rmsprop'");
    }

    @Test
    void aBadFormulaGivesTheParserMessage() {
        assertThatThrownBy(() -> ScenarioJson.parse("{\"surface\": \"x^2 + z\"}"))
                .isInstanceOf(ScenarioFormatException.class)
                .hasMessageStartingWith("field 'surface': ")
                .hasMessageContaining("'z'");
    }

    private static Scenario withLesson(Scenario s, Lesson lesson) {
        return new Scenario(lesson, s.formula(), s.presetId(), s.window(), s.start(),
                s.steps(), s.levelScale(), s.layout(), s.currentStep(), s.playbackSpeed(), s.shareLearningRate(),
                s.sharedLearningRate(), s.lanes(), s.noise(), s.cloudRuns(), s.view());
    }
}
