package dev.optimizerplayground.core.run;

import dev.optimizerplayground.core.optimizer.Optimizer;
import dev.optimizerplayground.core.surface.Evaluator;
import dev.optimizerplayground.core.training.GradientNoise;

/**
 * Runs an optimizer over a surface. Deterministic: the same spec gives the same trajectory bit for
 * bit. Never throws on a run that goes wrong; a non-finite θ, f(θ) or ∇f(θ) ends it as diverged.
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

    public static Trajectory run(RunSpec spec) {
        Optimizer optimizer = spec.optimizer().create(2);
        Trajectory.Columns rows = new Trajectory.Columns(spec.steps() + 1, optimizer.stateNames(),
                !spec.noise().isExact());
        RunOutcome end = walk(spec, optimizer,
                (t, theta, loss, gradient, sample) -> record(rows, t, theta, loss, gradient, sample, optimizer));
        return new Trajectory(spec, rows, end.length(), end.status(), end.convergedStep(), end.divergedStep());
    }

    /**
     * How the run of {@code spec} ends, keeping none of its rows: the same steps as {@link #run},
     * hence equal to its trajectory's last row, status and steps bit for bit. Allocates nothing per
     * step (the optimizer's state is allocated once, when it is created).
     */
    public static RunOutcome outcome(RunSpec spec) {
        return walk(spec, spec.optimizer().create(2), (t, theta, loss, gradient, sample) -> { });
    }

    /** Receives each row of a run as it is computed; the arrays are reused for the next row. */
    private interface RowSink {
        void accept(int t, double[] theta, double loss, double[] gradient, double[] sample);
    }

    /** The one loop every run goes through; {@code rows} sees each row that has finite values. */
    private static RunOutcome walk(RunSpec spec, Optimizer optimizer, RowSink rows) {
        Evaluator f = spec.surface().newEvaluator();
        GradientNoise.Sampler noise = spec.noise().newSampler();
        double[] theta = {spec.start().x(), spec.start().y()};
        double[] gradient = new double[2];
        double[] sample = new double[2];
        double baseRate = spec.optimizer().learningRate();
        double toleranceSquared = spec.tolerance() * spec.tolerance();
        int convergedAt = -1;
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        double lastLoss = Double.NaN;

        for (int t = 0; t <= spec.steps(); t++) {
            if (t > 0) {
                optimizer.setLearningRate(spec.schedule().rate(baseRate, t));
                optimizer.step(theta, sample);
            }
            double loss = f.valueAndGradient(theta[0], theta[1], gradient);
            if (!allFinite(theta[0], theta[1], loss, gradient[0], gradient[1])) {
                return new RunOutcome(RunStatus.DIVERGED, t, convergedAt, t, lastX, lastY, lastLoss);
            }
            noise.sample(gradient, sample);
            rows.accept(t, theta, loss, gradient, sample);
            lastX = theta[0];
            lastY = theta[1];
            lastLoss = loss;
            double normSquared = gradient[0] * gradient[0] + gradient[1] * gradient[1];
            if (convergedAt < 0 && normSquared < toleranceSquared) {
                convergedAt = t;
            }
        }
        return new RunOutcome(RunStatus.FINISHED, spec.steps() + 1, convergedAt, -1, lastX, lastY, lastLoss);
    }

    private static void record(Trajectory.Columns rows, int t, double[] theta, double loss,
                               double[] gradient, double[] sample, Optimizer optimizer) {
        rows.x[t] = theta[0];
        rows.y[t] = theta[1];
        rows.loss[t] = loss;
        rows.gradX[t] = gradient[0];
        rows.gradY[t] = gradient[1];
        if (rows.sampleGradX != null) {
            rows.sampleGradX[t] = sample[0];
            rows.sampleGradY[t] = sample[1];
        }
        // Before the first update there is no learning rate yet; the state is the initial one
        // (not always zero: Keras starts Adagrad's accumulator at 0.1).
        boolean updated = t > 0;
        rows.lrX[t] = updated ? optimizer.effectiveLearningRate(0) : Double.NaN;
        rows.lrY[t] = updated ? optimizer.effectiveLearningRate(1) : Double.NaN;
        for (int k = 0; k < rows.stateNames.size(); k++) {
            rows.state[2 * k][t] = optimizer.state(k, 0);
            rows.state[2 * k + 1][t] = optimizer.state(k, 1);
        }
    }

    private static boolean allFinite(double x, double y, double loss, double gx, double gy) {
        return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(loss)
                && Double.isFinite(gx) && Double.isFinite(gy);
    }
}
