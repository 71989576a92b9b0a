package dev.optimizerplayground.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    void everyKeyIsWrittenInEveryLanguage() {
        Set<String> english = BundleFiles.keysOf(Language.ENGLISH);
        for (Language language : Language.values()) {
            Set<String> keys = BundleFiles.keysOf(language);
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(keys);
            Set<String> extra = new TreeSet<>(keys);
            extra.removeAll(english);
            assertEquals(Set.of(), missing, "keys missing in " + language);
            assertEquals(Set.of(), extra, "keys only in " + language);
        }
    }

    /** Branches merge the bundles line by line (.gitattributes), so two blocks may both define a key. */
    @Test
    void noKeyIsWrittenTwiceInAFile() {
        for (Language language : Language.values()) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : BundleFiles.linesOf(language)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                    continue;
                }
                String key = trimmed.split("\\s*[=:]", 2)[0].strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            assertEquals(Set.of(), twice, "keys written twice in " + language);
        }
    }

    @Test
    void everyTranslationTakesTheSameArgumentsAndIsNotBlank() {
        for (Language language : Language.values()) {
            ResourceBundle bundle = Messages.bundle(language);
            for (String key : BundleFiles.keysOf(language)) {
                String text = bundle.getString(key);
                assertFalse(text.isBlank(), key + " is blank in " + language);
                assertEquals(arguments(Messages.bundle(Language.ENGLISH).getString(key)), arguments(text),
                        key + " takes other arguments in " + language);
            }
        }
    }

    @Test
    void theChineseBundleIsItsOwnFileNotTheEnglishFallback() {
        assertEquals("优化器演练场", Messages.in(Language.CHINESE, "app.title"));
        assertEquals("Optimizer Playground", Messages.in(Language.ENGLISH, "app.title"));
        Messages.use(Language.CHINESE);
        assertEquals("优化器演练场", Messages.get("app.title"));
    }

    @Test
    void argumentsFillTheirPlacesAndApostrophesStay() {
        String filled = Messages.substitute("{1}'s rate is {0}, not {2}", "0.001", "RMSProp");
        assertEquals("RMSProp's rate is 0.001, not {2}", filled);
    }

    @Test
    void aLocaleChoosesTheFirstLanguage() {
        assertEquals(Language.CHINESE, Language.forLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Language.CHINESE, Language.forLocale(Locale.forLanguageTag("zh-TW")));
        assertEquals(Language.ENGLISH, Language.forLocale(Locale.GERMANY));
        assertEquals(Language.CHINESE, Language.ofTag(" ZH "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Language.ofTag("fr"));
        assertTrue(e.getMessage().contains("'fr'"), e.getMessage());
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
