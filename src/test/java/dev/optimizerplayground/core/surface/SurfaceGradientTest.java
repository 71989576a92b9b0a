package dev.optimizerplayground.core.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Gradients of every function and operator against derivatives worked out by hand. */
class SurfaceGradientTest {

    /** Each function g is applied to u = 2x − y, so ∂f/∂x = 2·g'(u) and ∂f/∂y = −g'(u). */
    static Stream<Arguments> functions() {
        return Stream.of(
                fn("sin", Math::cos, -2, 0.3, 1.7),
                fn("cos", u -> -Math.sin(u), -2, 0.3, 1.7),
                fn("tan", u -> 1 / (Math.cos(u) * Math.cos(u)), -1.2, 0.3, 1.1),
                fn("asin", u -> 1 / Math.sqrt(1 - u * u), -0.9, 0.1, 0.6),
                fn("acos", u -> -1 / Math.sqrt(1 - u * u), -0.9, 0.1, 0.6),
                fn("atan", u -> 1 / (1 + u * u), -3, 0.2, 4),
                fn("sinh", Math::cosh, -2, 0.3, 1.7),
                fn("cosh", Math::sinh, -2, 0.3, 1.7),
                fn("tanh", u -> 1 / (Math.cosh(u) * Math.cosh(u)), -2, 0.3, 1.7),
                fn("exp", Math::exp, -2, 0.3, 1.7),
                fn("log", u -> 1 / u, 0.1, 1, 7.5),
                fn("log10", u -> 1 / (u * Math.log(10)), 0.1, 1, 7.5),
                fn("log2", u -> 1 / (u * Math.log(2)), 0.1, 1, 7.5),
                fn("sqrt", u -> 0.5 / Math.sqrt(u), 0.1, 1, 7.5),
                fn("cbrt", u -> 1 / (3 * Math.pow(Math.cbrt(u), 2)), -8, -0.5, 0.1, 7.5),
                fn("abs", u -> u > 0 ? 1 : u < 0 ? -1 : 0, -2, 0, 1.5),
                fn("floor", u -> 0, -2.5, 0.3, 1.7),
                fn("ceil", u -> 0, -2.5, 0.3, 1.7),
                fn("signum", u -> 0, -2.5, 0, 1.7));
    }

