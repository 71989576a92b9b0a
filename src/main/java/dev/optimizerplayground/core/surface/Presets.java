package dev.optimizerplayground.core.surface;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The built-in classroom surfaces. */
public final class Presets {

    private static final List<Preset> ALL = List.of(
            new Preset("bowl", "preset.bowl.name", "preset.bowl.description",
                    "x^2 + y^2",
                    new ViewWindow(-5, 5, -3, 3), new Point(-4, 2.5),
                    List.of(new Point(0, 0))),
            new Preset("elongated-valley", "preset.elongated-valley.name", "preset.elongated-valley.description",
                    "x^2 + 10*y^2",
                    new ViewWindow(-5, 5, -3, 3), new Point(-4, 2),
                    List.of(new Point(0, 0))),
            new Preset("rosenbrock", "preset.rosenbrock.name", "preset.rosenbrock.description",
                    "(1-x)^2 + 100*(y-x^2)^2",
                    new ViewWindow(-2, 2, -1, 3), new Point(-1.5, 2),
                    List.of(new Point(1, 1))),
            new Preset("himmelblau", "preset.himmelblau.name", "preset.himmelblau.description",
                    "(x^2+y-11)^2 + (x+y^2-7)^2",
                    new ViewWindow(-5, 5, -5, 5), new Point(0, 0),
                    List.of(new Point(3, 2),
                            new Point(-2.805118086952745, 3.131312518250573),
                            new Point(-3.779310253377747, -3.283185991286170),
                            new Point(3.584428340330492, -1.848126526964404))),
            new Preset("beale", "preset.beale.name", "preset.beale.description",
                    "(1.5-x+x*y)^2 + (2.25-x+x*y^2)^2 + (2.625-x+x*y^3)^2",
                    new ViewWindow(-4.5, 4.5, -4.5, 4.5), new Point(1, 1.5),
                    List.of(new Point(3, 0.5))),
            new Preset("booth", "preset.booth.name", "preset.booth.description",
                    "(x+2*y-7)^2 + (2*x+y-5)^2",
                    new ViewWindow(-10, 10, -10, 10), new Point(-8, 8),
                    List.of(new Point(1, 3))),
            new Preset("saddle", "preset.saddle.name", "preset.saddle.description",
                    "x^2 - y^2",
                    new ViewWindow(-3, 3, -3, 3), new Point(-2.5, 0.01),
                    List.of()),
            new Preset("rastrigin", "preset.rastrigin.name", "preset.rastrigin.description",
                    "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)",
                    new ViewWindow(-5.12, 5.12, -5.12, 5.12), new Point(3.2, -2.7),
                    List.of(new Point(0, 0))),
            new Preset("ackley", "preset.ackley.name", "preset.ackley.description",
                    "-20*exp(-0.2*sqrt(0.5*(x^2+y^2))) - exp(0.5*(cos(2*pi*x)+cos(2*pi*y))) + e + 20",
                    new ViewWindow(-5, 5, -5, 5), new Point(3.5, -2.5),
                    List.of(new Point(0, 0))),
            new Preset("six-hump-camel", "preset.six-hump-camel.name", "preset.six-hump-camel.description",
                    "(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2",
                    new ViewWindow(-3, 3, -2, 2), new Point(-1.5, 1.2),
                    List.of(new Point(0.08984201368301331, -0.7126564032704135),
                            new Point(-0.08984201368301331, 0.7126564032704135))),
            new Preset("plateau-well", "preset.plateau-well.name", "preset.plateau-well.description",
                    "1 - exp(-((x-1)^2 + (y+0.5)^2)/0.5)",
                    new ViewWindow(-3, 3, -3, 3), new Point(-1, 1),
                    List.of(new Point(1, -0.5))),
            new Preset("goldstein-price", "preset.goldstein-price.name", "preset.goldstein-price.description",
                    "(1 + (x+y+1)^2*(19 - 14*x + 3*x^2 - 14*y + 6*x*y + 3*y^2))"
                            + " * (30 + (2*x-3*y)^2*(18 - 32*x + 12*x^2 + 48*y - 36*x*y + 27*y^2))",
                    new ViewWindow(-2, 2, -2, 2), new Point(-1, 1),
                    List.of(new Point(0, -1))),
            new Preset("matyas", "preset.matyas.name", "preset.matyas.description",
                    "0.26*(x^2 + y^2) - 0.48*x*y",
                    new ViewWindow(-10, 10, -10, 10), new Point(-8, 6),
                    List.of(new Point(0, 0))));

    private Presets() {
    }

    /** Every preset, in the order a menu shows them. */
    public static List<Preset> all() {
        return ALL;
    }

    /** The preset with this id (ids are lower case; the lookup ignores case and surrounding spaces). */
    public static Optional<Preset> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String key = id.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(p -> p.id().equals(key)).findFirst();
    }

    /** The elongated valley: the surface the app opens with. */
    public static Preset defaultPreset() {
        return byId("elongated-valley").orElseThrow();
    }

    /** A preset's surface when given its id, otherwise the text parsed as a formula. */
    public static Surface resolve(String presetIdOrFormula) throws SurfaceParseException {
        Optional<Preset> preset = byId(presetIdOrFormula);
        return Surface.parse(preset.isPresent() ? preset.get().formula() : presetIdOrFormula);
    }
}
