package dev.optimizerplayground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SweepCommandTest {

    @TempDir
    Path dir;

    private static final String[] SGD_ON_ROSENBROCK = {"sweep", "--surface", "rosenbrock", "--start", "-1.5,2",
        "--steps", "400", "--optimizer", "sgd"};

    private TraceCommandTest.Result sweep(String... options) {
        List<String> args = new ArrayList<>(List.of(SGD_ON_ROSENBROCK));
        for (String option : options) {
            args.add(option.replace("DIR", dir.toString()));
        }
        return TraceCommandTest.run(args.toArray(String[]::new));
    }

    @Test
    void csvHasOneRowPerCellAndEachEqualsTrace() throws IOException {
        TraceCommandTest.Result r = sweep("--x-param", "lr", "--x-range", "1e-5:1e-2", "--x-log", "--x-count", "7",
                "--y-param", "momentum", "--y-range", "0:0.9", "--y-count", "4", "--out", "DIR/s.csv");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("wrote ").contains("7×4 cells");
        List<String> lines = Files.readAllLines(dir.resolve("s.csv"));
        assertThat(lines.get(0)).isEqualTo("lr,momentum,final_loss,converged_step,diverged_step");
        assertThat(lines).hasSize(1 + 7 * 4);
        int diverged = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cell = line.split(",", -1);
            assertThat(cell).hasSize(5);
            JsonNode trace = trace("--lr", cell[0], "--momentum", cell[1]);
            assertThat(cell[3]).isEqualTo(step(trace.path("convergedAtStep")));
            assertThat(cell[4]).isEqualTo(step(trace.path("divergedAtStep")));
            JsonNode rows = trace.path("rows");
            if (trace.path("divergedAtStep").isNull()) {
                assertThat(cell[2]).isEqualTo(Double.toString(rows.get(rows.size() - 1).path("loss").asDouble()));
            } else {
                assertThat(cell[2]).isEmpty();
                diverged++;
            }
        }
        assertThat(diverged).as("the grid holds both kinds of cell").isBetween(1, 27);
        // Rows go by lr, then momentum, both ascending, with the values of the formulas.
        assertThat(lines.get(1)).startsWith("1.0E-5,0.0,");
        assertThat(lines.get(2)).startsWith("1.0E-5," + 0.9 * (1.0 / 3) + ",");
        assertThat(lines.get(28)).startsWith(1e-5 * Math.pow(1e-2 / 1e-5, 1.0) + ",0.9,");
    }

    @Test
    void aOneDimensionalSweepHasNoSecondColumn() throws IOException {
        TraceCommandTest.Result r = sweep("--x-param", "lr", "--x-range", "0.0001:0.001", "--x-count", "3",
                "--out", "DIR/s.csv");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("s.csv"));
        assertThat(lines.get(0)).isEqualTo("lr,final_loss,converged_step,diverged_step");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(2)).startsWith((0.0001 + (0.001 - 0.0001) * 0.5) + ",");
    }

    @Test
    void trainingConditionsApplyToEveryCellAsInTrace() throws IOException {
        String[] conditions = {"--noise", "0.5", "--seed", "7", "--schedule", "exp:0.99"};
        List<String> options = new ArrayList<>(List.of(conditions));
        options.addAll(List.of("--x-param", "lr", "--x-range", "1e-4:1e-3", "--x-log", "--x-count", "3",
                "--out", "DIR/s.csv"));
        TraceCommandTest.Result r = sweep(options.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("s.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cell = line.split(",", -1);
            List<String> traceOptions = new ArrayList<>(List.of(conditions));
            traceOptions.addAll(List.of("--lr", cell[0]));
            JsonNode rows = trace(traceOptions.toArray(String[]::new)).path("rows");
            assertThat(cell[1]).isEqualTo(Double.toString(rows.get(rows.size() - 1).path("loss").asDouble()));
        }
    }

    @Test
    void pngHasOneBlockPerCellWithDivergedCellsHatched() throws IOException {
        TraceCommandTest.Result r = sweep("--x-param", "lr", "--x-range", "1e-5:1e-2", "--x-log", "--x-count", "16",
                "--y-param", "momentum", "--y-range", "0:0.9", "--y-count", "8", "--out", "DIR/s.png");
        assertThat(r.code()).as(r.err()).isZero();
        BufferedImage image = ImageIO.read(dir.resolve("s.png").toFile());
        assertThat(image.getWidth()).isEqualTo(16 * 32);
        assertThat(image.getHeight()).isEqualTo(8 * 32);
        // Largest η and momentum (top right) diverge: black and white stripes, no scale colour.
        int ink = 0;
        int paper = 0;
        for (int y = 0; y < 32; y++) {
            for (int x = 15 * 32; x < 16 * 32; x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                ink += rgb == 0x202020 ? 1 : 0;
                paper += rgb == 0xFFFFFF ? 1 : 0;
            }
        }
        assertThat(ink + paper).isEqualTo(32 * 32);
        assertThat(ink).isPositive();
        assertThat(paper).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--x-param beta --x-range 0:0.9 --x-count 4 --out DIR/x.csv",
        "--x-param lr --x-range 0:0.1 --x-log --x-count 4 --out DIR/x.csv",
        "--x-param lr --x-range -1:0.1 --x-log --x-count 4 --out DIR/x.csv",
        "--x-param lr --x-range 0.1:1 --x-count 1001 --out DIR/x.csv",
        "--x-param lr --x-range 0.1:1 --x-count 4 --y-param momentum --y-range 0:0.9 --y-count 1001 --out DIR/x.csv",
        "--x-param momentum --x-range 0:1 --x-count 4 --out DIR/x.csv",
        "--x-param nosuch --x-range 0:1 --x-count 4 --out DIR/x.csv",
        "--x-param lr --x-range 0.1:1 --x-count 4 --y-param lr --y-range 0.1:1 --y-count 4 --out DIR/x.csv",
        "--x-param lr --x-range 0.1 --x-count 4 --out DIR/x.csv",
        "--x-param lr --x-range 0.1:1 --x-count 4 --y-range 0:1 --out DIR/x.csv",
        "--x-param lr --x-range 0.1:1 --x-count 4 --y-param momentum --out DIR/x.csv",
        "--lr 0.1 --x-param lr --x-range 0.1:1 --x-count 4 --out DIR/x.csv",
        "--x-param lr --x-range 0.1:1 --x-count 4 --out DIR/x.txt",
        "--x-param lr --x-range 0.1:1 --x-count 4 --out DIR/missing/x.csv",
        "--x-param lr --x-range 0.1:1 --x-count 4"})
    void badInputIsOneLineAndExitTwo(String line) throws IOException {
        TraceCommandTest.Result r = sweep(line.split(" "));
        assertThat(r.code()).as(r.err()).isEqualTo(PlaygroundCommand.BAD_INPUT);
        assertThat(r.err().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("error: ");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aParameterOfAnotherOptimizerIsNamedWithTheOnesThatApply() {
        TraceCommandTest.Result r = sweep("--x-param", "beta", "--x-range", "0:0.9", "--x-count", "4",
                "--out", "DIR/x.csv");
        assertThat(r.err()).isEqualTo("error: beta does not apply to sgd; it takes lr, momentum"
                + System.lineSeparator());
    }

    @Test
    void aStartWhereTheSurfaceIsUndefinedIsBadInput() {
        TraceCommandTest.Result r = TraceCommandTest.run("sweep", "--surface", "log(x)", "--start", "-1,0",
                "--steps", "5", "--optimizer", "sgd", "--x-param", "lr", "--x-range", "0.1:1", "--x-count", "3",
                "--out", dir.resolve("x.csv").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("not defined at the start");
    }

    @Test
    void everyHyperparameterCanBeSweptByItsTraceOptionWithoutDashes() {
        for (dev.optimizerplayground.core.optimizer.Hyperparameter h
                : dev.optimizerplayground.core.optimizer.Hyperparameter.values()) {
            dev.optimizerplayground.core.optimizer.OptimizerKind kind = java.util.Arrays.stream(
                    dev.optimizerplayground.core.optimizer.OptimizerKind.values()).filter(h::appliesTo)
                    .findFirst().orElseThrow();
            assertThat(OptimizerOptions.numeric(h.option().substring(2), kind)).isEqualTo(h);
        }
    }

    private static JsonNode trace(String... options) {
        List<String> args = new ArrayList<>(List.of(SGD_ON_ROSENBROCK));
        args.set(0, "trace");
        args.addAll(List.of(options));
        args.addAll(List.of("--format", "json"));
        TraceCommandTest.Result r = TraceCommandTest.run(args.toArray(String[]::new));
        try {
            return new ObjectMapper().readTree(r.out());
        } catch (IOException e) {
            throw new AssertionError(r.err(), e);
        }
    }

    private static String step(JsonNode step) {
        return step.isNull() ? "" : step.asText();
    }
}
