package dev.optimizerplayground.core.optimizer;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Bookkeeping shared by all optimizers: dimension checks, the step counter and state arrays. */
abstract class AbstractOptimizer implements Optimizer {

    private final OptimizerConfig config;
    private final List<String> stateNames;
    /** state[k][i]: state value k of parameter i; a scalar state has one element. */
    private final double[][] state;
    private final boolean[] scalar;
    protected final double[] effectiveLearningRate;
    private double learningRate;
    private int stepCount;

    AbstractOptimizer(OptimizerConfig config, int dimension, List<String> stateNames) {
        this(config, dimension, stateNames, Set.of());
    }

    /** {@code scalarNames}: those of {@code stateNames} that are one number for all parameters. */
    AbstractOptimizer(OptimizerConfig config, int dimension, List<String> stateNames, Set<String> scalarNames) {
        this.config = config;
        this.stateNames = List.copyOf(stateNames);
        this.state = new double[stateNames.size()][];
        this.scalar = new boolean[stateNames.size()];
        for (int k = 0; k < state.length; k++) {
            scalar[k] = scalarNames.contains(stateNames.get(k));
            state[k] = new double[scalar[k] ? 1 : dimension];
        }
        this.learningRate = config.learningRate();
        this.effectiveLearningRate = new double[dimension];
        Arrays.fill(effectiveLearningRate, Double.NaN);
    }

    /** The live array of state {@code name} (one element if scalar); subclasses update it in place. */
    protected final double[] stateArray(String name) {
        return state[stateNames.indexOf(name)];
    }

    /**
     * rate·direction, where a zero direction is a zero step: with a tiny ε and an accumulator
     * still at 0 the rate overflows to ∞, and 0·∞ would be NaN, ending a run that sits at the
     * minimum as "diverged".
     */
    protected static double step(double rate, double direction) {
        return direction == 0 ? 0 : rate * direction;
    }

    /** The learning rate of the update being made: the config's η unless a schedule set another. */
    protected final double learningRate() {
        return learningRate;
    }

    @Override
    public final void setLearningRate(double rate) {
        learningRate = rate;
    }

    /** Updates θ and the state for step {@code t} (1-based); lengths are already checked. */
    protected abstract void update(double[] theta, double[] gradient, int t);

    @Override
    public final void step(double[] theta, double[] gradient) {
        int dimension = effectiveLearningRate.length;
        if (theta.length != dimension || gradient.length != dimension) {
            throw new IllegalArgumentException("optimizer was created for " + dimension
                    + " parameters, got theta of length " + theta.length
                    + " and gradient of length " + gradient.length);
        }
        stepCount++;
        update(theta, gradient, stepCount);
    }

    @Override
    public final int stepCount() {
        return stepCount;
    }

    @Override
    public final double effectiveLearningRate(int parameter) {
        return effectiveLearningRate[parameter];
    }

    @Override
    public final List<String> stateNames() {
        return stateNames;
    }

    @Override
    public final boolean isScalarState(int stateIndex) {
        return scalar[stateIndex];
    }

    @Override
    public final double state(int stateIndex, int parameter) {
        return state[stateIndex][scalar[stateIndex] ? 0 : parameter];
    }

    @Override
    public final OptimizerConfig config() {
        return config;
    }
}
