package dev.optimizerplayground.core.text;

import java.util.Locale;

/**
 * The languages the interface is written in. English is the bundles' root, so a key missing from
 * another language's bundle still reads (in English) rather than failing; a test keeps the
 * bundles complete.
 */
public enum Language {
    ENGLISH("en", "English"),
    CHINESE("zh", "简体中文");

    private final String tag;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    /** The short tag used on the command line ({@code --lang zh}) and in saved settings. */
    public String tag() {
        return tag;
    }

    /** The name as its speakers write it, so a menu of languages is readable whatever is chosen. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language with this tag ("en", "zh"), ignoring case. */
    public static Language ofTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag.strip())) {
                return language;
            }
        }
        throw new IllegalArgumentException(Messages.get("error.language", QuotedText.quote(tag)));
    }

    /** What a first start uses: Chinese for any Chinese locale (zh, zh-CN, zh-TW …), else English. */
    public static Language forLocale(Locale locale) {
        return CHINESE.tag.equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }
}
