package dev.optimizerplayground.core.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PresetsTest {

    static List<Preset> presets() {
        return Presets.all();
    }

    @Test
    void theRequiredPresetsExistWithUniqueLowerCaseIds() {
        List<String> ids = Presets.all().stream().map(Preset::id).collect(Collectors.toList());
        assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(12).containsAll(List.of(
                "bowl", "elongated-valley", "rosenbrock", "himmelblau", "beale", "booth", "saddle", "rastrigin",
                "ackley", "six-hump-camel", "plateau-well", "goldstein-price"));
        assertThat(ids).allMatch(id -> id.equals(id.toLowerCase()));
        assertThat(Presets.byId("himmelblau").orElseThrow().minima()).hasSize(4);
        assertThat(Presets.byId("six-hump-camel").orElseThrow().minima()).hasSize(2);
        assertThat(Presets.byId("saddle").orElseThrow().minima()).isEmpty();
    }

    @Test
    void defaultIsTheElongatedValley() {
        Preset preset = Presets.defaultPreset();
        assertThat(preset.id()).isEqualTo("elongated-valley");
        assertThat(preset.formula()).isEqualTo("x^2 + 10*y^2");
        assertThat(preset.start()).isEqualTo(new Point(-4, 2));
        assertThat(preset.window()).isEqualTo(new ViewWindow(-5, 5, -3, 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void parsesCompilesAndFitsItsWindow(Preset preset) throws SurfaceParseException {
        Surface surface = Surface.parse(preset.formula());
        assertThat(surface.isCompiled()).isTrue();
        assertThat(preset.window().contains(preset.start().x(), preset.start().y())).isTrue();
        assertThat(preset.minima()).allMatch(m -> preset.window().contains(m.x(), m.y()));
        assertThat(preset.description()).endsWith(".").doesNotContain("\n");
        double[] gradient = new double[2];
        surface.valueAndGradient(preset.start().x(), preset.start().y(), gradient);
        assertThat(Math.hypot(gradient[0], gradient[1])).as("the start point is not stationary").isGreaterThan(1e-6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void listedMinimaAreStationaryAndLowerThanTheirSurroundings(Preset preset) throws SurfaceParseException {
        Surface surface = Surface.parse(preset.formula());
        for (Point m : preset.minima()) {
            double[] gradient = new double[2];
            double value = surface.valueAndGradient(m.x(), m.y(), gradient);
            // Ackley's minimum is the tip of a cone (√(x²+y²)): no gradient exists there, as in any autodiff.
            if (!preset.id().equals("ackley")) {
                assertThat(Math.hypot(gradient[0], gradient[1])).as("%s gradient at %s", preset.id(), m)
                        .isLessThan(1e-8 * (1 + Math.abs(value)));
            }
            for (double r : new double[] {1e-3, 1e-2}) {
                for (int k = 0; k < 8; k++) {
                    double angle = Math.PI * k / 4;
                    double nearby = surface.value(m.x() + r * Math.cos(angle), m.y() + r * Math.sin(angle));
                    assertThat(value).as("%s at %s vs radius %s", preset.id(), m, r).isLessThanOrEqualTo(nearby);
                }
            }
        }
    }

    @Test
    void globalMinimaShareTheLowestValue() throws SurfaceParseException {
        for (Preset preset : Presets.all()) {
            Surface surface = Surface.parse(preset.formula());
            double[] values = preset.minima().stream().mapToDouble(m -> surface.value(m.x(), m.y())).toArray();
            for (double v : values) {
                assertThat(v).as(preset.id()).isCloseTo(values[0], org.assertj.core.api.Assertions.within(1e-9));
            }
        }
    }

    @Test
    void resolveTakesAnIdOrAFormula() throws SurfaceParseException {
        assertThat(Presets.resolve("rosenbrock").value(1, 1)).isEqualTo(0);
        assertThat(Presets.resolve(" Rosenbrock ").formula()).isEqualTo("(1-x)^2 + 100*(y-x^2)^2");
        assertThat(Presets.resolve("x*y").value(2, 3)).isEqualTo(6);
        assertThat(Presets.byId("nope")).isEmpty();
        assertThatThrownBy(() -> Presets.resolve("rosenbrok")).isInstanceOf(SurfaceParseException.class)
                .hasMessage("unknown variable 'rosenbrok' at position 0; use x and y");
    }

    @Test
    void viewWindowValidates() {
        ViewWindow w = new ViewWindow(-1, 3, 2, 7);
        assertThat(w.width()).isEqualTo(4);
        assertThat(w.height()).isEqualTo(5);
        assertThat(w.contains(3, 2)).isTrue();
        assertThat(w.contains(3.01, 2)).isFalse();
        assertThatThrownBy(() -> new ViewWindow(1, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xMin < xMax");
        assertThatThrownBy(() -> new ViewWindow(0, 1, 2, -2)).hasMessageContaining("yMin < yMax");
        assertThatThrownBy(() -> new ViewWindow(0, Double.NaN, 0, 1)).hasMessageContaining("finite");
    }
}
