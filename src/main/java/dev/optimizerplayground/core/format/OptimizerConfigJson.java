package dev.optimizerplayground.core.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.EpsilonPlacement;
import dev.optimizerplayground.core.optimizer.Hyperparameter;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.optimizer.Switch;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.QuotedText;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * An optimizer configuration as a JSON object with readable names ("rmsprop", "inside") rather
 * than Java enum constants, so files stay stable if the Java names change.
 */
public final class OptimizerConfigJson {

    /** The names {@link #toJson} writes, taken from it so the two cannot drift apart. */
    private static final Set<String> FIELDS = fieldNames(
            toJson(OptimizerConfig.defaults(OptimizerKind.SGD, Convention.TEXTBOOK)));

    private OptimizerConfigJson() {
    }

    /**
     * The kind and convention, then one field per row of the {@link Hyperparameter} and
     * {@link Switch} tables, under the row's {@code key()}.
     */
    public static ObjectNode toJson(OptimizerConfig c) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("optimizer", c.kind().id());
        node.put("convention", c.convention().id());
        for (Hyperparameter h : Hyperparameter.values()) {
            node.put(h.key(), h.get(c));
        }
        for (Switch s : Switch.values()) {
            if (s == Switch.EPSILON_INSIDE) {
                node.put(s.key(), c.epsilonPlacement().id()); // a word, so the file says which side
            } else {
                node.put(s.key(), s.get(c));
            }
        }
        return node;
    }

    /**
     * Reads a configuration written by {@link #toJson}. Missing fields take the defaults of the
     * object's convention, so a hand-written file may name only what it changes; an unknown field
     * is refused, so a misspelt one ("learningrate") is not silently left at its default.
     *
     * @throws IllegalArgumentException naming the field when a value is missing, unknown or of the
     *     wrong kind
     */
    public static OptimizerConfig fromJson(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(Messages.get("error.optimizer-json.not-object"));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException(Messages.get("error.optimizer-json.unknown-field", QuotedText.quote(name)));
            }
        }
        OptimizerKind kind = OptimizerKind.fromId(requiredText(node, "optimizer"));
        Convention convention = node.has("convention")
                ? Convention.fromId(requiredText(node, "convention")) : Convention.TEXTBOOK;
        OptimizerConfig c = OptimizerConfig.defaults(kind, convention);
        for (Hyperparameter h : Hyperparameter.values()) {
            c = h.with(c, number(node, h.key(), h.get(c)));
        }
        for (Switch s : Switch.values()) {
            if (s == Switch.EPSILON_INSIDE) {
                if (node.has(s.key())) {
                    c = c.withEpsilonPlacement(EpsilonPlacement.fromId(requiredText(node, s.key())));
                }
            } else {
                c = s.with(c, bool(node, s.key(), s.get(c)));
            }
        }
        c.validate();
        return c;
    }

    private static String requiredText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(Messages.get("error.optimizer-json.not-string", QuotedText.quote(field)));
        }
        return value.asText();
    }

    private static double number(JsonNode node, String field, double fallback) {
        JsonNode value = node.get(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isNumber()) {
            throw new IllegalArgumentException(Messages.get("error.optimizer-json.not-number", QuotedText.quote(field),
                    QuotedText.excerpt(value.toString())));
        }
        return value.asDouble();
    }

    private static boolean bool(JsonNode node, String field, boolean fallback) {
        JsonNode value = node.get(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException(Messages.get("error.optimizer-json.not-boolean", QuotedText.quote(field),
                    QuotedText.excerpt(value.toString())));
        }
        return value.asBoolean();
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return Set.copyOf(names);
    }
}
