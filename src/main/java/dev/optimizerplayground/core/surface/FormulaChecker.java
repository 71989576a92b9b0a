package dev.optimizerplayground.core.surface;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.QuotedText;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Set;
import java.util.stream.Collectors;

import net.objecthunter.exp4j.function.Functions;
import net.objecthunter.exp4j.operator.Operator;
import net.objecthunter.exp4j.tokenizer.Tokenizer;

/**
 * Checks a formula before exp4j sees it, so that every mistake gets a clear message with a position
 * (exp4j's own exceptions are terse and mostly lack positions). It reads the text exactly the way
 * exp4j 0.4.8's tokenizer does (longest known name first, so {@code xy} is x·y and {@code 2x} is 2·x;
 * the same number syntax; implicit multiplication), which guarantees that whatever passes here
 * means the same thing to exp4j. It is a single left-to-right pass with an explicit stack, so deep
 * nesting cannot overflow the Java stack.
 */
final class FormulaChecker {

    /** Variable and constant names; pi and e are exp4j's Math.PI and Math.E. */
    static final Set<String> NAMES = Set.of("x", "y", "pi", "e");

    private static final String SUPPORTED_FUNCTIONS = Arrays.stream(Op.values())
            .filter(Op::isFunction).map(op -> op.symbol).sorted().collect(Collectors.joining(", "));

    /**
     * exp4j's tokenizer takes time cubic in the length of a run of adjacent name characters or of
     * operator characters (it retries every prefix of the run for every token in it): 10,000 of
     * them take minutes. No sensible formula has runs this long, so they are refused up front.
     */
    static final int MAX_NAME_RUN = 64;
    static final int MAX_OPERATOR_RUN = 16;

    private enum Last { NOTHING, NUMBER, NAME, FUNCTION, OPEN, CLOSE, OPERATOR }

    private final String formula;
    private final int length;
    private int pos;
    private Last last = Last.NOTHING;
    private int lastOperatorPosition = -1;
    private String pendingFunction;
    private int pendingFunctionPosition = -1;
    /** For each open parenthesis: its position, and where its function name starts and ends (or -1). */
    private final Deque<int[]> openParentheses = new ArrayDeque<>();

    private FormulaChecker(String formula) {
        this.formula = formula;
        this.length = formula.length();
    }

    static void check(String formula) throws SurfaceParseException {
        new FormulaChecker(formula).run();
    }

    private void run() throws SurfaceParseException {
        while (true) {
            while (pos < length && Character.isWhitespace(formula.charAt(pos))) {
                pos++;
            }
            if (pos >= length) {
                break;
            }
            char ch = formula.charAt(pos);
            if (Character.isDigit(ch) || ch == '.') {
                readNumber();
            } else if (Tokenizer.isAlphabetic(ch) || ch == '_') {
                readName();
            } else if (ch == '(') {
                readOpen();
            } else if (ch == ')') {
                readClose();
            } else if (ch == ',') {
                throw error(openParentheses.isEmpty() || openParentheses.peek()[1] < 0
                        ? Messages.get("error.surface.unexpected-comma", pos)
                        : Messages.get("error.surface.unexpected-comma.one-argument", pos), pos);
            } else if ("+-*/^%".indexOf(ch) >= 0) {
                readOperator(ch);
            } else {
                throw error(Messages.get("error.surface.unexpected-character", visible(ch), pos), pos);
            }
        }
        if (last == Last.NOTHING) {
            throw error(Messages.get("error.surface.empty"), -1);
        }
        if (last == Last.OPERATOR) {
            throw danglingOperator();
        }
        if (!openParentheses.isEmpty()) {
            int open = openParentheses.peek()[0];
            throw error(Messages.get("error.surface.missing-close", open), open);
        }
    }

    /** 'c', or U+0007 for a character that does not show (a control, a format character). */
    private static String visible(char ch) {
        int type = Character.getType(ch);
        boolean invisible = Character.isISOControl(ch) || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.SURROGATE || type == Character.PRIVATE_USE;
        return invisible ? String.format("U+%04X", (int) ch) : "'" + ch + "'";
    }

    private void readNumber() throws SurfaceParseException {
        int start = pos;
        if (last == Last.NUMBER) {
            throw error(Messages.get("error.surface.missing-operator", start), start);
        }
        // exp4j's number syntax: digits, '.', an exponent e/E with an optional sign; a trailing e is
        // not part of the number (2e is 2·e).
        int end = start + 1;
        while (end < length && isNumeric(formula.charAt(end), isE(formula.charAt(end - 1)))) {
            end++;
        }
        if (end - start > 1 && isE(formula.charAt(end - 1))) {
            end--;
        }
        String text = formula.substring(start, end);
        try {
            Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw error(Messages.get("error.surface.bad-number", QuotedText.quote(text), start), start);
        }
        pos = end;
        last = Last.NUMBER;
    }

