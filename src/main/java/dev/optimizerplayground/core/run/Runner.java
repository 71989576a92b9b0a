package dev.optimizerplayground.core.run;

import dev.optimizerplayground.core.optimizer.Optimizer;
import dev.optimizerplayground.core.surface.Evaluator;
import dev.optimizerplayground.core.training.GradientNoise;
import java.util.function.Consumer;

/**
 * Runs an optimizer over a surface. Deterministic: the same spec gives the same trajectory bit for
 * bit, whether it is kept ({@link #run}) or streamed ({@link #stream}). Never throws on a run that
 * goes wrong; a non-finite θ, f(θ) or ∇f(θ) ends it as diverged.
 *
 * <p>Training conditions: update t steps along the sample gradient (the exact ∇f plus the spec's
 * noise, drawn as the row is recorded) with the schedule's learning rate for update t. Rows keep the
 * exact gradient beside the sample one, and convergence is judged on the exact gradient.
 *
 * <p>Convergence is only recorded: the run goes on to its full budget so that runs of different
 * optimizers stay comparable step for step.
 */
public final class Runner {

    private Runner() {
    }

    /** Runs {@code spec} and keeps every row. */
    public static Trajectory run(RunSpec spec) {
        Optimizer optimizer = spec.optimizer().create(2);
        Trajectory.Columns rows = new Trajectory.Columns(spec.steps() + 1, new StateColumns(optimizer),
                !spec.noise().isExact());
        RunSummary summary = loop(spec, optimizer, rows::record);
        return new Trajectory(spec, rows, summary);
    }

    /**
     * Runs {@code spec}, handing each row to {@code sink} as soon as it is computed and keeping
     * none: a million steps need no more memory than one. The sink gets the same numbers, bit for
     * bit, as the rows of {@link #run}.
     */
    public static RunSummary stream(RunSpec spec, Consumer<Row> sink) {
        return loop(spec, spec.optimizer().create(2), sink);
    }

    /**
     * How the run of {@code spec} ends, keeping none of its rows: {@link #stream} with a sink that
     * remembers only the last, so equal to {@link #run}'s last row, status and steps bit for bit.
     * What a sweep or a basin map keeps of each of its many runs.
     */
    public static RunOutcome outcome(RunSpec spec) {
        double[] last = {Double.NaN, Double.NaN, Double.NaN};
        RunSummary summary = stream(spec, row -> {
            last[0] = row.x();
            last[1] = row.y();
            last[2] = row.loss();
        });
        return new RunOutcome(summary.status(), summary.length(), summary.convergedAt(), summary.divergedAt(),
                last[0], last[1], last[2]);
    }

    private static RunSummary loop(RunSpec spec, Optimizer optimizer, Consumer<Row> sink) {
        Evaluator f = spec.surface().newEvaluator();
        GradientNoise.Sampler noise = spec.noise().newSampler();
        Row row = new Row(optimizer, !spec.noise().isExact());
        double[] theta = {spec.start().x(), spec.start().y()};
        double[] gradient = new double[2];
        double[] sample = new double[2];
        double baseRate = spec.optimizer().learningRate();
        double toleranceSquared = spec.tolerance() * spec.tolerance();
        int convergedAt = -1;

        for (int t = 0; t <= spec.steps(); t++) {
            if (t > 0) {
                optimizer.setLearningRate(spec.schedule().rate(baseRate, t));
                optimizer.step(theta, sample);
            }
            double loss = f.valueAndGradient(theta[0], theta[1], gradient);
            Breakdown breakdown = Breakdown.of(theta[0], theta[1], loss, gradient[0], gradient[1]);
            if (breakdown != null) {
                return new RunSummary(RunStatus.DIVERGED, t, convergedAt, t, breakdown);
            }
            noise.sample(gradient, sample);
            row.t = t;
            row.x = theta[0];
            row.y = theta[1];
            row.loss = loss;
            row.gradX = gradient[0];
            row.gradY = gradient[1];
            row.sampleGradX = sample[0];
            row.sampleGradY = sample[1];
            // Before the first update there is no learning rate yet.
            row.lrX = t > 0 ? optimizer.effectiveLearningRate(0) : Double.NaN;
            row.lrY = t > 0 ? optimizer.effectiveLearningRate(1) : Double.NaN;
            sink.accept(row);
            double normSquared = gradient[0] * gradient[0] + gradient[1] * gradient[1];
            if (convergedAt < 0 && normSquared < toleranceSquared) {
                convergedAt = t;
            }
        }
        return new RunSummary(RunStatus.FINISHED, spec.steps() + 1, convergedAt, -1, null);
    }
}
