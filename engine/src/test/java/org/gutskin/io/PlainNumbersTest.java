package org.gutskin.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Doses as people read them, against values written out by hand (short scale: billion = 10^9). */
class PlainNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.0e10 | 10 billion",
        "2.0e9  | 2 billion",
        "2.5e9  | 2.5 billion",
        "5.0e8  | 500 million",
        "1.0e6  | 1 million",
        "1.0e12 | 1 trillion",
        "3.3e11 | 330 billion",
        "25000  | 25,000",
        "999999 | 1 million",       // two significant digits: 1.0e6
        "1.24e10 | 12 billion",     // 1.2e10 after rounding to two digits
        "7      | 7"})
    void amounts(double v, String expected) {
        assertThat(PlainNumbers.amount(v)).isEqualTo(expected);
    }

    @Test
    void perDay() {
        assertThat(PlainNumbers.cfuPerDay(1.0e10)).isEqualTo("10 billion CFU a day");
        assertThat(PlainNumbers.cfuPerDay(null)).isEqualTo("dose not reported");
        assertThatThrownBy(() -> PlainNumbers.amount(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
