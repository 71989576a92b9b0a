package dev.optimizerplayground.core.optimizer;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.QuotedText;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The optimizer families the playground can run. */
public enum OptimizerKind {
    SGD("sgd", "SGD"),
    ADAGRAD("adagrad", "Adagrad"),
    RMSPROP("rmsprop", "RMSProp"),
    ADAM("adam", "Adam"),
    NADAM("nadam", "Nadam"),
    ADADELTA("adadelta", "AdaDelta");

    private final String id;
    private final String displayName;

    OptimizerKind(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** Stable lower-case identifier for files and the command line, e.g. {@code "rmsprop"}. */
    public String id() {
        return id;
    }

    /** Name shown to people, e.g. {@code "RMSProp"}. */
    public String displayName() {
        return displayName;
    }

    /**
     * @throws IllegalArgumentException "unknown optimizer 'foo'; choose sgd, adagrad, ..." for an
     *     unknown or null id
     */
    public static OptimizerKind fromId(String id) {
        for (OptimizerKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(Messages.get("error.optimizer.unknown", QuotedText.quote(id), ids(values())));
    }

    static String ids(Enum<?>[] constants) {
        return Arrays.stream(constants)
                .map(c -> c.name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
