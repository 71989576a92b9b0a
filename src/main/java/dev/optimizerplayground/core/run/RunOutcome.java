package dev.optimizerplayground.core.run;

/**
 * How a run ended, without its rows: what a sweep or a basin map keeps of each of its many runs.
 * {@link Runner#outcome} computes it along the same path as {@link Runner#run}, so every field equals
 * the corresponding value of the full trajectory bit for bit.
 *
 * @param length number of rows the trajectory has (see {@link Trajectory#length()})
 * @param convergedStep {@link Trajectory#convergedAt()}, or -1 when the run never converged
 * @param divergedStep {@link Trajectory#divergedAt()}, or -1 when the run finished
 * @param endX θ of the last row (NaN when the run has no row at all)
 * @param endY see endX
 * @param finalLoss f(θ) of the last row (NaN when the run has no row at all)
 */
public record RunOutcome(RunStatus status, int length, int convergedStep, int divergedStep,
                         double endX, double endY, double finalLoss) {

    public boolean diverged() {
        return status == RunStatus.DIVERGED;
    }

    public boolean converged() {
        return convergedStep >= 0;
    }
}
