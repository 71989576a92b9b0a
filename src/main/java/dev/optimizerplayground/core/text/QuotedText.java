package dev.optimizerplayground.core.text;

/**
 * How a message quotes a value someone typed, pasted or saved, which may be megabytes long or hold
 * line breaks: at most {@value #MAX_CHARACTERS} characters of it, on one line, with its length when
 * it was cut ("'1,2,2,2,…' (700002 characters)"). A message is one line a person reads, not an
 * echo of the input.
 */
public final class QuotedText {

    public static final int MAX_CHARACTERS = 80;

    private QuotedText() {
    }

    /** The value in single quotes, cut to its start if long; null is quoted as 'null'. */
    public static String quote(String value) {
        if (value == null) {
            return "'null'";
        }
        return value.length() <= MAX_CHARACTERS
                ? "'" + start(value) + "'"
                : "'" + start(value) + "…'" + length(value);
    }

    /** The value without quotes (for numbers and JSON), cut to its start if long. */
    public static String excerpt(String value) {
        return value.length() <= MAX_CHARACTERS ? start(value) : start(value) + "…" + length(value);
    }

    private static String length(String value) {
        return Messages.get("text.quoted.length", value.length());
    }

    /** The first characters that fit (all of a short value), with line breaks and controls escaped. */
    private static String start(String value) {
        int end = value.length() <= MAX_CHARACTERS ? value.length() : MAX_CHARACTERS - 1;
        if (end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        StringBuilder text = new StringBuilder(end + 8);
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (c == '\n') {
                text.append("\\n");
            } else if (c == '\r') {
                text.append("\\r");
            } else if (c == '\t') {
                text.append("\\t");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                text.append(String.format("\\u%04x", (int) c));
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
