package dev.optimizerplayground.cli;

import dev.optimizerplayground.core.files.ScenarioReader;
import dev.optimizerplayground.core.run.RunCloud;
import dev.optimizerplayground.core.run.StepLimits;
import dev.optimizerplayground.core.scenario.Scenario;
import dev.optimizerplayground.core.scenario.ScenarioFormatException;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.SurfaceParseException;
import dev.optimizerplayground.core.text.Language;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.NumberText;
import dev.optimizerplayground.core.text.QuotedText;
import dev.optimizerplayground.export.AnimationFormat;
import dev.optimizerplayground.plot.landscape.Camera;
import dev.optimizerplayground.session.LayoutMode;
import dev.optimizerplayground.session.PlaygroundState;
import dev.optimizerplayground.session.RenderedState;
import dev.optimizerplayground.session.RunPlan;
import dev.optimizerplayground.session.RunSet;
import dev.optimizerplayground.ui.export.HeadlessRender;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code render}: draws the plot of a scenario, or of runs described by options, into a PNG, an
 * animated GIF or an MP4 video, with no window. This class reads the input into a playground state
 * ({@link RenderedState}) and computes its runs ({@link RunPlan}), both plain Java; the image work
 * happens in the UI layer, through its one headless entry ({@link HeadlessRender}).
 */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draw the contour plot and the optimizers' trails into a PNG, an animated GIF or an MP4 video.",
                "Input is a scenario file, options, or both: options override the scenario's surface, start and "
                        + "steps, and any --optimizer replaces the scenario's optimizers.",
                "Each --optimizer starts a new run; the options after it (as in trace) configure that run.",
                "JavaFX always runs headless here (Monocle, software rendering), so the pixels are the same with "
                        + "or without a display."},
        footer = {"", "Examples:",
                "  render --scenario momentum.json --out plot.png --title \"Momentum\"",
                "  render --surface \"x^2 + 10*y^2\" --start -4,2 --steps 200 --optimizer rmsprop --lr 0.1"
                        + " --optimizer adam --lr 0.1 --out race.gif --frames 100",
                "  render --scenario momentum.json --out race.mp4 --frames 300 --fps 30",
                "  render --surface rosenbrock --optimizer rmsprop --lr 0.01 --optimizer adam --lr 0.05"
                        + " --layout side-by-side --out pair.png",
                "  render --surface rosenbrock --optimizer adam --lr 0.05 --view 3d --azimuth 30 --elevation 50"
                        + " --out landscape.gif"})
