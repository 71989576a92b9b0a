package dev.optimizerplayground.core.optimizer;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.QuotedText;

/**
 * Whose formulas and default hyperparameters an {@link OptimizerConfig} follows. The frameworks
 * disagree on where ε goes, on initial accumulators and on default learning rates; the
 * differences are listed per optimizer on {@link OptimizerConfig#defaults}.
 */
public enum Convention {
    /** The original papers and standard teaching texts. */
    TEXTBOOK("textbook"),
    /** {@code torch.optim}. */
    PYTORCH("pytorch"),
    /** Keras 3 {@code keras.optimizers}. */
    KERAS("keras");

    private final String id;

    Convention(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException "unknown convention 'foo'; choose textbook, pytorch, keras" */
    public static Convention fromId(String id) {
        for (Convention convention : values()) {
            if (convention.id.equals(id)) {
                return convention;
            }
        }
        throw new IllegalArgumentException(
                Messages.get("error.optimizer.unknown-convention", QuotedText.quote(id), OptimizerKind.ids(values())));
    }
}
