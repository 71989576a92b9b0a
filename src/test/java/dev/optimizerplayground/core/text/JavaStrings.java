package dev.optimizerplayground.core.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The string literals of a Java source file, each with the calls it is an argument of. A small
 * lexer, enough for the checks on user-visible text: it skips comments and character literals,
 * reads escapes and text blocks, and keeps a stack of the open parentheses with the name before
 * each ({@code new Label}, {@code setText}, {@code LOG.log}, {@code @SuppressWarnings}).
 */
final class JavaStrings {

    /**
     * One literal.
     *
     * @param calls the enclosing calls, innermost first, as written before their parenthesis
     *              ("new Label", "setText", "LOG.log", "Objects.requireNonNull")
     * @param joined whether a {@code +} stands right before or after it (a sentence being built)
     */
    record Literal(String value, int line, List<String> calls, boolean joined) {

        String innermostCall() {
            return calls.isEmpty() ? "" : calls.get(0);
        }
    }

    private final String source;
    private int at;
    private int line = 1;
    private final Deque<String> open = new ArrayDeque<>();
    private final List<Literal> literals = new ArrayList<>();

    private JavaStrings(String source) {
        this.source = source;
    }

    static List<Literal> of(String source) {
        JavaStrings lexer = new JavaStrings(source);
        lexer.run();
        return lexer.literals;
    }

    private void run() {
        while (at < source.length()) {
            char c = source.charAt(at);
            if (c == '\n') {
                line++;
                at++;
            } else if (source.startsWith("//", at)) {
                skipTo("\n", false);
            } else if (source.startsWith("/*", at)) {
                skipTo("*/", true);
            } else if (source.startsWith("\"\"\"", at)) {
                textBlock();
            } else if (c == '"') {
                string();
            } else if (c == '\'') {
                character();
            } else if (c == '(') {
                open.push(nameBefore(at));
                at++;
            } else if (c == ')') {
                if (!open.isEmpty()) {
                    open.pop();
                }
                at++;
            } else {
                at++;
            }
        }
    }

    private void skipTo(String end, boolean past) {
        int stop = source.indexOf(end, at + 2);
        stop = stop < 0 ? source.length() : stop + (past ? end.length() : 0);
        countLines(at, stop);
        at = stop;
    }

    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
    }

    private void character() {
        at++;
        while (at < source.length() && source.charAt(at) != '\'') {
            at += source.charAt(at) == '\\' ? 2 : 1;
        }
        at++;
    }

    private void string() {
        int start = at;
        int startLine = line;
        StringBuilder value = new StringBuilder();
        at++;
        while (at < source.length() && source.charAt(at) != '"') {
            char c = source.charAt(at);
            if (c == '\\') {
                value.append(unescape(source.charAt(at + 1)));
                at += 2;
            } else {
                value.append(c);
                at++;
            }
        }
        at++;
        add(value.toString(), startLine, start, at);
    }

    private void textBlock() {
        int start = at;
        int startLine = line;
        int end = source.indexOf("\"\"\"", at + 3);
        end = end < 0 ? source.length() : end;
        String value = source.substring(source.indexOf('\n', at) + 1, end).stripIndent();
        countLines(at, end);
        at = end + 3;
        add(value, startLine, start, at);
    }

    private static char unescape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            default -> c;
        };
    }

    private void add(String value, int startLine, int start, int end) {
        boolean joined = neighbour(start - 1, -1) == '+' || neighbour(end, 1) == '+';
        literals.add(new Literal(value, startLine, List.copyOf(open), joined));
    }

    /** The first character from {@code i} in {@code direction} that is not white space. */
    private char neighbour(int i, int direction) {
        while (i >= 0 && i < source.length() && Character.isWhitespace(source.charAt(i))) {
            i += direction;
        }
        return i >= 0 && i < source.length() ? source.charAt(i) : ' ';
    }

    /** "new Label", "setText", "LOG.log", "@SuppressWarnings" or "" before the parenthesis at {@code paren}. */
    private String nameBefore(int paren) {
        int end = paren;
        while (end > 0 && Character.isWhitespace(source.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isJavaIdentifierPart(source.charAt(start - 1)) || source.charAt(start - 1) == '.'
                || source.charAt(start - 1) == '@')) {
            start--;
        }
        String name = source.substring(start, end);
        int before = start;
        while (before > 0 && Character.isWhitespace(source.charAt(before - 1))) {
            before--;
        }
        return before >= 3 && source.startsWith("new", before - 3) ? "new " + name : name;
    }
}
