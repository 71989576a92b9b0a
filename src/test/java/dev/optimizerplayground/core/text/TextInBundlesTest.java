package dev.optimizerplayground.core.text;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 3: every text a person reads comes from the message bundles, in both languages.
 * Fails when a user-visible string is written in the main code instead of a bundle (over all of it,
 * not one package), when a key the code asks for is missing in a language, and when a key is in the
 * bundles but nothing uses it. {@link UserVisibleText} says what counts as text; what it would
 * wrongly call text is listed below, each with the reason.
 */
class TextInBundlesTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final String ROOT = "dev/optimizerplayground/";
    /** The CLI's own help and error lines stay English: a terminal tool (the README says so). */
    private static final String CLI = ROOT + "cli/";

    private static final String PROGRAMMERS = "a programmer's mistake: the window never passes such a value";
    private static final String COMMAND_LINE = "render's own option errors: the command line stays English";

    /**
     * Literals the heuristic takes for text that are not, as "path relative to src/main/java: the
     * literal". Each needs its reason. Most guard a programmer's mistake with an
     * IllegalArgumentException: the window only ever passes values its own controls and checks allow.
     */
    private static final Map<String, String> NOT_TEXT = Map.ofEntries(
            entry("ui/controls/SliderScale.java", PROGRAMMERS, "bad slider range ["),
            entry("ui/model/TrailPoint.java", PROGRAMMERS, "row must be ≥ 0, got "),
            entry("core/text/Language.java", "a language's own name, written as its speakers write it whatever the"
                    + " language in use", "简体中文"),
            entry("core/optimizer/AbstractOptimizer.java", PROGRAMMERS, "optimizer was created for "),
            entry("core/optimizer/AbstractOptimizer.java", PROGRAMMERS, " parameters, got theta of length "),
            entry("core/optimizer/AbstractOptimizer.java", PROGRAMMERS, " and gradient of length "),
            entry("core/optimizer/OptimizerConfig.java", PROGRAMMERS, "dimension must be at least 1, got "),
            entry("core/surface/ViewWindow.java", PROGRAMMERS, "aspect must be a positive number, got "),
            entry("core/training/Schedule.java", PROGRAMMERS, "a warm-up is followed by a schedule without warm-up"),
            entry("core/explain/StepExplanation.java", PROGRAMMERS, "no line "),
            entry("core/explain/StepExplanation.java", "the step inspector says step 0 has no update itself",
                    "no update produced step "),
            entry("core/explain/StepExplanation.java", "the step inspector says step 0 has no update itself",
                    " have one"),
            entry("session/PlaygroundState.java", PROGRAMMERS, "a state has all "),
            entry("session/PlaygroundState.java", PROGRAMMERS, " lanes, got "),
            entry("session/PlaygroundState.java", PROGRAMMERS, "lane "),
            entry("session/PlaygroundState.java", PROGRAMMERS, " must be "),
            entry("session/PlaygroundState.java", PROGRAMMERS, ", got "),
            entry("session/RunPlan.java", PROGRAMMERS, "one spec per lane: "),
            entry("session/RunPlan.java", PROGRAMMERS, " lanes, "),
            entry("session/RunPlan.java", PROGRAMMERS, " specs"),
            entry("session/RunPlan.java", PROGRAMMERS, "one spec per twin: "),
            entry("session/CuePlayback.java", PROGRAMMERS, "steps must be 0 or more, got "),
            entry("session/RunPlan.java", PROGRAMMERS, " twins, "),
            entry("session/RenderedState.java", COMMAND_LINE, "give --start X,Y for a surface that is not a preset"),
            entry("session/RenderedState.java", COMMAND_LINE, "--steps must be between 0 and "),
            entry("session/RenderedState.java", COMMAND_LINE, ", got "),
            entry("session/RenderedState.java", COMMAND_LINE, "too many --optimizer "),
            entry("session/RenderedState.java", COMMAND_LINE, ": it can be drawn "),
            entry("session/RenderedState.java", COMMAND_LINE, " time(s)"),
            entry("ui/charts/ColumnDecimation.java", PROGRAMMERS, "need at least one column, got "),
            entry("ui/charts/TimeSeriesChart.java", PROGRAMMERS, "series length must be ≥ 0, got "),
            entry("ui/charts/TimeSeriesChart.java", PROGRAMMERS, "band length must be ≥ 0, got "),
            entry("ui/export/FrameSteps.java", "the export form checks the steps first", "step range must be 0 ≤ from ≤ to, got "),
            entry("ui/export/FrameSteps.java", "the export form checks the frames first", "frames must be at least 1, got "),
            entry("ui/export/AnimationExportJob.java", "FrameSteps always gives a frame", "an animation needs at least one frame"),
            entry("ui/export/PngExportOptions.java", "the export form offers 1×, 2× and 3× only", "scale must be 1, 2 or 3, got "),
            entry("ui/plot/PlotOptions.java", PROGRAMMERS, "plot scale must be a positive number, got "),
            entry("export/AnimationFormat.java", "the export form checks the rate first; render's error is the command"
                    + " line's", "frames per second must be in ["),
            entry("export/AnimationFormat.java", "the export form checks the rate first; render's error is the command"
                    + " line's", ", got "),
            entry("export/AnimationFormat.java", "the export form checks the rate first; render's error is the command"
                    + " line's", "] for an "),
            entry("export/AnimationFormat.java", "named only in render's errors and in a cancelled job's reason",
                    "animated GIF"));

    /**
     * Whole files whose literals only programmers read: maths and encoders whose arguments the app
     * computes (a refused value is a bug, or an error of render, whose command line stays English).
     */
    private static final Map<String, String> PROGRAMMERS_ONLY_FILES = Map.ofEntries(
            Map.entry("plot/AxisTicks.java", "axis maths"),
            Map.entry("plot/GridSampler.java", "sampling maths; sizes come from capped exports or render"),
            Map.entry("plot/HeatmapRaster.java", "raster maths"),
            Map.entry("plot/MarchingSquares.java", "contour maths"),
            Map.entry("plot/NiceNumbers.java", "tick maths"),
            Map.entry("plot/PixelTrail.java", "trail maths"),
            Map.entry("plot/PlotTransform.java", "plot maths"),
            Map.entry("plot/Polyline.java", "line maths"),
            Map.entry("plot/SampledGrid.java", "grid maths"),
            Map.entry("plot/Ticks.java", "tick maths"),
            Map.entry("plot/landscape/Camera.java", "scenario files' angles are checked by ViewAngles first"),
            Map.entry("plot/landscape/HeightScale.java", "3D maths"),
            Map.entry("plot/landscape/LandscapeMesh.java", "3D maths"),
            Map.entry("plot/landscape/LandscapeRenderer.java", "3D maths; sizes come from capped exports or render"),
            Map.entry("plot/landscape/LandscapeScene.java", "3D maths"),
            Map.entry("plot/landscape/Projection.java", "3D maths"),
            Map.entry("export/GifEncoder.java", "encoder; the export form checks size and rate first"),
            Map.entry("export/Mp4Encoder.java", "encoder; the export form checks size and rate first"),
            Map.entry("export/PngEncoder.java", "encoder; the picture is the app's own"));

    /**
     * Keys looked up by a computed name (a prefix and an enum's id, say), which no literal names in
     * full: every bundle key under these prefixes counts as used.
     */
    private static final Set<String> COMPUTED_KEY_PREFIXES = Set.of();

    /** A literal that has the shape of a message key. */
    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");
    /** The first argument of a lookup: always a key. */
    private static final Pattern LOOKUP = Pattern.compile(
            "Messages\\.(?:get|has|in)\\(\\s*(?:Language\\.\\w+\\s*,\\s*)?\"([^\"]+)\"");
    private static final Set<String> FILE_ENDINGS = Set.of("java", "json", "css", "txt", "png", "properties",
            "gif", "mp4", "csv", "svg", "jar", "html", "md", "xml", "optplay");

    @Test
    void noUserVisibleStringIsWrittenInCode() throws IOException {
        List<String> found = new ArrayList<>();
        Set<String> allowedAndSeen = new TreeSet<>();
        for (Path file : mainSources()) {
            String name = MAIN.relativize(file).toString().replace('\\', '/');
            if (name.startsWith(CLI) || PROGRAMMERS_ONLY_FILES.containsKey(name.substring(ROOT.length()))) {
                continue;
            }
            for (JavaStrings.Literal literal : JavaStrings.of(Files.readString(file))) {
                if (!UserVisibleText.isText(literal)) {
                    continue;
                }
                String entry = name.substring(ROOT.length()) + ": " + literal.value();
                if (NOT_TEXT.containsKey(entry)) {
                    allowedAndSeen.add(entry);
                } else {
                    found.add(name + ":" + literal.line() + " \"" + literal.value().replace("\n", "\\n") + "\"");
                }
            }
        }
        List<String> goneFiles = PROGRAMMERS_ONLY_FILES.keySet().stream()
                .filter(file -> !Files.exists(MAIN.resolve(ROOT + file))).sorted().toList();
        assertAll(
                () -> assertTrue(found.isEmpty(), found.size() + " user-visible strings written in code instead of "
                        + "messages.properties / messages_zh.properties (or, if one is not text, in NOT_TEXT with the"
                        + " reason):\n" + String.join("\n", found)),
                () -> assertEquals(new TreeSet<>(NOT_TEXT.keySet()), allowedAndSeen,
                        "NOT_TEXT lists literals no longer in the code"),
                () -> assertEquals(List.of(), goneFiles, "PROGRAMMERS_ONLY_FILES lists files that are gone"));
    }

    @Test
    void everyKeyTheCodeUsesIsWrittenInBothLanguages() throws IOException {
        Set<String> english = BundleFiles.keysOf(Language.ENGLISH);
        Set<String> chinese = BundleFiles.keysOf(Language.CHINESE);
        Map<String, String> missing = new TreeMap<>();
        for (Path file : mainSources()) {
            String source = Files.readString(file);
            for (String key : keysUsed(source)) {
                if (!english.contains(key) || !chinese.contains(key)) {
                    missing.put(key, MAIN.relativize(file) + (english.contains(key) ? " (no Chinese)"
                            : chinese.contains(key) ? " (no English)" : ""));
                }
            }
        }
        assertEquals(Map.of(), missing, "keys the code asks for that a bundle lacks");
    }

    @Test
    void everyKeyInTheBundlesIsUsed() throws IOException {
        Set<String> literals = new TreeSet<>();
        for (Path file : mainSources()) {
            JavaStrings.of(Files.readString(file)).forEach(l -> literals.add(l.value()));
        }
        Set<String> unused = new TreeSet<>(BundleFiles.keysOf(Language.ENGLISH));
        unused.removeAll(literals);
        unused.removeIf(key -> COMPUTED_KEY_PREFIXES.stream().anyMatch(key::startsWith));
        assertEquals(Set.of(), unused, "keys nothing uses (remove them, or list the prefix of computed keys)");
    }

    // ------------------------------------------------------------------ the heuristic itself

    @Test
    void proseChineseSentencePartsAndControlTextsAreText() {
        assertTrue(text("new Label(\"Noise σ\")"));
        assertTrue(text("button.setTooltip(new Tooltip(\"Drag to any step\"))"));
        assertTrue(text("x.setText(\"Hide\")"));
        assertTrue(text("new Label(\"steps\")"), "one lower-case word given straight to a label");
        assertTrue(text("formLabel(\"to\")"), "a helper that makes a label");
        assertTrue(text("() -> \"step \" + playback.step()"), "a word joined into a sentence");
        assertTrue(text("return \"could not compute the runs\";"), "prose wherever it stands");
        assertTrue(text("var s = \"学习率\";"), "Chinese is always text");
        assertTrue(text("throw new IllegalArgumentException(\"the minimum must be below the maximum\")"),
                "argument errors are shown in the window (a refused setting, a bad file)");
        assertTrue(text("SGD_MOMENTUM(\"SGD + momentum\")"), "a name with a word around the notation");
    }

    @Test
    void idsKeysNotationAndProgrammersMessagesAreNot() {
        assertFalse(text("button.setId(\"toggle-side-panel\")"));
        assertFalse(text("Messages.get(\"controls.noise.sigma\")"));
        assertFalse(text("getStyleClass().add(\"app-title\")"));
        assertFalse(text("getResource(\"/dev/optimizerplayground/ui/help/help.css\")"));
        assertFalse(text("new Label(\"× γ\")"), "notation");
        assertFalse(text("new Label(\"RMSProp\")"), "an optimizer's name");
        assertFalse(text("return \"PyTorch\";"));
        assertFalse(text("json.put(\"learning_rate\", 0.1)"));
        assertFalse(text("LOG.log(Level.WARNING, \"could not save the session: \" + e)"), "the log");
        assertFalse(text("throw new IllegalStateException(\"missing from the build: \" + f)"), "a programming error");
        assertFalse(text("Objects.requireNonNull(model, \"the model\")"));
        assertFalse(text("Pattern.compile(\"\\\\d+ steps\")"), "a regular expression");
        assertFalse(text("node.setStyle(\"-fx-font-family: 'Noto Sans CJK SC'\")"), "a style");
        assertFalse(text("@SuppressWarnings(\"unchecked cast\")"));
        assertFalse(text("// a comment with words\nint x = 1;"));
        assertFalse(text("String path = \"M0,0 L0,16 L13,8 Z\";"), "an SVG path");
        assertFalse(text("var f = \"β·square_avg + (1 − β)·g²\";"), "PyTorch's state names in a formula");
    }

    private static boolean text(String code) {
        return JavaStrings.of(code).stream().anyMatch(UserVisibleText::isText);
    }

    // ------------------------------------------------------------------ helpers

    private static Map.Entry<String, String> entry(String file, String reason, String literal) {
        return Map.entry(file + ": " + literal, reason);
    }

    /** Keys named in lookups, and other literals with a key's shape under a top-level name the bundles use. */
    private static Set<String> keysUsed(String source) {
        Set<String> keys = new TreeSet<>();
        Matcher m = LOOKUP.matcher(source);
        while (m.find()) {
            keys.add(m.group(1));
        }
        Set<String> areas = new TreeSet<>();
        BundleFiles.keysOf(Language.ENGLISH).forEach(k -> areas.add(k.substring(0, k.indexOf('.') + 1)));
        for (JavaStrings.Literal literal : JavaStrings.of(source)) {
            String value = literal.value();
            if (KEY_SHAPE.matcher(value).matches() && areas.stream().anyMatch(value::startsWith)
                    && !FILE_ENDINGS.contains(value.substring(value.lastIndexOf('.') + 1))
                    && !value.startsWith("dev.")) {
                keys.add(value);
            }
        }
        return keys;
    }

    private static List<Path> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
