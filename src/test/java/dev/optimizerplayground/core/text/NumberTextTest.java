package dev.optimizerplayground.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

    @ParameterizedTest
    @CsvSource({
        "1.0, 1", "-1.0, -1", "0.05, 0.05", "1.0E-8, 1e-8", "-1.0E-8, -1e-8", "2.5E-7, 2.5e-7",
        "0.001, 0.001", "1.0E20, 1e20", "123456.5, 123456.5", "NaN, NaN", "Infinity, Infinity"})
    void writesWhatPeopleType(double value, String text) {
        assertThat(NumberText.exact(value)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 1e-12, 0.30000000000000004, 6.02214076e23, -4.9e-324, 0.0999})
    void readsBackAsTheSameDouble(double value) {
        assertThat(Double.parseDouble(NumberText.exact(value))).isEqualTo(value);
    }
}