    private void readName() throws SurfaceParseException {
        int start = pos;
        int runEnd = start;
        while (runEnd < length && Tokenizer.isVariableOrFunctionCharacter(formula.charAt(runEnd))) {
            runEnd++;
        }
        if (runEnd - start > MAX_NAME_RUN) {
            throw error(Messages.get("error.surface.name-too-long", formula.substring(start, start + 12), start), start);
        }
        String run = formula.substring(start, runEnd);
        boolean runCalled = nextNonSpaceIs(runEnd, '(');
        // Like exp4j: the longest known name at this place wins, the rest is read afterwards.
        String name = null;
        for (int end = runEnd; end > start && name == null; end--) {
            String candidate = formula.substring(start, end);
            if (NAMES.contains(candidate) || Functions.getBuiltinFunction(candidate) != null) {
                name = candidate;
            }
        }
        if (name == null) {
            throw error(runCalled
                    ? Messages.get("error.surface.unknown-function", run, start, SUPPORTED_FUNCTIONS)
                    : Messages.get("error.surface.unknown-variable", run, start), start);
        }
        int end = start + name.length();
        if (NAMES.contains(name)) {
            last = Last.NAME;
        } else if (Op.function(name) == null) {
            throw error(Messages.get("error.surface.unsupported-function", name, start, SUPPORTED_FUNCTIONS), start);
        } else if (nextNonSpaceIs(end, '(')) {
            last = Last.FUNCTION;
            pendingFunction = name;
            pendingFunctionPosition = start;
        } else if (runCalled) {
            throw error(Messages.get("error.surface.unknown-function", run, start, SUPPORTED_FUNCTIONS), start);
        } else {
            throw error(Messages.get("error.surface.needs-parentheses", name, start), start);
        }
        pos = end;
    }

    private void readOpen() {
        boolean called = last == Last.FUNCTION;
        openParentheses.push(called
                ? new int[] {pos, pendingFunctionPosition, pendingFunctionPosition + pendingFunction.length()}
                : new int[] {pos, -1, -1});
        last = Last.OPEN;
        pos++;
    }

    private void readClose() throws SurfaceParseException {
        if (openParentheses.isEmpty()) {
            throw error(Messages.get("error.surface.unexpected-close", pos), pos);
        }
        if (last == Last.OPERATOR) {
            throw danglingOperator();
        }
        if (last == Last.OPEN) {
            int[] open = openParentheses.peek();
            throw open[1] >= 0
                    ? error(Messages.get("error.surface.needs-argument", formula.substring(open[1], open[2]), open[1]), open[1])
                    : error(Messages.get("error.surface.empty-parentheses", open[0]), open[0]);
        }
        openParentheses.pop();
        last = Last.CLOSE;
        pos++;
    }

    private void readOperator(char ch) throws SurfaceParseException {
        if (pos == 0 || !Operator.isAllowedOperatorChar(formula.charAt(pos - 1))) {
            int runEnd = pos;
            while (runEnd < length && Operator.isAllowedOperatorChar(formula.charAt(runEnd))) {
                runEnd++;
            }
            if (runEnd - pos > MAX_OPERATOR_RUN) {
                throw error(Messages.get("error.surface.too-many-operators", pos), pos);
            }
        }
        boolean expectsOperand = last == Last.NOTHING || last == Last.OPEN || last == Last.OPERATOR;
        if (expectsOperand && ch != '-' && ch != '+') {
            throw error(Messages.get("error.surface.nothing-before", ch, pos), pos);
        }
        last = Last.OPERATOR;
        lastOperatorPosition = pos;
        pos++;
    }

    private SurfaceParseException danglingOperator() {
        return error(Messages.get("error.surface.nothing-after", formula.charAt(lastOperatorPosition),
                lastOperatorPosition), lastOperatorPosition);
    }

    private boolean nextNonSpaceIs(int from, char expected) {
        int i = from;
        while (i < length && Character.isWhitespace(formula.charAt(i))) {
            i++;
        }
        return i < length && formula.charAt(i) == expected;
    }

    private static boolean isE(char c) {
        return c == 'e' || c == 'E';
    }

    private static boolean isNumeric(char c, boolean afterE) {
        return Character.isDigit(c) || c == '.' || isE(c) || (afterE && (c == '-' || c == '+'));
    }

    private static SurfaceParseException error(String message, int position) {
        return new SurfaceParseException(message, position);
    }
}
