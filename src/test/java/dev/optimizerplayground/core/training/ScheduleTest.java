package dev.optimizerplayground.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleTest {

    /** One rate recorded from torch.optim.lr_scheduler by make_schedules.py. */
    record TorchRate(String schedule, int warmup, double baseRate, int t, double rate) {
    }

    @Test
    void equalsTorchLrSchedulerAtEveryRecordedUpdate() throws IOException {
        List<TorchRate> rows = torchRates();
        assertThat(rows).hasSize(540);
        for (TorchRate row : rows) {
            double ours = Schedule.parse(row.schedule()).withWarmup(row.warmup()).rate(row.baseRate(), row.t());
            // torch steps most schedulers recursively (lr ← lr·γ), so its doubles drift from the
            // closed form by a few ulps; 1e-12 of the base rate is far below anything visible.
            assertThat(ours).as("%s warm-up %d at update %d", row.schedule(), row.warmup(), row.t())
                    .isCloseTo(row.rate(), org.assertj.core.data.Offset.offset(1e-12 * row.baseRate()));
        }
    }

    @Test
    void stepDecayHalvesEverySizeUpdates() {
        Schedule step = new Schedule.StepDecay(3, 0.5);
        assertThat(step.rate(0.8, 1)).isEqualTo(0.8);
        assertThat(step.rate(0.8, 3)).isEqualTo(0.8);
        assertThat(step.rate(0.8, 4)).isEqualTo(0.4);
        assertThat(step.rate(0.8, 7)).isEqualTo(0.2);
    }

    @Test
    void exponentialMultipliesEveryUpdate() {
        Schedule exp = new Schedule.Exponential(0.9);
        assertThat(exp.rate(1, 1)).isEqualTo(1.0);
        assertThat(exp.rate(1, 3)).isEqualTo(Math.pow(0.9, 2));
    }

    @Test
    void cosineGoesFromEtaToEtaMinOverTUpdates() {
        Schedule cosine = new Schedule.Cosine(10, 0.01);
        assertThat(cosine.rate(0.1, 1)).isEqualTo(0.1);
        assertThat(cosine.rate(0.1, 6)).isCloseTo(0.01 + 0.09 / 2, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(cosine.rate(0.1, 11)).isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void warmupRisesLinearlyThenStartsTheScheduleAfresh() {
        Schedule warm = new Schedule.Exponential(0.5).withWarmup(4);
        assertThat(warm.rate(0.2, 1)).isEqualTo(0.2 * 1 / 4);
        assertThat(warm.rate(0.2, 4)).isEqualTo(0.2);
        assertThat(warm.rate(0.2, 5)).isEqualTo(0.2);
        assertThat(warm.rate(0.2, 6)).isEqualTo(0.1);
        assertThat(warm.warmupSteps()).isEqualTo(4);
        assertThat(warm.afterWarmup()).isEqualTo(new Schedule.Exponential(0.5));
        assertThat(warm.withWarmup(0)).isEqualTo(new Schedule.Exponential(0.5));
        assertThat(warm.withWarmup(2)).isEqualTo(new Schedule.Exponential(0.5).withWarmup(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"constant", "step:50:0.5", "exp:0.99", "cosine:200", "cosine:200:0.001"})
    void textReadsBackToAnEqualSchedule(String text) {
        Schedule schedule = Schedule.parse(text);
        assertThat(schedule.text()).isEqualTo(text);
        assertThat(Schedule.parse(schedule.text())).isEqualTo(schedule);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "linear", "step:10", "step:x:0.5", "exp:", "cosine:10:0.1:2", "exp:0.9:1"})
    void malformedTextSaysWhichFormsExist(String text) {
        assertThatThrownBy(() -> Schedule.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot read the schedule: expected constant, step:SIZE:GAMMA, exp:GAMMA or"
                        + " cosine:T[:ETA_MIN] (e.g. step:50:0.5, exp:0.99, cosine:200:0.001)");
    }

    @Test
    void badNumbersAreNamed() {
        assertThatThrownBy(() -> Schedule.parse("step:0:0.5")).hasMessage("step schedule's SIZE must be a whole number >= 1, got 0");
        assertThatThrownBy(() -> Schedule.parse("step:5:0")).hasMessage("step schedule's GAMMA must be a finite number > 0, got 0");
        assertThatThrownBy(() -> Schedule.parse("exp:-0.5")).hasMessage("exponential schedule's GAMMA must be a finite number > 0, got -0.5");
        assertThatThrownBy(() -> Schedule.parse("cosine:0")).hasMessage("cosine schedule's T must be a whole number >= 1, got 0");
        assertThatThrownBy(() -> Schedule.parse("cosine:5:-1")).hasMessage("cosine schedule's ETA_MIN must be a finite number >= 0, got -1");
        assertThatThrownBy(() -> Schedule.CONSTANT.withWarmup(-1)).hasMessage("warm-up steps must be a whole number >= 1, got -1");
    }

    private static List<TorchRate> torchRates() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                ScheduleTest.class.getResourceAsStream("/schedules/torch_schedules.csv")), StandardCharsets.UTF_8))) {
            return in.lines().skip(1).map(line -> line.split(","))
                    .map(f -> new TorchRate(f[0], Integer.parseInt(f[1]), Double.parseDouble(f[2]),
                            Integer.parseInt(f[3]), Double.parseDouble(f[4])))
                    .toList();
        }
    }
}
