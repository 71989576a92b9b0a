package dev.optimizerplayground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.optimizerplayground.core.optimizer.Hyperparameter;
import dev.optimizerplayground.core.optimizer.Switch;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

class TraceCommandTest {

    /** What one run of the command line printed, and its exit code. */
    record Result(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PlaygroundCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void printsCsvWithOneRowPerStep() {
        Result r = run("trace", "--surface", "x^2 + 10*y^2", "--optimizer", "sgd", "--lr", "0.05",
                "--steps", "2", "--start", "-4,2");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.lines()).containsExactly(
                "step,x,y,loss,grad_x,grad_y,lr_x,lr_y",
                "0,-4.0,2.0,56.0,-8.0,40.0,,",
                // θ₁ = θ₀ − 0.05·∇f(θ₀) = (−4 + 0.4, 2 − 2)
                "1,-3.6,0.0,12.96,-7.2,0.0,0.05,0.05",
                "2," + (-3.6 - 0.05 * -7.2) + ",0.0," + (3.24 * 3.24) + "," + (2 * -3.24) + ",0.0,0.05,0.05");
    }

    @Test
    void acceptsPresetNamesAndNegativeNumbers() {
        Result r = run("trace", "--surface", "rosenbrock", "--optimizer", "rmsprop", "--lr", "0.01",
                "--steps", "100", "--start", "-1.5,2");
        assertThat(r.code()).isZero();
        assertThat(r.lines()).hasSize(102);
        assertThat(r.lines().get(1)).startsWith("0,-1.5,2.0,");
    }

    @Test
    void zeroStepsPrintsJustTheStart() {
        Result r = run("trace", "--surface", "bowl", "--optimizer", "adam", "--steps", "0", "--start", "1,1");
        assertThat(r.code()).isZero();
        assertThat(r.lines()).containsExactly("step,x,y,loss,grad_x,grad_y,lr_x,lr_y", "0,1.0,1.0,2.0,2.0,2.0,,");
    }

