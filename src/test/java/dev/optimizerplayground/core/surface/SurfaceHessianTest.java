package dev.optimizerplayground.core.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact Hessian (second-order forward mode): against second derivatives worked out by hand for
 * every function and operator, against the independent forward-over-reverse reference, and the
 * compiled code against the interpreter bit for bit.
 */
class SurfaceHessianTest {

    /** Each function g is applied to u = 2x − y, so H = g''(u)·[[4, −2], [−2, 1]]. */
    static Stream<Arguments> functions() {
        return Stream.of(
                fn("sin", u -> -Math.sin(u), -2, 0.3, 1.7),
                fn("cos", u -> -Math.cos(u), -2, 0.3, 1.7),
                fn("tan", u -> 2 * Math.tan(u) / (Math.cos(u) * Math.cos(u)), -1.2, 0.3, 1.1),
                fn("asin", u -> u / Math.pow(1 - u * u, 1.5), -0.9, 0.1, 0.6),
                fn("acos", u -> -u / Math.pow(1 - u * u, 1.5), -0.9, 0.1, 0.6),
                fn("atan", u -> -2 * u / ((1 + u * u) * (1 + u * u)), -3, 0.2, 4),
                fn("sinh", Math::sinh, -2, 0.3, 1.7),
                fn("cosh", Math::cosh, -2, 0.3, 1.7),
                fn("tanh", u -> -2 * Math.tanh(u) / (Math.cosh(u) * Math.cosh(u)), -2, 0.3, 1.7),
                fn("exp", Math::exp, -2, 0.3, 1.7),
                fn("log", u -> -1 / (u * u), 0.1, 1, 7.5),
                fn("log10", u -> -1 / (u * u * Math.log(10)), 0.1, 1, 7.5),
                fn("log2", u -> -1 / (u * u * Math.log(2)), 0.1, 1, 7.5),
                fn("sqrt", u -> -1 / (4 * u * Math.sqrt(u)), 0.1, 1, 7.5),
                fn("cbrt", u -> -2 / (9 * Math.pow(Math.abs(u), 5.0 / 3)) * Math.signum(u), -8, -0.5, 0.1, 7.5),
                fn("abs", u -> 0, -2, 1.5),
                fn("floor", u -> 0, -2.5, 0.3, 1.7),
                fn("ceil", u -> 0, -2.5, 0.3, 1.7),
                fn("signum", u -> 0, -2.5, 1.7));
    }

