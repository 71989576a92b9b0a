package dev.optimizerplayground.core.sweep;

import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.run.RunSpec;
import java.util.Optional;

/**
 * Finds an optimizer's best learning rate for one surface, start and step budget: every η of a log
 * grid is run (in parallel, as a 1-D sweep) and the lowest final loss wins; losses equal within
 * {@link #TIE} (relative, at least absolute) are a tie, which the run that converged first wins.
 * Runs that diverged never win. Comparing optimizers each at its own best η is the fair race;
 * comparing them at one shared η favours whichever that η happens to suit.
 */
public final class LearningRateTuner {

    /** Final losses this close count as equal: both runs got as far as double arithmetic tells. */
    public static final double TIE = 1e-12;

    /** The chosen η, and how its run ended. */
    public record Tuned(double learningRate, double finalLoss, int convergedStep) {
    }

    private LearningRateTuner() {
    }

    /**
     * @param base the run to tune; its learning rate is replaced by each of the grid's
     * @param from smallest η of the grid (&gt; 0)
     * @param to largest η of the grid
     * @param count number of η values, log-spaced
     * @return empty when every η diverged
     * @throws java.util.concurrent.CancellationException when {@code token} was cancelled
     */
    public static Optional<Tuned> tune(RunSpec base, double from, double to, int count, CancellationToken token) {
        HyperparameterSweep sweep = new HyperparameterSweep(base,
                new SweepAxis("lr", OptimizerConfig::withLearningRate, from, to, true, count), null);
        CellOutcomes cells = GridComputation.compute(sweep, token, snapshot -> { });
        int best = -1;
        for (int i = 0; i < count; i++) {
            if (!cells.diverged(i, 0) && (best < 0 || better(cells, i, best))) {
                best = i;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(new Tuned(sweep.x().value(best),
                cells.finalLoss(best, 0), cells.convergedStep(best, 0)));
    }

    /** Whether cell i beats cell j: a clearly lower loss, or a tie and converging first. */
    private static boolean better(CellOutcomes cells, int i, int j) {
        double a = cells.finalLoss(i, 0);
        double b = cells.finalLoss(j, 0);
        double tie = TIE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
        if (Math.abs(a - b) > tie) {
            return a < b;
        }
        int ci = cells.convergedStep(i, 0);
        int cj = cells.convergedStep(j, 0);
        return ci >= 0 && (cj < 0 || ci < cj);
    }
}
