package dev.optimizerplayground.core.explain;

import java.util.Map;

/**
 * Turns the plain-text formulas of a {@link StepExplanation} into LaTeX math: Greek letters and
 * hats become commands, "√(…)" becomes \sqrt{…}, state names become \mathrm{…}, superscript and
 * subscript characters become ^{…} and _{…}, and plain-text words in parentheses become \text{…}, as do
 * Chinese words and remarks (in full-width parentheses, as Chinese writes them).
 */
final class Latex {

    private static final Map<Character, String> SYMBOLS = Map.ofEntries(
            Map.entry('β', "\\beta "), Map.entry('ε', "\\varepsilon "), Map.entry('η', "\\eta "),
            Map.entry('μ', "\\mu "), Map.entry('ρ', "\\rho "), Map.entry('ψ', "\\psi "), Map.entry('θ', "\\theta "),
            Map.entry('Δ', "\\Delta "), Map.entry('α', "\\alpha "), Map.entry('∂', "\\partial "),
            Map.entry('·', "\\cdot "), Map.entry('−', "-"), Map.entry('²', "^{2}"), Map.entry('ᵗ', "^{t}"),
            Map.entry('₁', "_{1}"), Map.entry('₂', "_{2}"), Map.entry('ₜ', "_{t}"), Map.entry('₊', "+"),
            Map.entry('%', "\\%"), Map.entry('_', "\\_"));

    private Latex() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '√' && i + 1 < text.length() && text.charAt(i + 1) == '(') {
                int close = matching(text, i + 1);
                out.append("\\sqrt{").append(of(text.substring(i + 2, close))).append('}');
                i = close + 1;
            } else if (c == '(' && i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1))
                    && text.indexOf(' ', i) > 0 && text.indexOf(' ', i) < matching(text, i) && isWords(text, i)) {
                int close = matching(text, i);
                out.append("\\quad\\text{(").append(text, i + 1, close).append(")}");
                i = close + 1;
            } else if (c == '（') {
                // a remark in Chinese, written with full-width parentheses: text, not math
                int found = text.indexOf('）', i);
                int close = found < 0 ? text.length() - 1 : found;
                out.append("\\quad\\text{").append(text.substring(i, close + 1).replace("_", "\\_")).append('}');
                i = close + 1;
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                // Chinese words in a formula ("θₜ₋₁ 处的 ∂f/∂θ") are text too: math mode cannot set them
                int end = i;
                while (end < text.length() && Character.UnicodeScript.of(text.charAt(end)) == Character.UnicodeScript.HAN) {
                    end++;
                }
                out.append("\\text{").append(text, i, end).append('}');
                i = end;
            } else if (text.startsWith("̂", i + 1)) {
                // a letter with a combining circumflex: m̂, v̂, ε̂
                out.append("\\hat{").append(of(String.valueOf(c)).strip()).append('}');
                i += 2;
            } else if (text.startsWith("̄", i + 1)) {
                out.append("\\bar{").append(of(String.valueOf(c)).strip()).append('}');
                i += 2;
            } else if (Character.isLetter(c) && c < 128) {
                int end = i;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')
                        && text.charAt(end) < 128) {
                    end++;
                }
                String word = text.substring(i, end);
                if (isNumberExponent(text, i)) {
                    out.append(word);
                } else if (word.length() > 1) {
                    out.append("\\mathrm{").append(word.replace("_", "\\_")).append('}');
                } else {
                    out.append(word);
                }
                i = end;
            } else if (c == '^' && i + 1 < text.length() && text.charAt(i + 1) == '(') {
                int close = matching(text, i + 1);
                out.append("^{").append(of(text.substring(i + 2, close))).append('}');
                i = close + 1;
            } else {
                String symbol = SYMBOLS.get(c);
                out.append(symbol != null ? symbol : String.valueOf(c));
                i++;
            }
        }
        return out.toString();
    }

    /** The E of 1.0E-8 is part of the number, not a variable. */
    private static boolean isNumberExponent(String text, int i) {
        return text.charAt(i) == 'E' && i > 0 && Character.isDigit(text.charAt(i - 1));
    }

    /** Whether the parenthesised part starting at {@code open} is an English remark. */
    private static boolean isWords(String text, int open) {
        String inside = text.substring(open + 1, matching(text, open));
        return inside.matches("[a-zA-Z ,'’]+.*") && inside.split(" ").length > 1 && !inside.contains("·");
    }

    private static int matching(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '(') {
                depth++;
            } else if (text.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        return text.length() - 1;
    }
}
