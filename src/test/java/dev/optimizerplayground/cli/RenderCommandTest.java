package dev.optimizerplayground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.text.Language;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.export.PngEncoder;
import dev.optimizerplayground.session.OptimizerLane;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxToolkit;

/** {@code render} in process: real files, decoded back; every bad input is one line and exit 2. */
class RenderCommandTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void javaFxIsRunning() throws TimeoutException {
        // Started here, so render uses it and leaves it running for the other UI tests of this JVM.
        FxToolkit.registerPrimaryStage();
    }

    private static TraceCommandTest.Result render(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "render";
        System.arraycopy(args, 0, all, 1, args.length);
        return TraceCommandTest.run(all);
    }

    @Test
    void rendersAShippedScenarioToAPngOfTheRequestedSize() throws IOException {
        Path scenario = dir.resolve("momentum.json");
        try (InputStream in = getClass().getResourceAsStream(
                "/dev/optimizerplayground/scenarios/momentum-narrow-valley.json")) {
            Files.write(scenario, in.readAllBytes());
        }
        Path out = dir.resolve("plot.png");
        TraceCommandTest.Result r = render("--scenario", scenario.toString(), "--out", out.toString(),
                "--width", "500", "--height", "360");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("wrote " + out);
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(500);
        assertThat(image.getHeight()).isEqualTo(360);
    }

    @Test
    void twoOptimizerGroupsMakeAGifWithTheFramesDelayAndLoopAsked() throws IOException {
        Path out = dir.resolve("race.gif");
        TraceCommandTest.Result r = render("--surface", "x^2 + 10*y^2", "--start", "-4,2", "--steps", "30",
                "--optimizer", "rmsprop", "--lr", "0.1", "--optimizer", "adam", "--lr", "0.05",
                "--out", out.toString(), "--frames", "6", "--fps", "10", "--width", "240", "--height", "180");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        var gif = dev.optimizerplayground.ui.export.GifFile.read(out);
        assertThat(gif).isEqualTo(new dev.optimizerplayground.ui.export.GifFile(240, 180, 6, 10, true));
    }

    @Test
    void anMp4HasTheFramesSizeAndDurationAsked() throws IOException {
        Path out = dir.resolve("race.mp4");
        TraceCommandTest.Result r = render("--surface", "x^2 + 10*y^2", "--start", "-4,2", "--steps", "30",
                "--optimizer", "rmsprop", "--lr", "0.1", "--optimizer", "adam", "--lr", "0.05",
                "--out", out.toString(), "--frames", "15", "--fps", "60", "--width", "240", "--height", "180",
                "--title", "Race", "--layout", "side-by-side");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("wrote " + out + ": 240×180, 15 frames");
        assertThat(dev.optimizerplayground.export.Mp4File.read(out))
                .isEqualTo(new dev.optimizerplayground.export.Mp4File(240, 180, 15, 0.25, 15));
    }

    @Test
    void aSecondRmspropGroupIsDrawnAsRmspropBInGrey() throws IOException {
        Path out = dir.resolve("two.png");
        TraceCommandTest.Result r = render("--surface", "elongated-valley", "--steps", "120",
                "--optimizer", "rmsprop", "--lr", "0.1", "--optimizer", "rmsprop", "--lr", "0.1", "--beta", "0.5",
                "--out", out.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(pngDescription(out)).startsWith("f(x, y) = x^2 + 10*y^2; ")
                .contains("RMSProp: η=0.1 β=0.9", "RMSProp B: η=0.1 β=0.5");
        BufferedImage image = ImageIO.read(out.toFile());
        // Above the legend, so these are the trails and their dots, not the legend's swatches.
        assertThat(pixelsOf(image, OptimizerLane.RMSPROP.colour(), 0.8)).isGreaterThan(100);
        assertThat(pixelsOf(image, OptimizerLane.RMSPROP_B.colour(), 0.8)).isGreaterThan(100);
    }

    @Test
    void noiseDrawsEachOptimizerAsACloudAndTheCaptionSaysSo() throws IOException {
        String[] race = {"--surface", "elongated-valley", "--steps", "120", "--optimizer", "sgd", "--lr", "0.05",
                "--optimizer", "rmsprop", "--lr", "0.05", "--schedule", "cosine:120", "--warmup", "5",
                "--noise", "3", "--seed", "7"};
        Path alone = dir.resolve("alone.png");
        Path cloud = dir.resolve("cloud.png");
        TraceCommandTest.Result one = render(concat(race, "--noise-runs", "1", "--out", alone.toString()));
        TraceCommandTest.Result many = render(concat(race, "--noise-runs", "12", "--out", cloud.toString()));
        assertThat(one.err()).isEmpty();
        assertThat(many.err()).isEmpty();
        assertThat(pngDescription(cloud)).contains("RMSProp: η=0.05", "· schedule cosine:120, warm-up 5 · noise σ=3 seed 7",
                "SGD: η=0.05 · noise σ=3 seed 7");
        // The seed's own run is the same in both; only the other eleven runs and the mean paths differ.
        BufferedImage a = ImageIO.read(alone.toFile());
        BufferedImage b = ImageIO.read(cloud.toFile());
        int differing = 0;
        for (int y = 0; y < a.getHeight() * 0.75; y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                differing += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        assertThat(differing).isGreaterThan(2000);
    }

    @Test
    void badNoiseRunsAreRefused() {
        TraceCommandTest.Result r = render("--surface", "bowl", "--optimizer", "sgd", "--noise", "1",
                "--noise-runs", "65", "--out", dir.resolve("x.png").toString());
        assertThat(r.code()).isEqualTo(PlaygroundCommand.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("error: --noise-runs must be between 1 and 64, got 65");
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    @Test
    void layoutSideBySideGivesEachOptimizerItsOwnPlot() throws IOException {
        Path out = dir.resolve("pair.png");
        TraceCommandTest.Result r = render("--surface", "elongated-valley", "--steps", "60",
                "--optimizer", "rmsprop", "--lr", "0.1", "--optimizer", "adam", "--lr", "0.1",
                "--layout", "side-by-side", "--out", out.toString(), "--width", "640", "--height", "400");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertOnePlotPerHalf(ImageIO.read(out.toFile()), OptimizerLane.RMSPROP, OptimizerLane.ADAM);
    }

    @Test
    void aSideBySideScenarioRendersSideBySideUnlessLayoutOverridesIt() throws IOException {
        Path scenario = dir.resolve("pair.json");
        Files.writeString(scenario, """
                { "format" : "optimizer-playground-scenario", "version" : 1, "title" : "Pair",
                  "preset" : "elongated-valley", "steps" : 60, "layout" : "side-by-side",
                  "lanes" : {
                    "rmsprop" : { "config" : { "optimizer" : "rmsprop", "learningRate" : 0.1 } },
                    "adam" : { "config" : { "optimizer" : "adam", "learningRate" : 0.1 } } } }
                """);
        Path out = dir.resolve("pair.png");
        TraceCommandTest.Result r = render("--scenario", scenario.toString(), "--out", out.toString(),
                "--width", "640", "--height", "400");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertOnePlotPerHalf(ImageIO.read(out.toFile()), OptimizerLane.RMSPROP, OptimizerLane.ADAM);

        Path overlay = dir.resolve("overlay.png");
        r = render("--scenario", scenario.toString(), "--out", overlay.toString(), "--layout", "overlay",
                "--width", "640", "--height", "400");
        assertThat(r.code()).as(r.err()).isZero();
        BufferedImage image = ImageIO.read(overlay.toFile());
        // Both runs start at (−4, 2), in the left part of the one plot: both colours meet there.
        assertThat(pixelsIn(image, 0, image.getWidth() / 2, OptimizerLane.RMSPROP.colour(), 0.75)).isPositive();
        assertThat(pixelsIn(image, 0, image.getWidth() / 2, OptimizerLane.ADAM.colour(), 0.75)).isPositive();
    }

    @Test
    void anUnknownLayoutIsNamed() {
        TraceCommandTest.Result r = render("--surface", "bowl", "--optimizer", "sgd", "--layout", "grid",
                "--out", dir.resolve("x.png").toString());
        assertThat(r.code()).isEqualTo(PlaygroundCommand.BAD_INPUT);
        assertThat(r.err()).contains("overlay, side-by-side or 3d").contains("'grid'");
    }

    @Test
    void theThreeDViewShowsTheSurfaceAndChangesWithTheAngles() throws IOException {
        Path front = dir.resolve("front.png");
        Path turned = dir.resolve("turned.png");
        Path above = dir.resolve("above.png");
        // An SGD run too slow to leave the start: nothing covers the middle of the bowl but its star.
        String[] common = {"--surface", "bowl", "--steps", "60", "--optimizer", "sgd", "--lr", "1e-6",
                "--view", "3d", "--width", "320", "--height", "240"};
        assertThat(render(concat(common, "--out", front.toString())).code()).isZero();
        assertThat(render(concat(common, "--azimuth", "60", "--out", turned.toString())).code()).isZero();
        TraceCommandTest.Result r = render(concat(common, "--azimuth", "0", "--elevation", "90", "--out",
                above.toString()));
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();

        BufferedImage frontImage = ImageIO.read(front.toFile());
        BufferedImage turnedImage = ImageIO.read(turned.toFile());
        BufferedImage aboveImage = ImageIO.read(above.toFile());
        assertThat(distinctColours(frontImage)).as("a shaded, coloured surface").isGreaterThan(50);
        assertThat(differingPixels(frontImage, turnedImage)).isGreaterThan(2000);
        assertThat(differingPixels(frontImage, aboveImage)).isGreaterThan(2000);
        // From straight above, the bowl's minimum lies mid-way down the surface, in viridis' dark
        // purple-blue, darker than its rim: the surface is where it should be, the right way up.
        int x = aboveImage.getWidth() / 2 + 14; // beside the white star at the minimum
        int top = 0;
        while (top < aboveImage.getHeight() && aboveImage.getRGB(x, top) == 0xFFFFFFFF) {
            top++;
        }
        int bottom = top;
        while (bottom + 1 < aboveImage.getHeight() && aboveImage.getRGB(x, bottom + 1) != 0xFFFFFFFF) {
            bottom++;
        }
        assertThat(bottom - top).as("the surface's height on screen").isGreaterThan(aboveImage.getHeight() / 4);
        int middle = aboveImage.getRGB(x, (top + bottom) / 2);
        int rim = aboveImage.getRGB(x, top + 4);
        assertThat(middle & 0xFF).as("blue at the minimum").isGreaterThan((middle >> 8) & 0xFF);
        assertThat(luminance(middle)).as("darker at the minimum than at the rim").isLessThan(luminance(rim));
    }

    @Test
    void anglesNeedTheThreeDViewAndAnElevationInRange() {
        TraceCommandTest.Result flat = render("--surface", "bowl", "--optimizer", "sgd", "--azimuth", "30",
                "--out", dir.resolve("x.png").toString());
        assertThat(flat.code()).isEqualTo(PlaygroundCommand.BAD_INPUT);
        assertThat(flat.err()).contains("--view 3d");
        TraceCommandTest.Result steep = render("--surface", "bowl", "--optimizer", "sgd", "--view", "3d",
                "--elevation", "120", "--out", dir.resolve("x.png").toString());
        assertThat(steep.code()).isEqualTo(PlaygroundCommand.BAD_INPUT);
        assertThat(steep.err()).contains("--elevation must be between 0 and 90").contains("120");
        TraceCommandTest.Result both = render("--surface", "bowl", "--optimizer", "sgd", "--view", "3d",
                "--layout", "overlay", "--out", dir.resolve("x.png").toString());
        assertThat(both.code()).isEqualTo(PlaygroundCommand.BAD_INPUT);
        assertThat(both.err()).contains("--layout or --view");
    }

    private static int luminance(int rgb) {
        return ((rgb >> 16) & 0xFF) * 3 + ((rgb >> 8) & 0xFF) * 6 + (rgb & 0xFF);
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                differing += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return differing;
    }


    /** Two cells side by side: the left shows only the first lane's colour, the right only the second's. */
    private static void assertOnePlotPerHalf(BufferedImage image, OptimizerLane left, OptimizerLane right) {
        int half = image.getWidth() / 2;
        // The top three quarters: the plots, not the legend's swatches below them.
        assertThat(pixelsIn(image, 0, half, left.colour(), 0.75)).as("left: " + left.displayName()).isGreaterThan(50);
        assertThat(pixelsIn(image, 0, half, right.colour(), 0.75)).as("left: no " + right.displayName()).isZero();
        assertThat(pixelsIn(image, half, image.getWidth(), right.colour(), 0.75)).as("right: " + right.displayName())
                .isGreaterThan(50);
        assertThat(pixelsIn(image, half, image.getWidth(), left.colour(), 0.75)).as("right: no " + left.displayName())
                .isZero();
    }

    /** Pixels of exactly {@code colour} in columns [x0, x1) of the top {@code fraction} of the image. */
    private static int pixelsIn(BufferedImage image, int x0, int x1, String colour, double fraction) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        int count = 0;
        for (int y = 0; y < image.getHeight() * fraction; y++) {
            for (int x = x0; x < x1; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Pixels of exactly {@code colour} ("#RRGGBB") in the top {@code fraction} of the image. */
    private static int pixelsOf(BufferedImage image, String colour, double fraction) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        int count = 0;
        for (int y = 0; y < image.getHeight() * fraction; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }

    private static String pngDescription(Path png) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode entry = (IIOMetadataNode) root.getElementsByTagName("iTXtEntry").item(0);
            assertThat(entry.getAttribute("keyword")).isEqualTo(PngEncoder.DESCRIPTION_KEY);
            return entry.getAttribute("text");
        } finally {
            reader.dispose();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "--surface bowl --optimizer sgd --out DIR/x.jpg",
            "--surface bowl --optimizer sgd --out /no/such/folder/x.png",
            "--surface bowl --out DIR/x.png",
            "--scenario DIR/missing.json --out DIR/x.png",
            "--scenario DIR/bad.json --out DIR/x.png",
            "--surface sin( --start 0,0 --optimizer sgd --out DIR/x.png",
            "--surface x^2 --optimizer sgd --out DIR/x.png",
            "--surface bowl --optimizer rmsprop --optimizer rmsprop --optimizer rmsprop --out DIR/x.png",
            "--surface bowl --optimizer nosuch --out DIR/x.png",
            "--surface bowl --optimizer sgd --lr -1 --out DIR/x.png",
            "--surface bowl --optimizer sgd --steps 10 --step 11 --out DIR/x.png",
            "--surface bowl --optimizer sgd --frames 0 --out DIR/x.gif",
            "--surface bowl --optimizer sgd --fps 0.001 --out DIR/x.gif",
            "--surface bowl --optimizer sgd --fps 61 --out DIR/x.mp4",
            "--surface bowl --optimizer sgd --fps 0.5 --out DIR/x.mp4",
            "--surface bowl --optimizer sgd --width 801 --out DIR/x.mp4",
            "--surface bowl --optimizer sgd --height 4000 --out DIR/x.mp4",
            "--surface bowl --optimizer sgd --frames 0 --out DIR/x.mp4",
            "--surface bowl --optimizer sgd --width 10 --out DIR/x.png",
            "--optimizer sgd --out DIR/x.png",
            "--surface bowl --optimizer sgd --lang fr --out DIR/x.png",
            "--surface bowl --optimizer sgd"})
    void badInputIsOneLineAndExitTwo(String line) throws IOException {
        Files.writeString(dir.resolve("bad.json"), "{ \"format\": \"optimizer-playground-scenario\", \"steps\": ");
        String[] args = line.replace("DIR", dir.toString()).split(" ");
        TraceCommandTest.Result r = render(args);
        assertThat(r.code()).as(r.err()).isEqualTo(PlaygroundCommand.BAD_INPUT);
        assertThat(r.err().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("error: ");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bad.json");
        }
    }

    @Test
    void langZhDrawsThePictureAndLeavesTheProcessInEnglish() throws IOException {
        Path out = dir.resolve("zh.png");
        TraceCommandTest.Result r = render("--surface", "bowl", "--optimizer", "adam", "--lr", "0.1", "--steps", "20",
                "--lang", "zh", "--out", out.toString(), "--width", "320", "--height", "240");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("wrote " + out);
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(320);
        assertThat(Messages.language()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void langZhTitlesThePictureWithTheLessonsChineseTitle() throws IOException {
        Path scenario = dir.resolve("lesson.json");
        Files.writeString(scenario, "{ \"format\": \"optimizer-playground-scenario\", \"version\": 3,"
                + " \"title\": \"Momentum\", \"preset\": \"bowl\", \"lanes\": { \"adam\": { \"enabled\": true } },"
                + " \"translations\": { \"zh\": { \"title\": \"动量\" } } }");
        Path zh = dir.resolve("zh.png");
        Path en = dir.resolve("en.png");
        assertThat(render("--scenario", scenario.toString(), "--steps", "10", "--lang", "zh", "--out", zh.toString(),
                "--width", "320", "--height", "240").code()).isZero();
        assertThat(render("--scenario", scenario.toString(), "--steps", "10", "--out", en.toString(),
                "--width", "320", "--height", "240").code()).isZero();
        assertThat(pngDescription(zh)).startsWith("动量 — ");
        assertThat(pngDescription(en)).startsWith("Momentum — ");
    }

    @Test
    void anUnknownLanguageIsOneLineNamingTheChoices() {
        TraceCommandTest.Result r = render("--surface", "bowl", "--optimizer", "sgd", "--lang", "fr",
                "--out", dir.resolve("x.png").toString());
        assertThat(r.code()).isEqualTo(PlaygroundCommand.BAD_INPUT);
        assertThat(r.err().lines()).containsExactly(
                "error: Invalid value for option '--lang': language must be en or zh, got 'fr'");
    }

    @Test
    void aScenarioErrorIsNamed() throws IOException {
        Files.writeString(dir.resolve("bad.json"), "{ \"format\": \"optimizer-playground-scenario\", \"steps\": -3 }");
        TraceCommandTest.Result r = render("--scenario", dir.resolve("bad.json").toString(), "--out",
                dir.resolve("x.png").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.json").contains("steps");
    }

    @Test
    void aScenarioThatIsNotTextSaysSoInsteadOfTheDecodersWords() throws IOException {
        Files.write(dir.resolve("photo.json"), new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xFF});
        TraceCommandTest.Result r = render("--scenario", dir.resolve("photo.json").toString(), "--out",
                dir.resolve("x.png").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: cannot read " + dir.resolve("photo.json")
                + ": it is not a text file (a scenario is a .json file)" + System.lineSeparator());
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
        Path huge = dir.resolve("huge.json");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L << 20); // sparse: no disk used
        }
        TraceCommandTest.Result r = render("--scenario", huge.toString(), "--out", dir.resolve("x.png").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: cannot read " + huge.toAbsolutePath()
                + ": it is 50 MB, far too large to be a scenario" + System.lineSeparator());
    }

    /** /dev/zero gave a PNG and exit 0; a named pipe hung for ever. */
    @Test
    void aScenarioThatIsNotARegularFileIsRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        for (Path odd : java.util.List.of(Path.of("/dev/zero"), fifo)) {
            TraceCommandTest.Result r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(10),
                    () -> render("--scenario", odd.toString(), "--out", dir.resolve("x.png").toString()));
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("error: cannot read " + odd.toAbsolutePath()
                    + ": it is not a regular file (a device, a pipe or a socket)" + System.lineSeparator());
            assertThat(dir.resolve("x.png")).doesNotExist();
        }
    }
}
