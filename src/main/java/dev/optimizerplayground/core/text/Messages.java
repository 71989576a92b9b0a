package dev.optimizerplayground.core.text;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every string a person reads, looked up by key in the language in use. The texts live in
 * {@code dev/optimizerplayground/messages.properties} (English, the root) and
 * {@code messages_zh.properties}; both are UTF-8 (Java 9+ reads property bundles as UTF-8).
 *
 * <p>One language is in use for the whole process ({@link #use}): the window switches it from
 * View ▸ Language and rebuilds its text, {@code render --lang} sets it for a headless figure.
 *
 * <p>Arguments fill {@code {0}}, {@code {1}} … as given. {@link java.text.MessageFormat} is not
 * used on purpose: it would format numbers by locale (the app writes 1e-8 and 0.001 the same way in
 * every language, through {@link NumberText}) and it eats apostrophes ("RMSProp's").
 */
public final class Messages {

    /** The bundles' base name, for tests and tools that read the files. */
    public static final String BUNDLE = "dev.optimizerplayground.messages";

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");
    private static final Map<Language, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
    private static volatile Language language = Language.ENGLISH;

    private Messages() {
    }

    /** Switches every later lookup to this language. */
    public static void use(Language language) {
        Messages.language = Objects.requireNonNull(language, "language");
    }

    public static Language language() {
        return language;
    }

    /** The text of this key in the language in use, with {@code {n}} replaced by the n-th argument. */
    public static String get(String key, Object... arguments) {
        return in(language, key, arguments);
    }

    /** The text of this key in the given language, whatever is in use. */
    public static String in(Language language, String key, Object... arguments) {
        return substitute(bundle(language).getString(key), arguments);
    }

    static String substitute(String pattern, Object... arguments) {
        if (arguments.length == 0) {
            return pattern;
        }
        Matcher m = ARGUMENT.matcher(pattern);
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            String value = index < arguments.length ? String.valueOf(arguments[index]) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether the bundles hold this key (for texts looked up by a computed key, e.g. an enum's name). */
    public static boolean has(String key) {
        return bundle(language).containsKey(key);
    }

    /** The bundle of one language alone, without falling back to the system's locale. */
    public static ResourceBundle bundle(Language language) {
        return BUNDLES.computeIfAbsent(language, l -> ResourceBundle.getBundle(BUNDLE,
                l == Language.ENGLISH ? Locale.ROOT : l.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
}
