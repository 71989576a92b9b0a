package dev.optimizerplayground.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.optimizerplayground.cli.PlaygroundCommand;
import dev.optimizerplayground.core.format.TrajectoryExport.LaneTrajectory;
import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Presets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrajectoryExportTest {

    @TempDir
    Path dir;

    private static String trace(String... args) {
        StringWriter out = new StringWriter();
        int code = PlaygroundCommand.execute(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        return out.toString();
    }

    private static List<LaneTrajectory> runs() throws Exception {
        var surface = Presets.resolve("rosenbrock");
        return List.of(
                new LaneTrajectory("rmsprop", Runner.run(new RunSpec(surface,
                        OptimizerConfig.defaults(OptimizerKind.RMSPROP, Convention.TEXTBOOK).withLearningRate(0.01),
                        new Point(-1.5, 2), 100))),
                new LaneTrajectory("sgd-momentum", Runner.run(new RunSpec(surface,
                        OptimizerConfig.defaults(OptimizerKind.SGD, Convention.TEXTBOOK).withLearningRate(0.0005)
                                .withMomentum(0.9), new Point(-1.5, 2), 100))));
    }

    @Test
    void eachLaneFileIsByteForByteWhatTraceStatePrints() throws Exception {
        List<Path> files = TrajectoryExport.writeCsvFiles(dir.resolve("out"), "My Rosenbrock!", runs());
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("my-rosenbrock-rmsprop.csv", "my-rosenbrock-sgd-momentum.csv");
        assertThat(Files.readString(files.get(0))).isEqualTo(trace("trace", "--surface", "rosenbrock",
                "--optimizer", "rmsprop", "--lr", "0.01", "--steps", "100", "--start", "-1.5,2", "--state"));
        assertThat(Files.readString(files.get(1))).isEqualTo(trace("trace", "--surface", "rosenbrock",
                "--optimizer", "sgd", "--lr", "0.0005", "--momentum", "0.9", "--steps", "100", "--start", "-1.5,2", "--state"));
    }

    @Test
    void jsonHoldsEveryLaneWithTheTraceStateJsonOfEach() throws Exception {
        Path file = dir.resolve("runs.json");
        TrajectoryExport.writeJson(file, runs());
        JsonNode root = new ObjectMapper().readTree(Files.readString(file));
        assertThat(root.get("runs")).hasSize(2);
        JsonNode first = root.get("runs").get(0);
        assertThat(first.get("lane").asText()).isEqualTo("rmsprop");
        JsonNode traced = new ObjectMapper().readTree(trace("trace", "--surface", "rosenbrock", "--optimizer",
                "rmsprop", "--lr", "0.01", "--steps", "100", "--start", "-1.5,2", "--state", "--format", "json"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) first).remove("lane");
        assertThat(first).isEqualTo(traced);
    }

    @Test
    void namesAreSafeForFileSystems() {
        assertThat(TrajectoryExport.csvFileName("../a/b c", "adam")).isEqualTo("a-b-c-adam.csv");
        assertThat(TrajectoryExport.csvFileName("  ", "adam")).isEqualTo("run-adam.csv");
    }
}