    private static Arguments fn(String name, DoubleUnaryOperator derivative, double... us) {
        return Arguments.of(name, derivative, us);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void functionGradientsMatchHandDerivedDerivatives(String name, DoubleUnaryOperator derivative, double[] us)
            throws SurfaceParseException {
        Surface surface = Surface.parse(name + "(2*x - y)");
        for (double u : us) {
            // x = (u + 1)/2, y = 1 gives u = 2x − y exactly for these inputs.
            double x = (u + 1) / 2;
            double[] gradient = new double[2];
            surface.valueAndGradient(x, 1, gradient);
            double d = derivative.applyAsDouble(2 * x - 1);
            assertThat(gradient[0]).as("d/dx %s at u=%s", name, u).isCloseTo(2 * d, within(1e-12 * (1 + Math.abs(d))));
            assertThat(gradient[1]).as("d/dy %s at u=%s", name, u).isCloseTo(-d, within(1e-12 * (1 + Math.abs(d))));
        }
    }

    @Test
    void absHasZeroDerivativeAtZero() throws SurfaceParseException {
        assertGradient("abs(x) + abs(y)", 0, 0, 0, 0);
        assertGradient("abs(x)", -3, 0, -1, 0);
    }

    @Test
    void sqrtAtZeroHasInfiniteDerivativeAndDoesNotPoisonTheOtherVariable() throws SurfaceParseException {
        double[] g = gradient("sqrt(x) + y", 0, 2);
        assertThat(g[0]).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(g[1]).isEqualTo(1.0);
    }

    @Test
    void moduloFollowsPyTorchFmod() throws SurfaceParseException {
        // d(a % b)/da = 1, d(a % b)/db = −trunc(a/b)
        assertGradient("x % y", 7.5, 2, 1, -3);
        assertGradient("x % y", -7.5, 2, 1, 3);
        assertGradient("(3*x) % 2", 1.1, 0, 3, 0);
    }

    @Test
    void powerWithConstantExponentUsesTheConstantRule() throws SurfaceParseException {
        assertGradient("x^2", 0, 0, 0, 0);
        assertGradient("x^2 + y^3", -1.5, 2, -3, 12);
        assertGradient("x^4", 1.5, 0, 4 * 1.5 * 1.5 * 1.5, 0);
        assertGradient("x^0.5", 4, 0, 0.25, 0);
        assertGradient("x^-1", 2, 0, -0.25, 0);
        assertGradient("x^(1+1)", 3, 0, 6, 0);
        assertGradient("x^0", 3, 0, 0, 0);
        assertGradient("(-x)^3", -2, 0, -12, 0);
    }

    @Test
    void powerWithVariableExponentUsesTheGeneralRule() throws SurfaceParseException {
        double x = 1.7;
        double y = 0.6;
        assertGradient("x^y", x, y, y * Math.pow(x, y - 1), Math.pow(x, y) * Math.log(x));
        assertGradient("2^x", x, y, Math.pow(2, x) * Math.log(2), 0);
        assertGradient("x^(x*y)", x, y, Math.pow(x, x * y) * (y * Math.log(x) + y), Math.pow(x, x * y) * x * Math.log(x));
    }

    @Test
    void unaryMinusAndImplicitMultiplication() throws SurfaceParseException {
        assertGradient("-x", 1, 1, -1, 0);
        assertGradient("--y", 1, 1, 0, 1);
        assertGradient("-x^2", 3, 0, -6, 0);
        assertGradient("3xy", 2, 5, 15, 6);
        assertGradient("2(x+1)(y-1)", 2, 5, 8, 6);
        assertGradient("2pi x", 1, 0, 2 * Math.PI, 0);
    }

    @Test
    void quotientAndProductRules() throws SurfaceParseException {
        assertGradient("x/y", 3, 2, 0.5, -0.75);
        assertGradient("x*y*y", 3, 2, 4, 12);
        assertGradient("sin(x)*exp(y)", 0.5, 0.25, Math.cos(0.5) * Math.exp(0.25), Math.sin(0.5) * Math.exp(0.25));
    }

    /**
     * 0·∞ in the chain rule: a factor that is exactly 0 (a flat operation, an underflowed partial, an
     * exponent that does not move) makes its term 0 even when the other factor overflowed or is
     * undefined, on both evaluation paths.
     */
    @Test
    void anExactZeroInTheChainRuleIsNotPoisonedByAnInfiniteOrUndefinedFactor() throws SurfaceParseException {
        // Saturated sigmoid: exp(800) overflows, 1/∞ = 0 and ∂(1/b)/∂b = −0, against a tangent of −∞.
        assertBothPaths("1/(1+exp(-x))", -800, 0, 0, 0, 0);
        assertBothPaths("1/(1+exp(-x))", -30, 0, 1 / (1 + Math.exp(30)),
                Math.exp(30) / ((1 + Math.exp(30)) * (1 + Math.exp(30))), 0);
        // The exponent y − y + 2 depends on y but does not move; ln of a negative base is NaN.
        assertBothPaths("x^(y-y+2)", -1.5, 0.7, 2.25, -3, 0);
        // √(x·y) at x = 0 is 0 all along y; along x it rises infinitely steeply.
        assertBothPaths("sqrt(x*y)", 0, 1, 0, Double.POSITIVE_INFINITY, 0);
    }

    private static void assertBothPaths(String formula, double x, double y, double f, double dx, double dy)
            throws SurfaceParseException {
        Surface surface = Surface.parse(formula);
        assertThat(surface.isCompiled()).isTrue();
        for (Evaluator evaluator : java.util.List.of(surface.newEvaluator(), surface.newInterpretingEvaluator())) {
            double[] g = new double[2];
            String where = evaluator.getClass().getSimpleName() + " " + formula + " at (" + x + ", " + y + ")";
            assertThat(evaluator.valueAndGradient(x, y, g)).as("f, %s", where).isCloseTo(f, within(1e-12));
            assertThat(g[0]).as("d/dx, %s", where).isCloseTo(dx, within(1e-12 * (1 + Math.abs(dx))));
            assertThat(g[1]).as("d/dy, %s", where).isCloseTo(dy, within(1e-12));
        }
    }

    @Test
    void constantsHaveZeroGradient() throws SurfaceParseException {
        double[] g = new double[] {7, 7};
        assertThat(Surface.parse("2*pi + e").valueAndGradient(1, 1, g)).isEqualTo(2 * Math.PI + Math.E);
        assertThat(g).containsExactly(0, 0);
    }

    private static double[] gradient(String formula, double x, double y) throws SurfaceParseException {
        double[] g = new double[2];
        Surface.parse(formula).valueAndGradient(x, y, g);
        return g;
    }

    private static void assertGradient(String formula, double x, double y, double dx, double dy)
            throws SurfaceParseException {
        double[] g = gradient(formula, x, y);
        assertThat(g[0]).as("d/dx of %s at (%s, %s)", formula, x, y).isCloseTo(dx, within(1e-12 * (1 + Math.abs(dx))));
        assertThat(g[1]).as("d/dy of %s at (%s, %s)", formula, x, y).isCloseTo(dy, within(1e-12 * (1 + Math.abs(dy))));
    }
}
