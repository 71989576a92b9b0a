package dev.optimizerplayground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    private static Process start(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    }
}