    @Test
    void conventionSetsFormsAndExplicitOptionsOverrideThem() throws Exception {
        Result r = run("trace", "--surface", "bowl", "--optimizer", "rmsprop", "--convention", "pytorch",
                "--beta", "0.5", "--steps", "1", "--start", "1,1", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode optimizer = new ObjectMapper().readTree(r.out()).path("configuration").path("optimizer");
        assertThat(optimizer.path("convention").asText()).isEqualTo("pytorch");
        assertThat(optimizer.path("epsilonPlacement").asText()).isEqualTo("outside");
        assertThat(optimizer.path("beta").asDouble()).isEqualTo(0.5);
    }

    @ParameterizedTest(name = "{0} {1} with {2}")
    @CsvSource({
            "--momentum, 0.9, adagrad",
            "--eps-placement, inside, adam",
            "--beta2, 0.9, sgd",
            "--momentum-decay, 0.5, adam",
            "--initial-accumulator, 0.1, rmsprop"})
    void anOptionThatDoesNotApplyToTheOptimizerIsRefusedByName(String option, String value, String optimizer) {
        Result r = run("trace", "--surface", "bowl", "--optimizer", optimizer, option, value,
                "--steps", "1", "--start", "1,1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly("error: " + option + " does not apply to " + optimizer);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void everyOptionOfTheDescriptorTableIsAnOptionOfTraceAndRender() {
        CommandLine cli = new CommandLine(PlaygroundCommand.class);
        for (String command : List.of("trace", "render")) {
            CommandSpec spec = cli.getSubcommands().get(command).getCommandSpec();
            for (Hyperparameter h : Hyperparameter.values()) {
                assertThat(spec.findOption(h.option())).as("%s %s", command, h.option()).isNotNull();
            }
            for (Switch s : Switch.values()) {
                if (s.option() != null) {
                    assertThat(spec.findOption(s.option())).as("%s %s", command, s.option()).isNotNull();
                }
            }
        }
    }

    @Test
    void jsonHoldsStatusConfigurationAndRows() throws Exception {
        Result r = run("trace", "--surface", "x^2+y^2", "--optimizer", "sgd", "--lr", "0.25",
                "--steps", "20", "--start", "1,1", "--tolerance", "1e-3", "--format", "json");
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.path("status").asText()).isEqualTo("finished");
        assertThat(root.path("convergedAtStep").asInt()).isEqualTo(12);
        assertThat(root.path("divergedAtStep").isNull()).isTrue();
        assertThat(root.path("configuration").path("surface").asText()).isEqualTo("x^2+y^2");
        assertThat(root.path("rows")).hasSize(21);
        assertThat(root.path("rows").get(0).path("lr_x").isNull()).isTrue();
        assertThat(root.path("rows").get(1).path("x").asDouble()).isEqualTo(0.5);
    }

    @Test
    void divergedRunKeepsItsRowsSaysSoOnStderrAndExitsZero() {
        Result r = run("trace", "--surface", "x^2", "--optimizer", "sgd", "--lr", "10",
                "--steps", "1000", "--start", "1,0");
        assertThat(r.code()).isZero();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("sgd diverged at step ");
        assertThat(r.lines().size()).isBetween(100, 300);
    }

    @Test
    void divergedRunInJsonIsValidJsonWithFiniteRowsOnly() throws Exception {
        Result r = run("trace", "--surface", "x^2", "--optimizer", "sgd", "--lr", "10",
                "--steps", "1000", "--start", "1,0", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.path("status").asText()).isEqualTo("diverged");
        int divergedAt = root.path("divergedAtStep").asInt();
        assertThat(root.path("rows")).hasSize(divergedAt);
        for (JsonNode row : root.path("rows")) {
            assertThat(row.path("x").isNumber() && row.path("loss").isNumber() && row.path("grad_x").isNumber())
                    .as("row %s", row).isTrue();
        }
        assertThat(r.err()).startsWith("sgd diverged at step " + divergedAt + ":");
    }

    @Test
    void aStartWhereTheSurfaceIsUndefinedIsBadInputNotADivergedRun() {
        Result r = run("trace", "--surface", "log(x)", "--optimizer", "sgd", "--steps", "5", "--start", "-1,1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly(
                "error: f(x, y) is not defined at the start (-1.0, 1.0); choose another --start");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aStartWhereOnlyTheGradientIsUndefinedSaysSo() {
        Result r = run("trace", "--surface", "sqrt(x) + y^2", "--optimizer", "sgd", "--steps", "5", "--start", "0,1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly("error: the gradient of f is not defined at the start"
                + " (0.0, 1.0), although f is (1.0); choose another --start");
        assertThat(r.out()).isEmpty();
    }

    /** A pasted value can be megabytes long: the one line on stderr quotes at most ~80 characters of it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"--start", "--lr", "--optimizer", "--convention", "--eps-placement", "--steps", "--surface"})
    void aHugeBadValueIsQuotedShort(String option) {
        String huge = "1," + "2,".repeat(350_000) + "x";
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("trace", "--surface", "bowl",
                "--optimizer", "sgd", "--steps", "5", "--start", "1,1"));
        int at = args.indexOf(option);
        if (at >= 0) {
            args.set(at + 1, huge);
        } else {
            args.addAll(java.util.List.of(option, huge));
        }
        Result r = run(args.toArray(String[]::new));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err().length()).as(r.err().substring(0, Math.min(200, r.err().length()))).isLessThan(300);
        assertThat(r.err()).contains(option.equals("--surface") ? "700003 characters" : "'1,2,2,2,2,");
    }

    @Test
    void aDivergedRunSaysWhatStoppedBeingFinite() {
        // x ← −19·x: x² overflows (about step 240) long before x does.
        Result r = run("trace", "--surface", "x^2", "--optimizer", "sgd", "--lr", "10",
                "--steps", "1000", "--start", "1,0");
        int rows = r.lines().size() - 1;
        assertThat(r.err().lines()).containsExactly("sgd diverged at step " + rows
                + ": f(θ) is no longer finite; printed the " + rows + " rows before it");
    }

    /** The rows are streamed as computed; the text is exactly that of the trajectory held in memory. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "csv,  rosenbrock, adam,    300,  '-1.5,2'",
        "json, rosenbrock, rmsprop, 300,  '-1.5,2'",
        "csv,  x^2,        sgd,     1000, '1,0'",
        "json, x^2,        sgd,     1000, '1,0'",
        "json, x^2+y^2,    sgd,     0,    '1,1'",
    })
    void streamedOutputIsByteIdenticalToTheTrajectoryFormats(String format, String surface, String kind,
                                                             int steps, String start) throws Exception {
        String lr = kind.equals("sgd") ? "10" : "0.01";
        Result r = run("trace", "--surface", surface, "--optimizer", kind, "--lr", lr, "--steps",
                String.valueOf(steps), "--start", start, "--format", format, "--tolerance", "1e-3");
        String[] xy = start.split(",");
        dev.optimizerplayground.core.run.Trajectory t = dev.optimizerplayground.core.run.Runner.run(
                new dev.optimizerplayground.core.run.RunSpec(
                        dev.optimizerplayground.core.surface.Presets.resolve(surface),
                        dev.optimizerplayground.core.optimizer.OptimizerConfig.defaults(
                                dev.optimizerplayground.core.optimizer.OptimizerKind.fromId(kind),
                                dev.optimizerplayground.core.optimizer.Convention.TEXTBOOK)
                                .withLearningRate(Double.parseDouble(lr)),
                        new dev.optimizerplayground.core.surface.Point(Double.parseDouble(xy[0]),
                                Double.parseDouble(xy[1])), steps, 1e-3));
        String expected = format.equals("csv")
                ? dev.optimizerplayground.core.format.TrajectoryCsv.toString(t)
                : dev.optimizerplayground.core.format.TrajectoryJson.toString(t) + System.lineSeparator();
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown variable      | --surface=x+z                 | unknown variable 'z' at position 2",
        "unknown optimizer     | --optimizer=adamw             | unknown optimizer 'adamw'",
        "unknown convention    | --convention=jax              | jax",
        "bad start             | --start=1;2                   | X,Y",
        "non-finite start      | --start=NaN,1                 | finite",
        "bad number            | --lr=fast                     | fast",
        "negative steps        | --steps=-3                    | steps must be between 0 and 1000000, got -3",
        "absurd steps          | --steps=99999999999           | 99999999999",
        "negative lr           | --lr=-1                       | learning rate",
        "bad placement         | --eps-placement=under         | under",
        "unknown option        | --bogus=1                     | --bogus",
    })
    void badInputIsOneLineOnStderrAndExitCodeTwo(String what, String override, String expected) {
        Result r = run(withOverride(override));
        assertThat(r.code()).as(what).isEqualTo(2);
        assertThat(r.err().lines()).as(what).hasSize(1);
        assertThat(r.err()).as(what).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).as(what).isEmpty();
    }

    @Test
    void hugeAndDeeplyNestedExpressionsAreTraced() {
        String deep = "(".repeat(5000) + "x" + ")".repeat(5000);
        Result nested = run("trace", "--surface", deep, "--optimizer", "sgd", "--lr", "0.01", "--steps", "1",
                "--start", "1,1");
        assertThat(nested.code()).isZero();
        assertThat(nested.lines()).containsExactly("step,x,y,loss,grad_x,grad_y,lr_x,lr_y",
                "0,1.0,1.0,1.0,1.0,0.0,,", "1,0.99,1.0,0.99,1.0,0.0,0.01,0.01");

        // 1200 terms, over 10,000 characters: f = 1200·sin(x)·y
        String sum = String.join("+", java.util.Collections.nCopies(1200, "sin(x)*y"));
        assertThat(sum.length()).isGreaterThan(10_000);
        Result wide = run("trace", "--surface", sum, "--optimizer", "sgd", "--steps", "0", "--start", "1,1");
        assertThat(wide.code()).isZero();
        String[] start = wide.lines().get(1).split(",");
        assertThat(Double.parseDouble(start[3])).isCloseTo(1200 * Math.sin(1), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Double.parseDouble(start[4])).isCloseTo(1200 * Math.cos(1), org.assertj.core.data.Offset.offset(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sgd                  | --optimizer=sgd                               | ''",
        "sgd momentum         | --optimizer=sgd --momentum=0.9                | momentum_buffer_x,momentum_buffer_y",
        "rmsprop              | --optimizer=rmsprop                           | square_avg_x,square_avg_y",
        "rmsprop centered     | --optimizer=rmsprop --centered --momentum=0.5 | square_avg_x,square_avg_y,grad_avg_x,grad_avg_y,momentum_buffer_x,momentum_buffer_y",
        "adagrad keras        | --optimizer=adagrad --convention=keras        | sum_x,sum_y",
        "adam                 | --optimizer=adam                              | exp_avg_x,exp_avg_y,exp_avg_sq_x,exp_avg_sq_y",
        "adam amsgrad keras   | --optimizer=adam --amsgrad --convention=keras | exp_avg_x,exp_avg_y,exp_avg_sq_x,exp_avg_sq_y,max_exp_avg_sq_x,max_exp_avg_sq_y",
        "nadam                | --optimizer=nadam                             | exp_avg_x,exp_avg_y,exp_avg_sq_x,exp_avg_sq_y,mu_product",
        "adadelta             | --optimizer=adadelta                          | square_avg_x,square_avg_y,acc_delta_x,acc_delta_y",
    })
    void stateColumnsArePyTorchsNamesInEveryConventionEmptyAtTheStart(String what, String options, String columns) {
        List<String> args = new java.util.ArrayList<>(List.of("trace", "--surface=x^2+10*y^2", "--steps=2",
                "--start=1,1", "--state"));
        args.addAll(List.of(options.split(" ")));
        Result r = run(args.toArray(String[]::new));
        assertThat(r.code()).as(what).isZero();
        String header = "step,x,y,loss,grad_x,grad_y,lr_x,lr_y" + (columns.isEmpty() ? "" : "," + columns);
        assertThat(r.lines().get(0)).as(what).isEqualTo(header);
        int extra = columns.isEmpty() ? 0 : columns.split(",").length;
        assertThat(r.lines().get(1)).as(what).endsWith(",".repeat(2 + extra));
        assertThat(r.lines().get(2).split(",", -1)).as(what).hasSize(8 + extra).doesNotContain("");
    }

    @Test
    void stateColumnsHoldTheHandWorkedState() {
        // SGD with momentum 0.5, η = 0.1 on x² + 10y² from (1, 1): g₀ = (2, 20), buf₁ = g₀,
        // θ₁ = (0.8, −1), g₁ = (1.6, −20), buf₂ = 0.5·buf₁ + g₁ = (2.6, −10).
        Result r = run("trace", "--surface", "x^2+10*y^2", "--optimizer", "sgd", "--lr", "0.1", "--momentum", "0.5",
                "--steps", "2", "--start", "1,1", "--state");
        assertThat(r.lines().get(2)).endsWith(",0.1,0.1,2.0,20.0");
        assertThat(r.lines().get(3)).endsWith(",0.1,0.1,2.6,-10.0");
        // Nadam's mu_product after step 1 is μ₁ = β1·(1 − 0.5·0.96^0.004).
        Result nadam = run("trace", "--surface", "x^2+10*y^2", "--optimizer", "nadam", "--steps", "1",
                "--start", "1,1", "--state");
        String[] row = nadam.lines().get(2).split(",");
        assertThat(Double.parseDouble(row[row.length - 1])).isEqualTo(0.9 * (1 - 0.5 * Math.pow(0.96, 0.004)));
    }

    @Test
    void hessianColumnsFollowTheStateColumns() {
        Result r = run("trace", "--surface", "x^2+10*y^2", "--optimizer", "rmsprop", "--steps", "1",
                "--start", "-4,2", "--hessian", "--state");
        assertThat(r.lines().get(0)).isEqualTo("step,x,y,loss,grad_x,grad_y,lr_x,lr_y,square_avg_x,square_avg_y,h_xx,h_xy,h_yy");
        assertThat(r.lines().get(1)).endsWith(",,,,,2.0,0.0,20.0");
        assertThat(r.lines().get(2)).endsWith(",2.0,0.0,20.0");
        // Rosenbrock at its start (−1.5, 2): [[2 − 400(y − 3x²), −400x], [−400x, 200]]
        Result rosenbrock = run("trace", "--surface", "rosenbrock", "--optimizer", "sgd", "--steps", "0",
                "--start", "-1.5,2", "--hessian");
        assertThat(rosenbrock.lines().get(1)).endsWith(",," + (2 - 400 * (2 - 3 * 2.25)) + ",600.0,200.0");
    }

    @Test
    void jsonCarriesTheStateAndHessianWithNullAtTheStart() throws Exception {
        Result r = run("trace", "--surface", "x^2+10*y^2", "--optimizer", "adam", "--steps", "1",
                "--start", "1,1", "--state", "--hessian", "--format", "json");
        JsonNode rows = new ObjectMapper().readTree(r.out()).path("rows");
        assertThat(rows.get(0).path("exp_avg_x").isNull()).isTrue();
        assertThat(rows.get(0).path("h_yy").asDouble()).isEqualTo(20.0);
        // exp_avg after one step is (1 − β1)·g = 0.1·(2, 20)
        assertThat(rows.get(1).path("exp_avg_y").asDouble()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(rows.get(1).path("exp_avg_sq_x").asDouble()).isCloseTo(0.004, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void helpDocumentsEveryOption() {
        Result r = run("trace", "--help");
        assertThat(r.code()).isZero();
        for (String option : List.of("--surface", "--optimizer", "--lr", "--steps", "--start", "--momentum",
                "--nesterov", "--beta", "--eps", "--eps-placement", "--centered", "--bias-correction",
                "--initial-accumulator", "--beta1", "--beta2", "--amsgrad", "--convention", "--format", "--state",
                "--hessian")) {
            assertThat(r.out()).contains(option);
        }
    }

    /** A valid trace command line with one option replaced (or added). */
    private static String[] withOverride(String override) {
        String name = override.substring(0, override.indexOf('='));
        List<String> base = new java.util.ArrayList<>(List.of("trace", "--surface=x^2+y^2", "--optimizer=rmsprop",
                "--lr=0.01", "--steps=10", "--start=1,1"));
        base.removeIf(arg -> arg.startsWith(name + "="));
        base.add(override);
        return base.toArray(String[]::new);
    }
}
