package dev.optimizerplayground.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
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
        Set<String> english = keysOf(Language.ENGLISH);
        for (Language language : Language.values()) {
            Set<String> keys = keysOf(language);
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
            for (String line : linesOf(language)) {
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
            for (String key : keysOf(language)) {
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

    /**
     * The keys written in this language's own file. Not the bundle's keys: a bundle also answers
     * with its parent's (English) keys, which would hide a missing translation.
     */
    private static Set<String> keysOf(Language language) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(String.join("\n", linesOf(language))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    /** The lines of one language's own file (continuation lines of a long value are not keys). */
    private static List<String> linesOf(Language language) {
        String file = "/" + Messages.BUNDLE.replace('.', '/')
                + (language == Language.ENGLISH ? "" : "_" + language.tag()) + ".properties";
        try (InputStream in = MessagesTest.class.getResourceAsStream(file)) {
            assertNotNull(in, file);
            List<String> lines = new ArrayList<>();
            boolean continued = false;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                lines.add(continued ? "# " + line : line); // a continuation is part of the value above
                continued = line.endsWith("\\") && !line.endsWith("\\\\");
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
