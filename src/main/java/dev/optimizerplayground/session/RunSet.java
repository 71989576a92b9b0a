package dev.optimizerplayground.session;

import dev.optimizerplayground.core.run.RunCloud;
import dev.optimizerplayground.core.run.Trajectory;
import java.util.List;

/** The trajectories of every enabled lane, computed together from one consistent set of inputs. */
public record RunSet(List<LaneRun> runs) {

    public static final RunSet EMPTY = new RunSet(List.of());

    public RunSet {
        runs = List.copyOf(runs);
    }

    /**
     * One lane's trajectory and, under noisy gradients, its cloud of runs.
     *
     * @param trajectory the lane's run with the state's seed (the cloud's run 0)
     * @param cloud every run of the lane's cloud, or null when the lane runs alone
     */
    public record LaneRun(OptimizerLane lane, Trajectory trajectory, RunCloud cloud) {

        public LaneRun(OptimizerLane lane, Trajectory trajectory) {
            this(lane, trajectory, null);
        }
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }
}
