package dev.optimizerplayground.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedTextTest {

    @Test
    void shortValuesAreQuotedWhole() {
        assertThat(QuotedText.quote("adamw")).isEqualTo("'adamw'");
        assertThat(QuotedText.quote("x".repeat(80))).isEqualTo("'" + "x".repeat(80) + "'");
    }

    @Test
    void longValuesShowTheirStartAndTheirLength() {
        String huge = "1," + "2,".repeat(350_000);
        String quoted = QuotedText.quote(huge);
        assertThat(quoted).startsWith("'1,2,2,").endsWith("…' (700002 characters)");
        assertThat(quoted.length()).isLessThan(110);
        assertThat(QuotedText.excerpt(huge)).startsWith("1,2,2,").endsWith("… (700002 characters)");
    }

    @Test
    void anExcerptStaysOnOneLineAndNeverSplitsACharacter() {
        assertThat(QuotedText.quote("a\nb\u2028c\td")).isEqualTo("'a\\nb\\u2028c\\td'");
        String emoji = "x".repeat(79) + "😀".repeat(10);
        assertThat(QuotedText.excerpt(emoji)).startsWith("x".repeat(79) + "…");
        assertThat(QuotedText.excerpt("é".repeat(100))).doesNotContain("\uFFFD");
    }
}
