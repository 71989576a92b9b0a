package dev.optimizerplayground.cli;

import static dev.optimizerplayground.cli.TraceCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.cli.TraceCommandTest.Result;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code trace --noise --seed --schedule --warmup}. */
class TraceTrainingOptionsTest {

    private static final String[] SGD = {"trace", "--surface", "x^2 + 10*y^2", "--optimizer", "sgd", "--lr", "0.02",
            "--start", "-4,2", "--steps", "5"};

    @Test
    void noiseAddsTheSampleGradientColumns() {
        Result r = run(concat(SGD, "--noise", "0.5", "--seed", "3"));
        assertThat(r.code()).isZero();
        assertThat(r.lines().get(0)).isEqualTo("step,x,y,loss,grad_x,grad_y,lr_x,lr_y,sample_grad_x,sample_grad_y");
        List<double[]> rows = r.lines().stream().skip(1).map(TraceTrainingOptionsTest::numbers).toList();
        for (int t = 1; t < rows.size(); t++) {
            // x_t = x_{t−1} − η·sample_grad_x at row t − 1: the sample gradient leaves that row.
            assertThat(rows.get(t)[1]).isEqualTo(rows.get(t - 1)[1] - 0.02 * rows.get(t - 1)[8]);
            assertThat(rows.get(t)[4]).isEqualTo(2 * rows.get(t)[1]);
        }
        assertThat(run(concat(SGD, "--noise", "0.5", "--seed", "3")).out()).isEqualTo(r.out());
        assertThat(run(concat(SGD, "--noise", "0.5", "--seed", "4")).out()).isNotEqualTo(r.out());
    }

    @Test
    void withoutNoiseTheColumnsStayAsTheyWere() {
        Result r = run(concat(SGD, "--schedule", "constant", "--seed", "9"));
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(run(SGD).out());
    }

    @Test
    void theRateOfUpdateTIsOnRowT() {
        Result r = run(concat(SGD, "--schedule", "step:2:0.5", "--warmup", "2"));
        assertThat(r.code()).isZero();
        List<double[]> rows = r.lines().stream().skip(1).map(TraceTrainingOptionsTest::numbers).toList();
        // warm-up 0.01, 0.02; then StepLR from its own update 1: 0.02, 0.02, 0.01
        assertThat(rows.stream().skip(1).map(row -> row[6]).toList()).containsExactly(0.01, 0.02, 0.02, 0.02, 0.01);
    }

    @Test
    void jsonNamesTheConditions() {
        Result r = run(concat(SGD, "--noise", "0.1", "--seed", "5", "--schedule", "cosine:10:0.001", "--format", "json"));
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"sigma\" : 0.1", "\"seed\" : 5", "\"schedule\" : \"cosine:10:0.001\"",
                "\"sample_grad_x\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--noise|-1|noise σ must be a finite number >= 0, got -1",
            "--schedule|step:0:0.5|step schedule's SIZE must be a whole number >= 1, got 0",
            "--schedule|exp:0|exponential schedule's GAMMA must be a finite number > 0, got 0",
            "--schedule|cosine:0|cosine schedule's T must be a whole number >= 1, got 0",
            "--schedule|linear:5|cannot read the schedule: expected constant, step:SIZE:GAMMA, exp:GAMMA or cosine:T[:ETA_MIN] (e.g. step:50:0.5, exp:0.99, cosine:200:0.001)",
            "--warmup|-3|--warmup must be a whole number >= 0, got -3"})
    void badValuesAreOneLineAndExitTwo(String option, String value, String message) {
        Result r = run(concat(SGD, option, value));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("error: " + message);
    }

    private static double[] numbers(String line) {
        String[] fields = line.split(",", -1);
        double[] out = new double[fields.length];
        for (int i = 0; i < fields.length; i++) {
            out[i] = fields[i].isEmpty() ? Double.NaN : Double.parseDouble(fields[i]);
        }
        return out;
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
