package dev.optimizerplayground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The real entry point in its own JVM: exit codes, streams, and no JavaFX for a headless command. */
class MainProcessTest {

    @Test
    void traceRunsHeadlessInItsOwnProcess() throws Exception {
        Process p = start("trace", "--surface", "booth", "--optimizer", "adagrad", "--steps", "5", "--start", "0,0");
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isZero();
        assertThat(out.lines()).hasSize(7).first().isEqualTo("step,x,y,loss,grad_x,grad_y,lr_x,lr_y");
    }

    @Test
    void badInputExitsWithCodeTwoAndOneLine() throws Exception {
        Process p = start("trace", "--surface", "sin(", "--optimizer", "sgd", "--steps", "5", "--start", "0,0");
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(err.lines()).hasSize(1);
        assertThat(err).startsWith("error: ");
    }

    /** A million Adam steps held in memory take about 90 MB; streamed, the rows need none of it. */
    @Test
    void aMillionStepsStreamWithinA64MegabyteHeap() throws Exception {
        Path out = Files.createTempFile("trace-million", ".csv");
        try {
            Process p = new ProcessBuilder(command(List.of("-Xmx64m"), "trace", "--surface", "rosenbrock",
                    "--optimizer", "adam", "--steps", "1000000", "--start", "-1.5,2"))
                    .redirectOutput(out.toFile()).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(err).isEmpty();
            assertThat(p.exitValue()).isZero();
            try (var lines = Files.lines(out)) {
                assertThat(lines.count()).isEqualTo(1_000_002);
            }
        } finally {
            Files.delete(out);
        }
    }

    /** 8000×8000 on a small heap died with an OutOfMemoryError; as a GIF it hung and left a temp file. */
    @Test
    void aPictureTheHeapCannotHoldIsRefusedInOneLineAndLeavesNothing(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        for (String name : List.of("huge.gif", "huge.png")) {
            Process p = new ProcessBuilder(command(List.of("-Xmx256m"), "render", "--surface", "rosenbrock",
                    "--optimizer", "adam", "--steps", "20", "--frames", "5", "--width", "8000", "--height", "8000",
                    "--out", dir.resolve(name).toString())).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("never hangs").isTrue();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(err).isEqualTo(2);
            assertThat(err.lines()).as(err).hasSize(1);
            assertThat(err).startsWith("error: a 8000×8000 ").contains("give Java more memory");
            try (var files = Files.list(dir)) {
                assertThat(files).as("no picture, no temporary file").isEmpty();
            }
        }
    }

    private static Process start(String... args) throws IOException {
        return new ProcessBuilder(command(List.of(), args)).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    }

    private static List<String> command(List<String> jvmOptions, String... args) {
        List<String> command = new java.util.ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
