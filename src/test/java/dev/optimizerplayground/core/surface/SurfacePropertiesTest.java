package dev.optimizerplayground.core.surface;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;

/** Random formulas: agreement with exp4j, with finite differences, with an independent reverse mode, and between the two evaluation paths. */
class SurfacePropertiesTest {

    @Property(tries = 300)
    void valueEqualsExp4j(@ForAll long seed, @ForAll @DoubleRange(min = -2, max = 2) double x,
                          @ForAll @DoubleRange(min = -2, max = 2) double y) throws SurfaceParseException {
        String formula = RandomFormulas.smooth(seed);
        double expected = exp4j(formula, x, y);
        double actual = Surface.parse(formula).value(x, y);
        // Only ^3 and ^4 (multiplication instead of Math.pow) may differ, by an ulp or so per use.
        assertThat(actual).as(formula).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-12 * (1 + Math.abs(expected))));
    }

    @Property(tries = 300)
    void valueEqualsExp4jOnAnyFormulaWhereExp4jHasAValue(@ForAll long seed,
                                                        @ForAll @DoubleRange(min = -3, max = 3) double x,
                                                        @ForAll @DoubleRange(min = -3, max = 3) double y)
            throws SurfaceParseException {
        String formula = RandomFormulas.any(seed);
        double expected;
        try {
            expected = exp4j(formula, x, y);
        } catch (ArithmeticException divisionByZero) {
            Assume.that(false);
            return;
        }
        double actual = Surface.parse(formula).value(x, y);
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            assertThat(Double.valueOf(actual)).as(formula).isEqualTo(Double.valueOf(expected));
        } else {
            assertThat(actual).as(formula).isCloseTo(expected,
                    org.assertj.core.api.Assertions.within(1e-9 * (1 + Math.abs(expected))));
        }
    }

    @Property(tries = 200)
    void gradientAgreesWithSixthOrderFiniteDifferences(@ForAll long seed,
                                                       @ForAll @DoubleRange(min = -2, max = 2) double x,
                                                       @ForAll @DoubleRange(min = -2, max = 2) double y)
            throws SurfaceParseException {
        String formula = RandomFormulas.smooth(seed);
        Evaluator evaluator = Surface.parse(formula).newEvaluator();
        double[] gradient = new double[2];
        double value = evaluator.valueAndGradient(x, y, gradient);
        // Finite differences of an f that overflowed are ∞ − ∞: there is nothing to compare with.
        Assume.that(Double.isFinite(value));
        double h = 1e-3;
        double fdX = sixthOrder(t -> evaluator.value(x + t, y), h);
        double fdY = sixthOrder(t -> evaluator.value(x, y + t), h);
        double scale = 1 + Math.abs(value) + Math.abs(gradient[0]) + Math.abs(gradient[1]);
        assertThat(Math.abs(gradient[0] - fdX)).as("d/dx %s", formula).isLessThanOrEqualTo(1e-6 * scale);
        assertThat(Math.abs(gradient[1] - fdY)).as("d/dy %s", formula).isLessThanOrEqualTo(1e-6 * scale);
    }

    @Property(tries = 300)
    void gradientAgreesWithIndependentReverseMode(@ForAll long seed,
                                                  @ForAll @DoubleRange(min = -2, max = 2) double x,
                                                  @ForAll @DoubleRange(min = -2, max = 2) double y)
            throws SurfaceParseException {
        String formula = RandomFormulas.smooth(seed);
        double[] gradient = new double[2];
        Surface.parse(formula).valueAndGradient(x, y, gradient);
        double[] reference = ReverseModeReference.gradient(formula, x, y);
        assertRelativelyClose(gradient[0], reference[1], formula);
        assertRelativelyClose(gradient[1], reference[2], formula);
    }

    @Property(tries = 400)
    void compiledAndInterpretedPathsAreBitIdentical(@ForAll long seed, @ForAll double x, @ForAll double y)
            throws SurfaceParseException {
        String formula = RandomFormulas.any(seed);
        Surface surface = Surface.parse(formula);
        assertThat(surface.isCompiled()).isTrue();
        Evaluator compiled = surface.newEvaluator();
        Evaluator interpreted = surface.newInterpretingEvaluator();
        double[] points = {x, y, 0, -0.0, 1, -1, 0.5, 2.5, 1e-3, Double.NaN, Double.POSITIVE_INFINITY};
        for (double px : points) {
            for (double py : new double[] {y, 0, -1, 2.5}) {
                double[] g1 = new double[2];
                double[] g2 = new double[2];
                assertBitIdentical(compiled.value(px, py), interpreted.value(px, py), formula);
                assertBitIdentical(compiled.valueAndGradient(px, py, g1), interpreted.valueAndGradient(px, py, g2), formula);
                assertBitIdentical(g1[0], g2[0], "d/dx " + formula);
                assertBitIdentical(g1[1], g2[1], "d/dy " + formula);
            }
        }
    }

    /** Same bits; all NaNs count as one. */
    private static void assertBitIdentical(double actual, double expected, String what) {
        assertThat(Double.doubleToLongBits(actual)).as("%s: %s vs %s", what, actual, expected)
                .isEqualTo(Double.doubleToLongBits(expected));
    }

    private static void assertRelativelyClose(double actual, double expected, String formula) {
        assertThat(Math.abs(actual - expected)).as("%s: %s vs reference %s", formula, actual, expected)
                .isLessThanOrEqualTo(1e-10 * Math.max(1, Math.abs(expected)));
    }

    private static double sixthOrder(java.util.function.DoubleUnaryOperator f, double h) {
        return (-f.applyAsDouble(-3 * h) + 9 * f.applyAsDouble(-2 * h) - 45 * f.applyAsDouble(-h)
                + 45 * f.applyAsDouble(h) - 9 * f.applyAsDouble(2 * h) + f.applyAsDouble(3 * h)) / (60 * h);
    }

    private static double exp4j(String formula, double x, double y) {
        Expression expression = new ExpressionBuilder(formula).variables("x", "y").build();
        return expression.setVariable("x", x).setVariable("y", y).evaluate();
    }
}
