package dev.optimizerplayground.core.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.optimizerplayground.core.format.OptimizerConfigJson;
import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.run.RunCloud;
import dev.optimizerplayground.core.run.StepLimits;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Preset;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.surface.SurfaceParseException;
import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.core.text.Language;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.QuotedText;
import dev.optimizerplayground.core.training.GradientNoise;
import dev.optimizerplayground.core.training.Schedule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scenarios as small, pretty-printed JSON a person can read and edit:
 *
 * <pre>{@code
 * { "format" : "optimizer-playground-scenario", "version" : 3,
 *   "title" : "...", "description" : "...",
 *   "cues" : [ { "step" : 40, "text" : "watch η_eff of y climb" } ],
 *   "translations" : { "zh" : { "title" : "...", "description" : "...", "cues" : [ "..." ] } },
 *   "preset" : "rosenbrock", "surface" : "(1-x)^2 + 100*(y-x^2)^2",
 *   "window" : { "xMin" : -2.0, "xMax" : 2.0, "yMin" : -1.0, "yMax" : 3.0 },
 *   "start" : [ -1.5, 2.0 ], "steps" : 200, "currentStep" : 0, "playbackSpeed" : 15.0,
 *   "levelScale" : "auto", "layout" : "overlay", "view3d" : { "azimuth" : -35.0, "elevation" : 45.0 },
 *   "selectedLane" : "rmsprop", "curvatureLens" : true,
 *   "sharedLearningRate" : { "enabled" : false, "value" : 0.1 },
 *   "noise" : { "sigma" : 0.5, "seed" : 1, "runs" : 16 },
 *   "lanes" : { "rmsprop" : { "enabled" : true, "config" : { "optimizer" : "rmsprop", ... },
 *                             "schedule" : "step:50:0.5", "warmup" : 10 } } }
 * }</pre>
 *
 * <p>"noise" and a lane's "schedule" and "warmup" came with version 2 and are written only when
 * they are not the defaults (exact gradients, a constant rate), so most files read as before.
 * "cues" and "translations" came with version 3, written only when the lesson has them;
 * "selectedLane" and "curvatureLens" likewise, only when set (a lane selected, the lens on).
 *
 * <p>A hand-written file may leave fields out: the surface, window and start come from the preset
 * (or the default preset), steps default to {@value StepLimits.DEFAULT_STEPS}, lanes not listed are
 * off, a listed lane is on unless it says otherwise, and its config may name only what it changes
 * (see {@link OptimizerConfigJson#fromJson}). Unknown fields are refused so a typo is not silently
 * ignored.
 */
public final class ScenarioJson {

    public static final String FORMAT = "optimizer-playground-scenario";

    // A key given twice would otherwise keep its last value without a word, the same silent loss
    // that refusing unknown fields guards against.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    private static final Set<String> FIELDS = Set.of("format", "version", "title", "description",
            "preset", "surface", "window", "start", "steps", "currentStep", "playbackSpeed", "levelScale",
            "layout", "sharedLearningRate", "lanes", "noise", "view3d", "cues", "translations", "selectedLane",
            "curvatureLens");

    private ScenarioJson() {
    }

    // =============================================================== writing

    public static ObjectNode toJson(Scenario s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", Scenario.VERSION);
        Lesson lesson = s.lesson();
        if (!lesson.title().isEmpty()) {
            root.put("title", lesson.title());
        }
        if (!lesson.description().isEmpty()) {
            root.put("description", lesson.description());
        }
        if (!lesson.cues().isEmpty()) {
            ArrayNode cues = root.putArray("cues");
            for (Cue cue : lesson.cues()) {
                cues.addObject().put("step", cue.step()).put("text", cue.text());
            }
        }
        if (!lesson.translations().isEmpty()) {
            ObjectNode translations = root.putObject("translations");
            for (Language language : Language.values()) {
                LessonText text = lesson.translations().get(language);
                if (text != null) {
                    ObjectNode node = translations.putObject(language.tag());
                    node.put("title", text.title());
                    node.put("description", text.description());
                    ArrayNode cues = node.putArray("cues");
                    text.cues().forEach(cues::add);
                }
            }
        }
        if (!s.presetId().isEmpty()) {
            root.put("preset", s.presetId());
        }
        root.put("surface", s.formula());
        ObjectNode window = root.putObject("window");
        window.put("xMin", s.window().xMin());
        window.put("xMax", s.window().xMax());
        window.put("yMin", s.window().yMin());
        window.put("yMax", s.window().yMax());
        root.putArray("start").add(s.start().x()).add(s.start().y());
        root.put("steps", s.steps());
        root.put("currentStep", s.currentStep());
        if (!Double.isNaN(s.playbackSpeed())) {
            root.put("playbackSpeed", s.playbackSpeed());
        }
        root.put("levelScale", s.levelScale());
        root.put("layout", s.layout());
        if (s.view() != null) {
            ObjectNode view = root.putObject("view3d");
            view.put("azimuth", s.view().azimuth());
            view.put("elevation", s.view().elevation());
        }
        if (!s.selectedLane().isEmpty()) {
            root.put("selectedLane", s.selectedLane());
        }
        if (s.curvatureLens()) {
            root.put("curvatureLens", true);
        }
        ObjectNode shared = root.putObject("sharedLearningRate");
        shared.put("enabled", s.shareLearningRate());
        shared.put("value", s.sharedLearningRate());
        if (!s.noise().isExact()) {
            ObjectNode noise = root.putObject("noise");
            noise.put("sigma", s.noise().sigma());
            noise.put("seed", s.noise().seed());
            noise.put("runs", s.cloudRuns());
        }
        ObjectNode lanes = root.putObject("lanes");
        for (ScenarioLane lane : s.lanes()) {
            ObjectNode node = lanes.putObject(lane.id());
            node.put("enabled", lane.enabled());
            if (lane.config() != null) {
                node.set("config", OptimizerConfigJson.toJson(lane.config()));
            }
            if (!lane.schedule().afterWarmup().equals(Schedule.CONSTANT)) {
                node.put("schedule", lane.schedule().text());
            }
            if (lane.schedule().warmupSteps() > 0) {
                node.put("warmup", lane.schedule().warmupSteps());
            }
            if (lane.twin() != null) {
                node.put("twin", lane.twin().id());
            }
        }
        return root;
    }

    /** Pretty-printed JSON ending with a newline. */
    public static String toString(Scenario scenario) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(scenario)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scenario tree is always serializable", e);
        }
    }

    // =============================================================== reading

    /** @throws ScenarioFormatException with one sentence naming the problem */
    public static Scenario parse(String text) throws ScenarioFormatException {
        JsonNode root;
        try {
            // Editors on Windows save UTF-8 with a byte-order mark, which is not part of the JSON.
            root = MAPPER.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ScenarioFormatException(at == null
                    ? Messages.get("error.scenario.not-json", readable(e.getOriginalMessage()))
                    : Messages.get("error.scenario.not-json.at", readable(e.getOriginalMessage()), at.getLineNr(),
                            at.getColumnNr()), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ScenarioFormatException(Messages.get("error.scenario.empty"));
        }
        return fromJson(root);
    }

    /**
     * Jackson's message without the advice meant for programmers, e.g. "Non-standard token 'NaN':
     * enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow" becomes "Non-standard token 'NaN'".
     */
    private static String readable(String parserMessage) {
        int advice = parserMessage.indexOf(": enable `");
        return advice < 0 ? parserMessage : parserMessage.substring(0, advice);
    }

    public static Scenario fromJson(JsonNode root) throws ScenarioFormatException {
        if (!root.isObject()) {
            throw notAScenario(Messages.get("error.scenario.not-an-object", kind(root)));
        }
        JsonNode format = root.get("format");
        if (format != null && !FORMAT.equals(format.asText(null))) {
            throw notAScenario(Messages.get("error.scenario.other-format", format));
        }
        if (format == null && !root.has("surface") && !root.has("preset")) {
            throw notAScenario(Messages.get("error.scenario.no-format", FORMAT));
        }
        int version = integer(root, "version", Scenario.VERSION);
        if (version > Scenario.VERSION) {
            throw new ScenarioFormatException(Messages.get("error.scenario.newer-version", version, Scenario.VERSION));
        }
        if (version < 1) {
            throw new ScenarioFormatException(Messages.get("error.scenario.version", version));
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new ScenarioFormatException(Messages.get("error.scenario.unknown-field", QuotedText.quote(name)));
            }
        }

        String presetId = text(root, "preset", "");
        Preset preset = presetId.isEmpty() ? Presets.defaultPreset() : Presets.byId(presetId)
                .orElseThrow(() -> new ScenarioFormatException(Messages.get("error.scenario.unknown-preset",
                        QuotedText.quote(root.get("preset").asText()))));
        String formula = text(root, "surface", preset.formula());
        try {
            Surface.parse(formula);
        } catch (SurfaceParseException e) {
            throw new ScenarioFormatException(field("surface", e), e);
        }
        ViewWindow window = root.has("window") ? window(root.get("window")) : preset.window();
        Point start = root.has("start") ? point(root.get("start")) : preset.start();
        int steps = integer(root, "steps", StepLimits.DEFAULT_STEPS);
        int currentStep = integer(root, "currentStep", 0);
        double playbackSpeed = number(root, "playbackSpeed", "playbackSpeed", Double.NaN);
        String levelScale = text(root, "levelScale", "auto");
        String layout = text(root, "layout", "overlay");
        boolean share = false;
        double sharedRate = 0.1;
        if (root.has("sharedLearningRate")) {
            JsonNode shared = object(root, "sharedLearningRate", Set.of("enabled", "value"));
            share = bool(shared, "sharedLearningRate.enabled", "enabled", false);
            sharedRate = number(shared, "sharedLearningRate.value", "value", sharedRate);
        }
        List<ScenarioLane> lanes = root.has("lanes") ? lanes(object(root, "lanes", null)) : List.of();
        GradientNoise noise = GradientNoise.NONE;
        int cloudRuns = RunCloud.DEFAULT_RUNS;
        if (root.has("noise")) {
            JsonNode node = object(root, "noise", Set.of("sigma", "seed", "runs"));
            double sigma = number(node, "noise.sigma", "sigma", 0);
            long seed = whole(node, "noise.seed", "seed", 0);
            cloudRuns = integer(node, "noise.runs", "runs", cloudRuns);
            try {
                noise = new GradientNoise(sigma, seed);
            } catch (IllegalArgumentException e) {
                throw new ScenarioFormatException(field("noise.sigma", e), e);
            }
        }
        ViewAngles view = root.has("view3d") ? view(object(root, "view3d", Set.of("azimuth", "elevation"))) : null;
        try {
            return new Scenario(lesson(root), formula,
                    presetId.isEmpty() ? "" : preset.id(),
                    window, start, steps, levelScale, layout, currentStep, playbackSpeed, share, sharedRate, lanes,
                    noise, cloudRuns, view, text(root, "selectedLane", ""),
                    bool(root, "curvatureLens", "curvatureLens", false));
        } catch (IllegalArgumentException e) {
            throw new ScenarioFormatException(e.getMessage(), e);
        }
    }

    private static Lesson lesson(JsonNode root) throws ScenarioFormatException {
        String title = text(root, "title", "");
        String description = text(root, "description", "");
        List<Cue> cues = new ArrayList<>();
        if (root.has("cues")) {
            JsonNode list = root.get("cues");
            if (!list.isArray()) {
                throw new ScenarioFormatException(Messages.get("error.scenario.cues", QuotedText.excerpt(list.toString())));
            }
            for (int i = 0; i < list.size(); i++) {
                String field = "cues[" + i + "]";
                JsonNode cue = list.get(i);
                if (!cue.isObject()) {
                    throw new ScenarioFormatException(Messages.get("error.scenario.cue", QuotedText.quote(field)));
                }
                checkFields(cue, field, Set.of("step", "text"));
                if (!cue.has("step") || !cue.has("text")) {
                    throw new ScenarioFormatException(Messages.get("error.scenario.cue.parts", QuotedText.quote(field)));
                }
                try {
                    cues.add(new Cue(integer(cue, field + ".step", "step", 0), text(cue, field + ".text", "text", "")));
                } catch (IllegalArgumentException e) {
                    throw new ScenarioFormatException(field(field, e), e);
                }
            }
        }
        Map<Language, LessonText> translations = new EnumMap<>(Language.class);
        if (root.has("translations")) {
            JsonNode all = object(root, "translations", null);
            for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String field = "translations." + entry.getKey();
                Language language;
                try {
                    language = Language.ofTag(entry.getKey());
                } catch (IllegalArgumentException e) {
                    throw new ScenarioFormatException(field(field, e), e);
                }
                JsonNode node = object(all, entry.getKey(), Set.of("title", "description", "cues"));
                List<String> texts = new ArrayList<>();
                JsonNode list = node.get("cues");
                if (list != null) {
                    if (!list.isArray()) {
                        throw new ScenarioFormatException(Messages.get("error.scenario.cue-texts", QuotedText.quote(field + ".cues")));
                    }
                    for (int i = 0; i < list.size(); i++) {
                        texts.add(text(list, field + ".cues[" + i + "]", i));
                    }
                }
                try {
                    translations.put(language, new LessonText(text(node, field + ".title", "title", ""),
                            text(node, field + ".description", "description", ""), texts));
                } catch (IllegalArgumentException e) {
                    throw new ScenarioFormatException(field(field, e), e);
                }
            }
        }
        try {
            return new Lesson(title, description, cues, translations);
        } catch (IllegalArgumentException e) {
            throw new ScenarioFormatException(field("cues", e), e);
        }
    }

    private static String text(JsonNode list, String path, int index) throws ScenarioFormatException {
        JsonNode value = list.get(index);
        if (!value.isTextual()) {
            throw new ScenarioFormatException(
                    Messages.get("error.scenario.not-string", QuotedText.quote(path), QuotedText.excerpt(value.toString())));
        }
        return value.asText();
    }

    private static List<ScenarioLane> lanes(JsonNode lanes) throws ScenarioFormatException {
        List<ScenarioLane> result = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = lanes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String id = entry.getKey();
            String field = "lanes." + id;
            JsonNode lane = entry.getValue();
            if (!lane.isObject()) {
                throw new ScenarioFormatException(Messages.get("error.scenario.not-object", QuotedText.quote(field)));
            }
            checkFields(lane, field, Set.of("enabled", "config", "schedule", "warmup", "twin"));
            boolean enabled = bool(lane, field + ".enabled", "enabled", true);
            OptimizerConfig config = null;
            if (lane.has("config")) {
                try {
                    config = OptimizerConfigJson.fromJson(lane.get("config"));
                } catch (IllegalArgumentException e) {
                    throw new ScenarioFormatException(field(field + ".config", e), e);
                }
            }
            Schedule schedule;
            try {
                schedule = Schedule.parse(text(lane, field + ".schedule", "schedule", "constant"))
                        .withWarmup(integer(lane, field + ".warmup", "warmup", 0));
            } catch (IllegalArgumentException e) {
                throw new ScenarioFormatException(field(field + ".schedule", e), e);
            }
            Convention twin = null;
            if (lane.has("twin")) {
                try {
                    twin = Convention.fromId(text(lane, field + ".twin", "twin", ""));
                } catch (IllegalArgumentException e) {
                    throw new ScenarioFormatException(field(field + ".twin", e), e);
                }
            }
            result.add(new ScenarioLane(id, enabled, config, schedule, twin));
        }
        return result;
    }

    private static ViewAngles view(JsonNode node) throws ScenarioFormatException {
        double azimuth = number(node, "view3d.azimuth", "azimuth", 0);
        double elevation = number(node, "view3d.elevation", "elevation", 0);
        if (!node.has("azimuth") || !node.has("elevation")) {
            throw new ScenarioFormatException(Messages.get("error.scenario.view3d"));
        }
        try {
            return new ViewAngles(azimuth, elevation);
        } catch (IllegalArgumentException e) {
            throw new ScenarioFormatException(field("view3d", e), e);
        }
    }

    private static ViewWindow window(JsonNode node) throws ScenarioFormatException {
        if (!node.isObject()) {
            throw new ScenarioFormatException(Messages.get("error.scenario.window"));
        }
        checkFields(node, "window", Set.of("xMin", "xMax", "yMin", "yMax"));
        double[] v = new double[4];
        String[] names = {"xMin", "xMax", "yMin", "yMax"};
        for (int i = 0; i < 4; i++) {
            if (!node.has(names[i])) {
                throw new ScenarioFormatException(Messages.get("error.scenario.missing", QuotedText.quote("window." + names[i])));
            }
            v[i] = number(node, "window." + names[i], names[i], 0);
        }
        try {
            return new ViewWindow(v[0], v[1], v[2], v[3]);
        } catch (IllegalArgumentException e) {
            throw new ScenarioFormatException(field("window", e), e);
        }
    }

    private static Point point(JsonNode node) throws ScenarioFormatException {
        if (!node.isArray() || node.size() != 2 || !node.get(0).isNumber() || !node.get(1).isNumber()) {
            throw new ScenarioFormatException(Messages.get("error.scenario.start", QuotedText.excerpt(node.toString())));
        }
        return new Point(node.get(0).asDouble(), node.get(1).asDouble());
    }

    private static JsonNode object(JsonNode root, String field, Set<String> allowed) throws ScenarioFormatException {
        JsonNode node = root.get(field);
        if (!node.isObject()) {
            throw new ScenarioFormatException(
                    Messages.get("error.scenario.not-object.got", QuotedText.quote(field), QuotedText.excerpt(node.toString())));
        }
        if (allowed != null) {
            checkFields(node, field, allowed);
        }
        return node;
    }

    private static void checkFields(JsonNode node, String field, Set<String> allowed) throws ScenarioFormatException {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new ScenarioFormatException(Messages.get("error.scenario.unknown-field", QuotedText.quote(field + "." + name)));
            }
        }
    }

    private static String text(JsonNode root, String field, String fallback) throws ScenarioFormatException {
        return text(root, field, field, fallback);
    }

    private static String text(JsonNode node, String path, String field, String fallback) throws ScenarioFormatException {
        JsonNode value = node.get(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isTextual()) {
            throw new ScenarioFormatException(
                    Messages.get("error.scenario.not-string", QuotedText.quote(path), QuotedText.excerpt(value.toString())));
        }
        return value.asText();
    }

    private static int integer(JsonNode root, String field, int fallback) throws ScenarioFormatException {
        return integer(root, field, field, fallback);
    }

    private static int integer(JsonNode node, String path, String field, int fallback) throws ScenarioFormatException {
        JsonNode value = node.get(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new ScenarioFormatException(
                    Messages.get("error.scenario.not-whole", QuotedText.quote(path), QuotedText.excerpt(value.toString())));
        }
        return value.asInt();
    }

    private static long whole(JsonNode node, String path, String field, long fallback) throws ScenarioFormatException {
        JsonNode value = node.get(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new ScenarioFormatException(
                    Messages.get("error.scenario.not-whole", QuotedText.quote(path), QuotedText.excerpt(value.toString())));
        }
        return value.asLong();
    }

    private static double number(JsonNode node, String path, String field, double fallback)
            throws ScenarioFormatException {
        JsonNode value = node.get(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isNumber()) {
            throw new ScenarioFormatException(
                    Messages.get("error.scenario.not-number", QuotedText.quote(path), QuotedText.excerpt(value.toString())));
        }
        return value.asDouble();
    }

    private static boolean bool(JsonNode node, String path, String field, boolean fallback)
            throws ScenarioFormatException {
        JsonNode value = node.get(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw new ScenarioFormatException(
                    Messages.get("error.scenario.not-boolean", QuotedText.quote(path), QuotedText.excerpt(value.toString())));
        }
        return value.asBoolean();
    }

    /** What a JSON value is, "array", "string" …, in the language in use. */
    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> Messages.get("json.type.array");
            case STRING -> Messages.get("json.type.string");
            case NUMBER -> Messages.get("json.type.number");
            case BOOLEAN -> Messages.get("json.type.boolean");
            case NULL -> Messages.get("json.type.null");
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static ScenarioFormatException notAScenario(String why) {
        return new ScenarioFormatException(Messages.get("error.scenario.not-a-scenario", why));
    }

    /** "field 'window': view window needs xMin < xMax, got 3 and 1": a field's value refused by its own type. */
    private static String field(String path, Exception refused) {
        return Messages.get("error.scenario.field", QuotedText.quote(path), refused.getMessage());
    }
}
