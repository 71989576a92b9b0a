package dev.optimizerplayground.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a string literal is text a person reads, which belongs in the message bundles (the rules
 * of the i18n notes): multi-word prose, any Chinese, a sentence built with {@code +}, or a word given
 * to a control's text (a label, a button, a menu item, a tooltip, a title, a prompt). Not text:
 * message keys, ids, style classes, resource paths, JSON names and other lower-case identifiers;
 * notation that is the same in every language (η, E[g²], optimizer and framework names); what only
 * a programmer reads (the log, the console, the messages of programming errors, a cancelled job's
 * reason); regular expressions. An {@code IllegalArgumentException}'s message counts as text: a
 * refused setting or a bad scenario file shows it in the window. Where one only guards a programmer's
 * mistake, the test's allow-list says so.
 */
final class UserVisibleText {

    /**
     * A token: a run of letters, digits and underscores. A word of the language is a token of two or
     * more Latin letters only; "exp_avg", "η_eff" and "x2" are names and symbols, not words.
     */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff\\uf900-\\ufaff]");
    /** Ids, keys, style classes, file names, JSON names: lower case, digits and - _ . / # : * without spaces. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9_.\\-/#:*$%{}\\[\\]@=+,;<>|?!^~&()]*");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{Ll}+.*");

    /**
     * Words that are the same in every language: optimizer, framework and method names, and the
     * few upper-case names the interface shows as they are (contour level modes, file formats).
     */
    static final Set<String> NOTATION = Set.of(
            "RMSProp", "RMSprop", "Adagrad", "AdaGrad", "SGD", "Adam", "AdamW", "Nadam", "NAdam", "AdaDelta",
            "Adadelta", "AMSGrad", "Nesterov", "PyTorch", "Keras", "TensorFlow", "LaTeX", "Hessian",
            "Rosenbrock", "Himmelblau", "Rastrigin", "Beale", "Booth", "StepLR", "ExponentialLR",
            "CosineAnnealingLR", "AUTO", "LOG", "LINEAR", "PNG", "GIF", "MP4", "CSV", "JSON", "SVG", "H.264",
            "min", "max", "exp", "log", "sqrt", "abs", "sin", "cos", "tan", "pi");

    /**
     * Calls whose arguments a person reads on a control or a dialog. A literal passed straight to
     * one of these is text even if it is one lower-case word ("steps").
     */
    private static final Pattern SINK = Pattern.compile(
            "(new (Label|Button|ToggleButton|CheckBox|RadioButton|MenuButton|SplitMenuButton|Hyperlink|Menu|MenuItem"
                    + "|CheckMenuItem|RadioMenuItem|CustomMenuItem|Tooltip|Tab|TitledPane|Text|TextFlow|ButtonType"
                    + "|Alert|ExtensionFilter|FileChooser.ExtensionFilter))"
                    + "|(.*\\.)?(set(Text|Title|HeaderText|ContentText|PromptText|AccessibleText|AccessibleHelp"
                    + "|Caption|Label|Message|Tooltip)|then|otherwise|report|confirm|markInvalid|setMarker|\\w*Tooltip\\.of"
                    + "|\\w*(Label|Title|Caption|Button|Tooltip|Heading|Paragraph))");

    /**
     * Calls whose arguments only a programmer reads, or which are not words at all: the log and the
     * console, the messages of programming errors, regular expressions, style sheets, resources,
     * annotations. A literal inside any of these is not text.
     */
    private static final Pattern NOT_FOR_READERS = Pattern.compile(
            "(.*\\.)?(log|logf|println|print|printf|warning|info|fine|debug|trace)"
                    + "|new (IllegalStateException|AssertionError|UnsupportedOperationException|NullPointerException"
                    + "|IndexOutOfBoundsException|InternalError|Error"
                    // a job that was cancelled is dropped, not reported to anyone
                    + "|CancellationException)"
                    + "|(Objects\\.)?(requireNonNull|checkIndex)"
                    + "|(.*\\.)?(compile|matches|replaceAll|replaceFirst|split|ofPattern|getResource|getResourceAsStream"
                    + "|setStyle|getProperty|setProperty|clearProperty|getenv|lookup|lookupAll|loadLibrary)"
                    + "|@.*"
                    + "|(.*\\.)?(get|in|has)"); // Messages.get("key", …): a key, and its arguments are checked in their own calls

    private UserVisibleText() {
    }

    /** Whether this literal, where it stands, is text a person reads. */
    static boolean isText(JavaStrings.Literal literal) {
        String value = literal.value();
        if (literal.calls().stream().anyMatch(call -> NOT_FOR_READERS.matcher(call).matches())) {
            return false;
        }
        if (CJK.matcher(value).find()) {
            return true;
        }
        List<String> words = words(value);
        if (words.isEmpty() || NOTATION.containsAll(words)) {
            return false;
        }
        boolean inSink = literal.calls().stream().anyMatch(call -> SINK.matcher(call).matches());
        if (IDENTIFIER.matcher(value).matches()) {
            // an id or a key, unless handed straight to a control: new Label("steps")
            return SINK.matcher(literal.innermostCall()).matches() && !value.contains(".") && !value.contains("-");
        }
        if (words.size() >= 2 && value.strip().contains(" ")) {
            return true; // multi-word prose
        }
        if (literal.joined() && !value.equals(value.strip())) {
            return true; // a word being joined into a sentence: "step " + n, n + " steps/s"
        }
        return inSink && CAPITALISED.matcher(value.strip()).matches();
    }

    private static List<String> words(String value) {
        Matcher m = TOKEN.matcher(value);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            if (WORD.matcher(m.group()).matches()) {
                found.add(m.group());
            }
        }
        return found;
    }
}