public final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE", description = "A scenario file saved by the app.")
    Path scenario;

    @Option(names = "--surface", paramLabel = "TEXT",
            description = "A preset name or a formula in x and y (a preset also brings its window and start).")
    String surface;

    @Option(names = "--start", paramLabel = "X,Y", converter = PointConverter.class, description = "Start point.")
    Point start;

    @Option(names = "--steps", paramLabel = "N",
            description = "Number of steps (default: the scenario's, else " + StepLimits.DEFAULT_STEPS + ").")
    Integer steps;

    @ArgGroup(exclusive = false, multiplicity = "0..*", heading = "%nOne group per run:%n")
    List<OptimizerOptions> optimizers = new ArrayList<>();

    @Mixin
    NoiseOptions noise;

    @Option(names = "--noise-runs", paramLabel = "K",
            description = "With --noise: runs per optimizer, seeds S … S+K−1, drawn faintly with their mean path "
                    + "(default: the scenario's, else " + RunCloud.DEFAULT_RUNS + "; 1 draws the seed's run alone).")
    Integer noiseRuns;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "plot.png, anim.gif or video.mp4 (H.264, even width and height).")
    Path out;

    @Option(names = "--width", paramLabel = "W", description = "Image width in pixels (default ${DEFAULT-VALUE}).")
    int width = 800;

    @Option(names = "--height", paramLabel = "H", description = "Image height in pixels (default ${DEFAULT-VALUE}).")
    int height = 600;

    @Option(names = "--scale", paramLabel = "S",
            description = "Multiplies line widths, text and margins (default ${DEFAULT-VALUE}); the pixel size stays "
                    + "--width × --height, so --width 1600 --height 1200 --scale 2 is a sharp 2× of the default.")
    double scale = 1;

    @Option(names = "--frames", paramLabel = "F",
            description = "GIF, MP4: number of frames, spread evenly over steps 0…N, both shown (default min(N+1, 200)); "
                    + "F = N+1 shows every step once.")
    Integer frames;

    @Option(names = "--fps", paramLabel = "R",
            description = "GIF: frames per second, 0.01 to 50 (browsers slow faster GIFs down); MP4: 1 to 60 "
                    + "(default: 20 for a GIF, 30 for a video).")
    Double fps;

    @Option(names = "--step", paramLabel = "K", description = "PNG: the step shown (default: the last).")
    Integer step;

    @Option(names = "--title", paramLabel = "T",
            description = "Title above the plot (default: the scenario's, in the --lang language if it has that translation).")
    String title;

    @Option(names = "--layout", paramLabel = "overlay|side-by-side|3d",
            description = "overlay (every trail on one plot), side-by-side (a grid of small plots, one per "
                    + "optimizer, same surface and scale, in lock-step) or 3d (the surface as a landscape), as the "
                    + "window shows them (default: the scenario's, else overlay).")
    String layout;

    @Option(names = "--view", paramLabel = "2d|3d",
            description = "3d: the surface as a landscape, the optimizers as balls on it (the same as --layout 3d); "
                    + "2d: the contour plot (the scenario's 2D layout, else overlay).")
    String view;

    @Option(names = "--azimuth", paramLabel = "DEG",
            description = "3D view: the turn around the vertical axis; 0 looks from the front, positive moves the eye "
                    + "towards +x (default: the scenario's, else the window's first view).")
    Double azimuth;

    @Option(names = "--elevation", paramLabel = "DEG",
            description = "3D view: the eye's height angle, 0 (level) to 90 (straight down) (default: the scenario's, "
                    + "else the window's first view).")
    Double elevation;

    @Option(names = "--lang", paramLabel = "en|zh", converter = LanguageConverter.class,
            description = "Language of the picture's texts: legend, captions, titles (default: en). It never follows "
                    + "the system's locale, so the same command draws the same picture on every machine; this "
                    + "command's own lines on the terminal stay English.")
    Language language = Language.ENGLISH;

    @Override
    public Integer call() throws IOException, SurfaceParseException, ScenarioFormatException {
        String kind = OutputFile.check(out, "png", "gif", "mp4");
        AnimationFormat animation = kind.equals("png") ? null : AnimationFormat.ofFileName("." + kind);
        Scenario base = scenario == null ? null : readScenario();
        if (base == null && surface == null) {
            throw new IllegalArgumentException("give --scenario FILE or --surface TEXT");
        }
        RenderedState view = new RenderedState(base);
        if (surface != null) {
            view.surface(surface, start != null);
        }
        if (start != null) {
            view.start(start);
        }
        if (steps != null) {
            view.steps(steps);
        }
        if (!optimizers.isEmpty()) {
            List<RenderedState.Requested> requested = new ArrayList<>();
            optimizers.forEach(options -> requested.add(new RenderedState.Requested(options.toConfig(), options.schedule())));
            view.optimizers(requested);
        }
        if (!noise.isEmpty() || noiseRuns != null) {
            int runs = noiseRuns != null ? noiseRuns : view.state().noise().cloudRuns();
            if (runs < 1 || runs > RunCloud.MAX_RUNS) {
                throw new IllegalArgumentException("--noise-runs must be between 1 and " + RunCloud.MAX_RUNS + ", got " + runs);
            }
            view.noise(noise.over(view.state().noise().gradient()), runs);
        }
        if (layout != null && this.view != null) {
            throw new IllegalArgumentException("give --layout or --view, not both");
        }
        if (layout != null) {
            view.layout(LayoutMode.fromId(layout.strip().toLowerCase(Locale.ROOT)));
        }
        if (this.view != null) {
            view.layout(dimensions(this.view, view.layout()));
        }
        if (azimuth != null || elevation != null) {
            checkAngles(view.layout());
            view.angles(azimuth, elevation);
        }
        PlaygroundState state = view.state();
        RunPlan plan = RunPlan.of(state);
        if (plan.lanes().isEmpty()) {
            throw new IllegalArgumentException("nothing to draw: give at least one --optimizer NAME"
                    + (base != null ? " (the scenario has no optimizer switched on)" : ""));
        }
        int stepCount = state.steps();
        // A lesson's title in the picture's language when the scenario carries that translation.
        String heading = title != null ? title : base != null ? base.lesson().in(language).title() : null;
        int shownStep = step != null ? step : stepCount;
        if (shownStep < 0 || shownStep > stepCount) {
            throw new IllegalArgumentException("--step must be between 0 and " + stepCount + ", got " + shownStep);
        }
        int frameCount = frames != null ? frames : Math.min(stepCount + 1, 200);
        if (frameCount < 1 || frameCount > 10_000) {
            throw new IllegalArgumentException("--frames must be between 1 and 10000, got " + frameCount);
        }
        double rate = fps != null ? fps : animation == AnimationFormat.MP4 ? 30 : 20;
        if (animation != null && !(rate >= animation.minFps() && rate <= animation.maxFps())) {
            throw new IllegalArgumentException("--fps must be between " + NumberText.exact(animation.minFps())
                    + " and " + NumberText.exact(animation.maxFps()) + " for " + animation.label() + ", got "
                    + NumberText.exact(rate));
        }
        if (animation != null) {
            animation.checkSize(width, height); // before the runs are computed: a video needs even sides
        }

        RunSet runs = plan.run(() -> false);
        HeadlessRender.Outcome outcome = drawnIn(language, () -> HeadlessRender.render(new HeadlessRender.Request(
                state, runs, width, height, scale, heading, out, animation, shownStep, frameCount, rate)));
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %d×%d, %s in %.2f s%n", outcome.file(),
                width, height, animation != null ? outcome.frames() + " frames" : "step " + shownStep, outcome.nanos() / 1e9);
        return 0;
    }

    /**
     * Draws with {@code language} in use and puts back the one in use before: {@link Messages#use} is
     * the whole process's, and a test (or a later command in the same JVM) must not inherit it. Only
     * the drawing is in that language; the input was checked before, so its error lines stay English.
     */
    private static HeadlessRender.Outcome drawnIn(Language language, Drawing drawing) throws IOException {
        Language before = Messages.language();
        Messages.use(language);
        try {
            return drawing.draw();
        } finally {
            Messages.use(before);
        }
    }

    private interface Drawing {
        HeadlessRender.Outcome draw() throws IOException;
    }

    /** The layout --view asks for: 3d, or a 2D one (the given one if it is 2D already). */
    private static LayoutMode dimensions(String view, LayoutMode current) {
        return switch (view.strip().toLowerCase(Locale.ROOT)) {
            case "3d" -> LayoutMode.LANDSCAPE;
            case "2d" -> current == LayoutMode.LANDSCAPE ? LayoutMode.OVERLAY : current;
            default -> throw new IllegalArgumentException("--view must be 2d or 3d, got " + QuotedText.quote(view));
        };
    }

    private void checkAngles(LayoutMode layout) {
        if (layout != LayoutMode.LANDSCAPE) {
            throw new IllegalArgumentException("--azimuth and --elevation turn the 3D view: add --view 3d");
        }
        if (azimuth != null && !Double.isFinite(azimuth)) {
            throw new IllegalArgumentException("--azimuth must be a finite number of degrees, got " + azimuth);
        }
        if (elevation != null && !(elevation >= Camera.MIN_ELEVATION && elevation <= Camera.MAX_ELEVATION)) {
            throw new IllegalArgumentException("--elevation must be between " + (int) Camera.MIN_ELEVATION + " and "
                    + (int) Camera.MAX_ELEVATION + " degrees, got " + elevation);
        }
    }

    private Scenario readScenario() throws IOException {
        try {
            return ScenarioReader.read(scenario);
        } catch (ScenarioFormatException e) {
            throw new IllegalArgumentException(scenario + ": " + e.getMessage());
        }
    }
}
