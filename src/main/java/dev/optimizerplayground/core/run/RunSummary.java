package dev.optimizerplayground.core.run;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a run went, without its rows: what a streamed run returns once its last row is out.
 *
 * @param length number of rows (the start plus every step taken)
 * @param convergedAt the first step under the tolerance, or -1
 * @param divergedAt the step that stopped being finite (it has no row), or -1
 * @param breakdown what stopped being finite, null unless diverged
 */
public record RunSummary(RunStatus status, int length, int convergedAt, int divergedAt, Breakdown breakdown) {

    public OptionalInt divergedAtStep() {
        return divergedAt < 0 ? OptionalInt.empty() : OptionalInt.of(divergedAt);
    }

    public OptionalInt convergedAtStep() {
        return convergedAt < 0 ? OptionalInt.empty() : OptionalInt.of(convergedAt);
    }

    public Optional<Breakdown> breakdownIfDiverged() {
        return Optional.ofNullable(breakdown);
    }
}
