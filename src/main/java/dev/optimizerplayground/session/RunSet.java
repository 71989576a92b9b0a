package dev.optimizerplayground.session;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.run.RunCloud;
import dev.optimizerplayground.core.run.Trajectory;
import java.util.List;

/**
 * The trajectories of every enabled lane, computed together from one consistent set of inputs.
 *
 * @param runs one per enabled lane, in lane order
 * @param twins the twins of enabled lanes that race one ({@link LaneState#twin()}), in lane order,
 *     each named by the lane it copies; kept apart so that everything counting lanes (charts,
 *     exports, the inspector) sees each lane once
 */
public record RunSet(List<LaneRun> runs, List<LaneRun> twins) {

    public static final RunSet EMPTY = new RunSet(List.of());

    public RunSet {
        runs = List.copyOf(runs);
        twins = List.copyOf(twins);
    }

    public RunSet(List<LaneRun> runs) {
        this(runs, List.of());
    }

    /**
     * One lane's trajectory and, under noisy gradients, its cloud of runs.
     *
     * @param trajectory the lane's run with the state's seed (the cloud's run 0)
     * @param cloud every run of the lane's cloud, or null when the lane runs alone
     * @param twin for a lane's twin, the convention it races in; null for the lane's own run
     */
    public record LaneRun(OptimizerLane lane, Trajectory trajectory, RunCloud cloud, Convention twin) {

        public LaneRun(OptimizerLane lane, Trajectory trajectory, RunCloud cloud) {
            this(lane, trajectory, cloud, null);
        }

        public LaneRun(OptimizerLane lane, Trajectory trajectory) {
            this(lane, trajectory, null);
        }
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }
}
