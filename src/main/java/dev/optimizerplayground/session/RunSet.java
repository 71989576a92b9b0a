package dev.optimizerplayground.session;

import dev.optimizerplayground.core.run.Trajectory;
import java.util.List;

/** The trajectories of every enabled lane, computed together from one consistent set of inputs. */
public record RunSet(List<LaneRun> runs) {

    public static final RunSet EMPTY = new RunSet(List.of());

    public RunSet {
        runs = List.copyOf(runs);
    }

    /** One lane's trajectory. */
    public record LaneRun(OptimizerLane lane, Trajectory trajectory) {
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }
}
