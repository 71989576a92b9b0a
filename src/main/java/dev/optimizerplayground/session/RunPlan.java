package dev.optimizerplayground.session;

import dev.optimizerplayground.core.run.RunCloud;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The runs a state asks for: one spec per enabled lane, in lane order, each with the state's
 * gradient noise and the lane's schedule, the size of each lane's cloud when the gradients are
 * noisy, and one spec per twin of an enabled lane (a single run, without a cloud). Two states with equal plans have equal runs, bit for bit, so a plan is also what decides
 * whether the runs must be computed again (moving the animation or the view does not change it).
 *
 * @param cloudRuns runs per lane: 1 for a single run, more for a {@link RunCloud}
 */
public record RunPlan(List<OptimizerLane> lanes, List<RunSpec> specs, int cloudRuns,
                      List<OptimizerLane> twinLanes, List<RunSpec> twinSpecs) {

    public RunPlan {
        lanes = List.copyOf(lanes);
        specs = List.copyOf(specs);
        twinLanes = List.copyOf(twinLanes);
        twinSpecs = List.copyOf(twinSpecs);
        if (twinLanes.size() != twinSpecs.size()) {
            throw new IllegalArgumentException("one spec per twin: " + twinLanes.size() + " twins, "
                    + twinSpecs.size() + " specs");
        }
        if (cloudRuns < 1 || cloudRuns > RunCloud.MAX_RUNS) {
            throw new IllegalArgumentException(Messages.get("error.run.cloud-size", RunCloud.MAX_RUNS, cloudRuns));
        }
        if (lanes.size() != specs.size()) {
            throw new IllegalArgumentException("one spec per lane: " + lanes.size() + " lanes, " + specs.size() + " specs");
        }
    }

    /** The plan of a state; cannot fail, because a state holds only valid values. */
    public static RunPlan of(PlaygroundState state) {
        List<OptimizerLane> lanes = new ArrayList<>();
        List<RunSpec> specs = new ArrayList<>();
        List<OptimizerLane> twinLanes = new ArrayList<>();
        List<RunSpec> twinSpecs = new ArrayList<>();
        for (LaneState lane : state.lanes()) {
            if (lane.enabled()) {
                RunSpec spec = laneSpec(state, lane.lane());
                lanes.add(lane.lane());
                specs.add(spec);
                if (lane.twin() != null) {
                    twinLanes.add(lane.lane());
                    twinSpecs.add(spec.withOptimizer(lane.twinConfig(spec.optimizer().learningRate())));
                }
            }
        }
        return new RunPlan(lanes, specs, state.noise().drawsClouds() ? state.noise().cloudRuns() : 1,
                twinLanes, twinSpecs);
    }

    /**
     * The run a lane of a state makes (on or off): the state's surface, start, budget and noise,
     * the lane's configuration after the shared η, and its schedule. Everything that runs a lane
     * outside the main plot (sweeps, basin maps, tuning) starts from this, so it runs what the
     * plot runs.
     */
    public static RunSpec laneSpec(PlaygroundState state, OptimizerLane lane) {
        return new RunSpec(state.surface(), state.effectiveConfig(lane), state.start(), state.steps())
                .withNoise(state.noise().gradient())
                .withSchedule(state.lane(lane).schedule());
    }

    /**
     * Computes every run, on the calling thread; pure and deterministic.
     *
     * @param cancelled polled between runs; once true the work stops
     * @throws CancellationException when {@code cancelled} turned true
     */
    public RunSet run(BooleanSupplier cancelled) {
        List<RunSet.LaneRun> results = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("the runs are no longer wanted");
            }
            if (cloudRuns == 1) {
                results.add(new RunSet.LaneRun(lanes.get(i), Runner.run(specs.get(i))));
            } else {
                RunCloud cloud = RunCloud.run(specs.get(i), cloudRuns, cancelled);
                if (cloud == null) {
                    throw new CancellationException("the runs are no longer wanted");
                }
                results.add(new RunSet.LaneRun(lanes.get(i), cloud.runs().get(0), cloud));
            }
        }
        List<RunSet.LaneRun> twins = new ArrayList<>();
        for (int i = 0; i < twinSpecs.size(); i++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("the runs are no longer wanted");
            }
            twins.add(new RunSet.LaneRun(twinLanes.get(i), Runner.run(twinSpecs.get(i)), null,
                    twinSpecs.get(i).optimizer().convention()));
        }
        return new RunSet(results, twins);
    }

    /** {@code of(state).run(() -> false)}: the runs of a state, computed at once. */
    public static RunSet runs(PlaygroundState state) {
        return of(state).run(() -> false);
    }
}