    private static Arguments fn(String name, DoubleUnaryOperator second, double... us) {
        return Arguments.of(name, second, us);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void functionHessiansMatchHandDerivedSecondDerivatives(String name, DoubleUnaryOperator second, double[] us)
            throws SurfaceParseException {
        Surface surface = Surface.parse(name + "(2*x - y)");
        for (double u : us) {
            double x = (u + 1) / 2;
            double d = second.applyAsDouble(2 * x - 1);
            double[] h = hessian(surface, x, 1);
            double tolerance = 1e-12 * (1 + Math.abs(d));
            assertThat(h[0]).as("d²/dx² %s at u=%s", name, u).isCloseTo(4 * d, within(4 * tolerance));
            assertThat(h[1]).as("d²/dxdy %s at u=%s", name, u).isCloseTo(-2 * d, within(2 * tolerance));
            assertThat(h[2]).as("d²/dy² %s at u=%s", name, u).isCloseTo(d, within(tolerance));
        }
    }

    @Test
    void operatorsHaveTheirHandDerivedSecondDerivatives() throws SurfaceParseException {
        assertHessian("x*y", 3, 2, 0, 1, 0);
        // x/y: ∂²/∂x∂y = −1/y², ∂²/∂y² = 2x/y³
        assertHessian("x/y", 3, 2, 0, -0.25, 0.75);
        // x^y: y(y−1)x^(y−2), x^(y−1)(1 + y ln x), x^y ln²x
        double ln2 = Math.log(2);
        assertHessian("x^y", 2, 3, 12, 4 * (1 + 3 * ln2), 8 * ln2 * ln2);
        assertHessian("x % y", 7.5, 2, 0, 0, 0);
        assertHessian("x^3 - y^4 + x^0.5", 2, 1, 12 - 0.25 / Math.pow(2, 1.5), 0, -12);
        assertHessian("-(x*x) + 3*y", 1, 1, -2, 0, 0);
    }

    @Test
    void quadraticsAndRosenbrockHaveTheirTextbookHessians() throws SurfaceParseException {
        assertHessian("x^2 + 10*y^2", -4, 2, 2, 0, 20);
        assertHessian("x^2 - y^2", 0.3, 0.1, 2, 0, -2);
        // Rosenbrock: [[2 − 400(y − 3x²), −400x], [−400x, 200]]
        assertHessian("(1-x)^2 + 100*(y-x^2)^2", 1, 1, 802, -400, 200);
        assertHessian("(1-x)^2 + 100*(y-x^2)^2", -1.5, 2, 2 - 400 * (2 - 3 * 2.25), 600, 200);
    }

    @Test
    void anOperandThatDoesNotDependOnAVariableAddsNothingToItsDerivatives() throws SurfaceParseException {
        // sqrt''(0) = −∞, but ∂²/∂x² and ∂²/∂x∂y of x² + sqrt(y) do not involve it.
        double[] h = hessian(Surface.parse("x^2 + sqrt(y)"), 1, 0);
        assertThat(h[0]).isEqualTo(2.0);
        assertThat(h[1]).isEqualTo(0.0);
        assertThat(h[2]).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.optimizerplayground.core.surface.PresetsTest#presets")
    void presetsAgreeWithTheReferenceAndAreCompiled(Preset preset) throws SurfaceParseException {
        Surface surface = Surface.parse(preset.formula());
        assertThat(surface.newHessianEvaluator()).isNotInstanceOf(Interpreter.class);
        ViewWindow window = preset.window();
        for (double fx : new double[] {0.13, 0.41, 0.77}) {
            for (double fy : new double[] {0.21, 0.58, 0.89}) {
                double x = window.xMin() + fx * (window.xMax() - window.xMin());
                double y = window.yMin() + fy * (window.yMax() - window.yMin());
                assertAgreesWithReference(preset.formula(), surface, x, y);
            }
        }
    }

    @Property(tries = 300)
    void hessianAgreesWithIndependentForwardOverReverse(@ForAll long seed,
                                                        @ForAll @DoubleRange(min = -2, max = 2) double x,
                                                        @ForAll @DoubleRange(min = -2, max = 2) double y)
            throws SurfaceParseException {
        String formula = RandomFormulas.smooth(seed);
        assertAgreesWithReference(formula, Surface.parse(formula), x, y);
    }

    @Property(tries = 300)
    void compiledAndInterpretedHessiansAreBitIdentical(@ForAll long seed, @ForAll double x, @ForAll double y)
            throws SurfaceParseException {
        String formula = RandomFormulas.any(seed);
        Surface surface = Surface.parse(formula);
        HessianEvaluator compiled = surface.newHessianEvaluator();
        assertThat(compiled).isNotInstanceOf(Interpreter.class);
        HessianEvaluator interpreted = surface.newInterpretingHessianEvaluator();
        for (double px : new double[] {x, 0, -0.0, 1, -1, 0.5, 2.5, 1e-3, Double.NaN}) {
            for (double py : new double[] {y, 0, -1, 2.5}) {
                double[] g1 = new double[2];
                double[] g2 = new double[2];
                double[] h1 = new double[3];
                double[] h2 = new double[3];
                assertBitIdentical(compiled.valueGradientAndHessian(px, py, g1, h1),
                        interpreted.valueGradientAndHessian(px, py, g2, h2), formula);
                for (int k = 0; k < 2; k++) {
                    assertBitIdentical(g1[k], g2[k], "gradient " + k + " of " + formula);
                }
                for (int k = 0; k < 3; k++) {
                    assertBitIdentical(h1[k], h2[k], "Hessian " + k + " of " + formula);
                }
            }
        }
    }

    @Test
    void valueAndGradientEqualThoseOfTheFirstOrderEvaluator() throws SurfaceParseException {
        Surface surface = Surface.parse("sin(x*y) + exp(x/3) - y^3");
        double[] g1 = new double[2];
        double[] g2 = new double[2];
        double value = surface.newHessianEvaluator().valueGradientAndHessian(0.4, -1.3, g1, new double[3]);
        assertThat(value).isEqualTo(surface.valueAndGradient(0.4, -1.3, g2));
        assertThat(g1).containsExactly(g2);
    }

    private static void assertAgreesWithReference(String formula, Surface surface, double x, double y) {
        double[] gradient = new double[2];
        double[] h = new double[3];
        surface.newHessianEvaluator().valueGradientAndHessian(x, y, gradient, h);
        double[] reference = ReverseModeReference.hessian(formula, x, y);
        for (int k = 0; k < 3; k++) {
            double expected = reference[3 + k];
            assertThat(Math.abs(h[k] - expected)).as("%s at (%s, %s), entry %s: %s vs reference %s",
                    formula, x, y, k, h[k], expected).isLessThanOrEqualTo(1e-10 * Math.max(1, Math.abs(expected)));
        }
    }

    private static void assertHessian(String formula, double x, double y, double hxx, double hxy, double hyy)
            throws SurfaceParseException {
        double[] h = hessian(Surface.parse(formula), x, y);
        double[] expected = {hxx, hxy, hyy};
        for (int k = 0; k < 3; k++) {
            assertThat(h[k]).as("%s entry %s", formula, k).isCloseTo(expected[k], within(1e-12 * (1 + Math.abs(expected[k]))));
        }
        double[] reference = ReverseModeReference.hessian(formula, x, y);
        for (int k = 0; k < 3; k++) {
            assertThat(reference[3 + k]).as("reference %s entry %s", formula, k)
                    .isCloseTo(expected[k], within(1e-12 * (1 + Math.abs(expected[k]))));
        }
    }

    private static double[] hessian(Surface surface, double x, double y) {
        double[] h = new double[3];
        surface.newHessianEvaluator().valueGradientAndHessian(x, y, new double[2], h);
        return h;
    }

    /** Same bits; all NaNs count as one. */
    private static void assertBitIdentical(double actual, double expected, String what) {
        assertThat(Double.doubleToLongBits(actual)).as("%s: %s vs %s", what, actual, expected)
                .isEqualTo(Double.doubleToLongBits(expected));
    }
}
