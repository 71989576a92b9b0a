package dev.optimizerplayground.core.run;

/** Every step budget's limits, in one place: the command line, the files and the window read them here. */
public final class StepLimits {

    /**
     * The longest single run ({@code trace}): a trajectory keeps about a hundred bytes a step, so a
     * million steps stay around 100 MB.
     */
    public static final int MAX_RUN_STEPS = 1_000_000;

    /**
     * The longest budget of the playground (the window, scenario files, {@code render}): up to nine
     * lanes are kept in memory together and redrawn while they play.
     */
    public static final int MAX_PLAYGROUND_STEPS = 100_000;

    /** The budget of a new playground and of a scenario that does not give one. */
    public static final int DEFAULT_STEPS = 200;

    private StepLimits() {
    }
}
