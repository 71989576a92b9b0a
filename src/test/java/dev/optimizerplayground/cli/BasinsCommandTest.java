package dev.optimizerplayground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.optimizerplayground.core.surface.Presets;
import dev.optimizerplayground.core.surface.ViewWindow;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BasinsCommandTest {

    @TempDir
    Path dir;

    @Test
    void csvRowsStartAtCellCentresAndEachEqualsTrace() throws IOException {
        TraceCommandTest.Result r = TraceCommandTest.run("basins", "--surface", "himmelblau", "--optimizer", "sgd",
                "--lr", "0.01", "--steps", "300", "--grid", "5x4", "--out", dir.resolve("b.csv").toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("b.csv"));
        assertThat(lines.get(0)).isEqualTo("x0,y0,end_x,end_y,final_loss,converged_step,diverged_step,minimum");
        assertThat(lines).hasSize(1 + 5 * 4);
        ViewWindow window = Presets.byId("himmelblau").orElseThrow().window();
        String[] first = lines.get(1).split(",", -1);
        assertThat(first[0]).isEqualTo(Double.toString(window.xMin() + 0.5 * (window.width() / 5)));
        assertThat(first[1]).isEqualTo(Double.toString(window.yMax() - 0.5 * (window.height() / 4)));
        boolean[] reached = new boolean[4];
        for (String line : lines.subList(1, lines.size())) {
            String[] cell = line.split(",", -1);
            JsonNode trace = trace(cell[0] + "," + cell[1]);
            JsonNode last = trace.path("rows").get(trace.path("rows").size() - 1);
            assertThat(cell[2]).isEqualTo(Double.toString(last.path("x").asDouble()));
            assertThat(cell[3]).isEqualTo(Double.toString(last.path("y").asDouble()));
            assertThat(cell[4]).isEqualTo(Double.toString(last.path("loss").asDouble()));
            assertThat(cell[5]).isEqualTo(trace.path("convergedAtStep").asText());
            assertThat(cell[6]).isEmpty();
            reached[Integer.parseInt(cell[7])] = true;
        }
        assertThat(reached).containsOnly(true);
    }

    @Test
    void aDivergedStartHasNoEndNorMinimum() throws IOException {
        TraceCommandTest.Result r = TraceCommandTest.run("basins", "--surface", "x^2 + y^2", "--window", "-1,1,-1,1",
                "--optimizer", "sgd", "--lr", "10", "--steps", "1000", "--grid", "2x2", "--out",
                dir.resolve("b.csv").toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("b.csv"));
        assertThat(lines.get(1)).matches("-0\\.5,0\\.5,,,,,\\d+,");
    }

    @Test
    void pngColoursEachMinimumsBasin() throws IOException {
        TraceCommandTest.Result r = TraceCommandTest.run("basins", "--surface", "himmelblau", "--optimizer", "sgd",
                "--lr", "0.01", "--steps", "300", "--grid", "60x60", "--out", dir.resolve("b.png").toString());
        assertThat(r.code()).as(r.err()).isZero();
        BufferedImage image = ImageIO.read(dir.resolve("b.png").toFile());
        assertThat(image.getWidth()).isEqualTo(600);
        // Himmelblau's minimum 0 is (3, 2), top right; minimum 2 is (-3.78, -3.28), bottom left.
        assertThat(image.getRGB(550, 50)).isNotEqualTo(image.getRGB(50, 550));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--surface himmelblau --optimizer sgd --steps 10 --grid 1001x10 --out DIR/b.csv",
        "--surface himmelblau --optimizer sgd --steps 10 --grid 0x10 --out DIR/b.csv",
        "--surface himmelblau --optimizer sgd --steps 10 --grid 10 --out DIR/b.csv",
        "--surface x^2+y^2 --optimizer sgd --steps 10 --grid 10x10 --out DIR/b.csv",
        "--surface himmelblau --optimizer sgd --steps 10 --grid 10x10 --window 1,0,0,1 --out DIR/b.csv",
        "--surface himmelblau --optimizer sgd --steps 10 --grid 10x10 --window 1,2,3 --out DIR/b.csv",
        "--surface himmelblau --optimizer sgd --lr 0 --steps 10 --grid 10x10 --out DIR/b.csv",
        "--surface himmelblau --optimizer sgd --steps -1 --grid 10x10 --out DIR/b.csv",
        "--surface himmelblau --optimizer sgd --steps 10 --grid 10x10 --out DIR/b.gif"})
    void badInputIsOneLineAndExitTwo(String line) throws IOException {
        TraceCommandTest.Result r = TraceCommandTest.run(
                ("basins " + line.replace("DIR", dir.toString())).split(" "));
        assertThat(r.code()).as(r.err()).isEqualTo(PlaygroundCommand.BAD_INPUT);
        assertThat(r.err().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("error: ");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    private static JsonNode trace(String start) {
        TraceCommandTest.Result r = TraceCommandTest.run("trace", "--surface", "himmelblau", "--optimizer", "sgd",
                "--lr", "0.01", "--steps", "300", "--start", start, "--format", "json");
        try {
            return new ObjectMapper().readTree(r.out());
        } catch (IOException e) {
            throw new AssertionError(r.err(), e);
        }
    }
}
