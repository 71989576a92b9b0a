package dev.optimizerplayground.core.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad input gets a one-line message naming what and where. */
class SurfaceParseErrorsTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            x + z        | 4  | unknown variable 'z' at position 4; use x and y
            xz           | 1  | unknown variable 'z' at position 1; use x and y
            2*abc        | 2  | unknown variable 'abc' at position 2; use x and y
            sine(x)      | 0  | unknown function 'sine' at position 0; available: abs, acos, asin, atan, cbrt, ceil, cos, cosh, exp, floor, log, log10, log2, signum, sin, sinh, sqrt, tan, tanh
            1 + foo(y)   | 4  | unknown function 'foo' at position 4; available:
            pow(x, 2)    | 0  | unsupported function 'pow' at position 0; available:
            sin x        | 0  | function 'sin' at position 0 needs its argument in parentheses, e.g. sin(x)
            x + sin()    | 4  | function 'sin' at position 4 needs an argument
            sin(x, y)    | 5  | unexpected ',' at position 5; every function takes one argument
            x, y         | 1  | unexpected ',' at position 1
            (x + 1       | 0  | missing closing parenthesis for '(' at position 0
            ((x) + (y)   | 0  | missing closing parenthesis for '(' at position 0
            x + 1) * 2   | 5  | unexpected ')' at position 5; it has no matching '('
            ()           | 0  | empty parentheses at position 0
            x +          | 2  | operator '+' at position 2 has nothing after it
            (x * ) + 1   | 3  | operator '*' at position 3 has nothing after it
            * x          | 0  | operator '*' at position 0 has nothing before it
            x + / y      | 4  | operator '/' at position 4 has nothing before it
            1.2.3 + x    | 0  | bad number '1.2.3' at position 0
            x + 2e+      | 4  | bad number '2e+' at position 4
            2 3          | 2  | missing operator before the number at position 2
            x # y        | 2  | unexpected character '#' at position 2
            x = 2        | 2  | unexpected character '=' at position 2
            """)
    void badInputIsReportedWithPosition(String formula, int position, String messageStart) {
        SurfaceParseException e = catchThrowableOfType(() -> Surface.parse(formula), SurfaceParseException.class);
        assertThat(e).as(formula).isNotNull();
        assertThat(e.getMessage()).startsWith(messageStart).doesNotContain("\n");
        assertThat(e.position()).isEqualTo(position);
    }

    /** Pasted text brings line separators, no-break and em spaces: they are spaces like any other. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"x^2 + y\u2028", "\u2029x^2 + y", "x^2\u00A0+\u2003y",
        "x^2 +\u2028y", "x^2 + y\u0085", "\u3000x^2 + y\u202F", "x^2 + y\uFEFF"})
    void unicodeWhitespaceIsSpace(String formula) throws SurfaceParseException {
        assertThat(Surface.parse(formula).value(3, 1)).isEqualTo(10);
    }

    @Test
    void anInvisibleCharacterIsPointedAtByItsCode() {
        SurfaceParseException e = catchThrowableOfType(() -> Surface.parse("x\u0007 + y"), SurfaceParseException.class);
        assertThat(e.getMessage()).isEqualTo("unexpected character U+0007 at position 1");
        assertThat(e.position()).isEqualTo(1);
        assertThat(catchThrowableOfType(() -> Surface.parse("\u2028\u00A0"), SurfaceParseException.class).getMessage())
                .isEqualTo("empty formula");
    }

    @Test
    void emptyAndBlankFormulas() {
        for (String formula : new String[] {"", "   ", "\t\n", null}) {
            SurfaceParseException e = catchThrowableOfType(() -> Surface.parse(formula), SurfaceParseException.class);
            assertThat(e.getMessage()).isEqualTo("empty formula");
            assertThat(e.position()).isEqualTo(-1);
        }
    }

    @Test
    void aTenThousandCharacterFormulaWorksThroughTheInterpreter() throws SurfaceParseException {
        StringBuilder formula = new StringBuilder("x");
        while (formula.length() < 10_000) {
            formula.append(" + sin(x*y)");
        }
        int terms = (formula.length() - 1) / " + sin(x*y)".length();
        Surface surface = Surface.parse(formula.toString());
        assertThat(surface.isCompiled()).isFalse();
        double[] gradient = new double[2];
        double value = surface.valueAndGradient(0.5, 2, gradient);
        assertThat(value).isCloseTo(0.5 + terms * Math.sin(1), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(gradient[0]).isCloseTo(1 + terms * 2 * Math.cos(1), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(gradient[1]).isCloseTo(terms * 0.5 * Math.cos(1), org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void fiveThousandNestedParenthesesDoNotOverflowTheStack() throws SurfaceParseException {
        String formula = "(".repeat(5000) + "x + y" + ")".repeat(5000);
        assertThat(Surface.parse(formula).value(1, 2)).isEqualTo(3);
        String nestedFunctions = "sin(".repeat(5000) + "x" + ")".repeat(5000);
        double[] gradient = new double[2];
        Surface.parse(nestedFunctions).valueAndGradient(0.1, 0, gradient);
        assertThat(gradient[0]).isBetween(0.0, 1.0);
    }

    @Test
    void longChainsOfOperatorsWork() throws SurfaceParseException {
        assertThat(Surface.parse("- ".repeat(4_999) + "x").value(2, 0)).isEqualTo(-2);
        assertThat(Surface.parse("x^".repeat(3_000) + "1").value(1, 0)).isEqualTo(1);
        assertThat(Surface.parse("x*".repeat(4_000) + "y").value(1, 3)).isEqualTo(3);
        assertThat(Surface.parse("1" + "+1".repeat(5_000)).value(0, 0)).isEqualTo(5_001);
    }

    @Test
    void longRunsThatExp4jWouldTakeMinutesOverAreRefused() {
        // exp4j's tokenizer is cubic in these run lengths; 10,000 characters would take minutes.
        SurfaceParseException signs = catchThrowableOfType(() -> Surface.parse("x+" + "-".repeat(9_999) + "x"),
                SurfaceParseException.class);
        assertThat(signs.getMessage()).isEqualTo("too many operators in a row at position 1");
        SurfaceParseException names = catchThrowableOfType(() -> Surface.parse("1+" + "xy".repeat(5_000)),
                SurfaceParseException.class);
        assertThat(names.getMessage())
                .isEqualTo("name 'xyxyxyxyxyxy…' at position 2 is too long; write products with * or spaces, e.g. x*y");
        assertThat(names.position()).isEqualTo(2);
    }

    @Test
    void deepNestingWithAMissingParenthesisIsACleanError() {
        String formula = "(".repeat(5000) + "x" + ")".repeat(4999);
        SurfaceParseException e = catchThrowableOfType(() -> Surface.parse(formula), SurfaceParseException.class);
        assertThat(e.getMessage()).isEqualTo("missing closing parenthesis for '(' at position 0");
    }

    @Test
    void absurdlyLongInputIsRefusedQuickly() {
        String formula = "x+".repeat(60_000) + "y";
        SurfaceParseException e = catchThrowableOfType(() -> Surface.parse(formula), SurfaceParseException.class);
        assertThat(e.getMessage()).startsWith("formula too long: 120001 characters");
    }

    @Test
    void acceptedSpellingsMatchExp4j() throws SurfaceParseException {
        assertThat(Surface.parse("2x").value(3, 0)).isEqualTo(6);
        assertThat(Surface.parse("xy").value(3, 2)).isEqualTo(6);
        assertThat(Surface.parse("x2").value(3, 0)).isEqualTo(6);
        assertThat(Surface.parse("2e").value(0, 0)).isEqualTo(2 * Math.E);
        assertThat(Surface.parse("1e3x").value(2, 0)).isEqualTo(2000);
        assertThat(Surface.parse("sin (x)").value(0, 0)).isEqualTo(0);
        assertThat(Surface.parse("-x^2").value(3, 0)).isEqualTo(-9);
        assertThat(Surface.parse("2^3^2").value(0, 0)).isEqualTo(512);
        assertThat(Surface.parse("7 % 4 * 2").value(0, 0)).isEqualTo(6);
        assertThat(Surface.parse("x/0").value(1, 0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Surface.parse("  x + y  ").formula()).isEqualTo("  x + y  ");
    }
}
