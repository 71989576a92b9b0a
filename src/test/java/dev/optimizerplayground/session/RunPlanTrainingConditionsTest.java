package dev.optimizerplayground.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.training.GradientNoise;
import dev.optimizerplayground.core.training.Schedule;
import org.junit.jupiter.api.Test;

/** The state's noise and each lane's schedule reach the runs; noisy lanes run as clouds. */
class RunPlanTrainingConditionsTest {

    private static final PlaygroundState BASE = PlaygroundState.initial();

    @Test
    void exactGradientsRunEachLaneOnce() {
        RunPlan plan = RunPlan.of(BASE);
        assertThat(plan.cloudRuns()).isEqualTo(1);
        assertThat(plan.specs()).allMatch(spec -> spec.noise().isExact() && spec.schedule().equals(Schedule.CONSTANT));
        assertThat(plan.run(() -> false).runs()).allMatch(run -> run.cloud() == null);
    }

    @Test
    void noisyGradientsRunEveryLaneAsACloudWithTheSameNoise() {
        PlaygroundState noisy = BASE.withNoise(NoiseSettings.NONE.withSigma(0.5).withSeed(7).withCloudRuns(5));
        RunPlan plan = RunPlan.of(noisy);
        assertThat(plan.cloudRuns()).isEqualTo(5);
        assertThat(plan.specs()).allMatch(spec -> spec.noise().equals(new GradientNoise(0.5, 7)));
        RunSet runs = plan.run(() -> false);
        for (RunSet.LaneRun run : runs.runs()) {
            assertThat(run.cloud().runs()).hasSize(5);
            assertThat(run.trajectory()).isSameAs(run.cloud().runs().get(0));
            assertThat(run.trajectory().x(50)).isEqualTo(Runner.run(plan.specs().get(runs.runs().indexOf(run))).x(50));
        }
    }

    @Test
    void aCloudOfOneIsASingleNoisyRun() {
        PlaygroundState noisy = BASE.withNoise(NoiseSettings.NONE.withSigma(0.5).withCloudRuns(1));
        RunSet runs = RunPlan.runs(noisy);
        assertThat(runs.runs()).allMatch(run -> run.cloud() == null && run.trajectory().noisy());
    }

    @Test
    void eachLaneRunsWithItsOwnSchedule() {
        OptimizerLane rmsprop = OptimizerLane.values()[0];
        Schedule decay = Schedule.parse("exp:0.99").withWarmup(5);
        PlaygroundState scheduled = BASE.withLaneEnabled(rmsprop, true)
                .withLane(BASE.lane(rmsprop).withEnabled(true).withSchedule(decay));
        RunPlan plan = RunPlan.of(scheduled);
        int index = plan.lanes().indexOf(rmsprop);
        assertThat(plan.specs().get(index).schedule()).isEqualTo(decay);
        assertThat(plan.specs()).filteredOn(spec -> spec != plan.specs().get(index))
                .allMatch(spec -> spec.schedule().equals(Schedule.CONSTANT));
        assertThat(plan).isNotEqualTo(RunPlan.of(BASE.withLaneEnabled(rmsprop, true)));
    }

    @Test
    void noiseAndSchedulesSurviveTheScenarioFileForm() {
        OptimizerLane lane = OptimizerLane.values()[1];
        PlaygroundState state = BASE.withNoise(NoiseSettings.NONE.withSigma(0.25).withSeed(99).withCloudRuns(8))
                .withLane(BASE.lane(lane).withSchedule(Schedule.parse("cosine:150:0.001").withWarmup(10)));
        assertThat(ScenarioForm.toState(ScenarioForm.toScenario(state), BASE)).isEqualTo(state);
    }
}
