package org.gutskin.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.gutskin.evidence.label.DoseParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/** CFU amounts in the spellings labels use; expected values worked out by hand in each row. */
class DoseParserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Lactobacillus rhamnosus GG, 10 billion CFU, for eczema | 1e10",
            "1×10^10 CFU per capsule | 1e10",
            "1 x 10^8 CFU per daily dose | 1e8",
            "2 X 10^9 cfu | 2e9",
            "5x10e9 CFU | 5e9",
            "1,5 x 10^9 UFC | 1.5e9",
            "10¹⁰ CFU | 1e10",
            "3×10⁹ cfu/day | 3e9",
            "1e10 | 1e10",
            "1.0E10 cfu/g | 1e10",
            "2.5e+9 live bacteria | 2.5e9",
            "10 billion live cultures | 1e10",
            "contains 10 bn friendly bacteria | 1e10",
            "50 Billion CFU | 5e10",
            "10B CFU | 1e10",
            "500 million CFU | 5e8",
            "1,5 Mrd. KBE | 1.5e9",
            "20 Milliarden | 2e10",
            "10,000,000,000 CFU | 1e10",
            "1 000 000 000 cfu | 1e9",
            "1,000 million cultures | 1e9",
            "6 billion (HN001) and 9 billion (HN019), total 15 billion CFU | 1.5e10",
    })
    void readsTheUsualSpellings(String text, double expected) {
        OptionalDouble d = DoseParser.parse(text);
        assertThat(d).isPresent();
        assertThat(d.getAsDouble()).isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(1e-9));
    }

    @Test
    void ignoresNumbersThatAreNotDoses() {
        assertThat(DoseParser.parse("Take 2 capsules daily for 12 weeks, 30 capsules")).isEmpty();
        assertThat(DoseParser.parse("Lactobacillus rhamnosus GG")).isEmpty();
        assertThat(DoseParser.parse("DSM 17938")).isEmpty();
        assertThat(DoseParser.parse("Lactiplantibacillus plantarum IS-10506")).isEmpty();
    }

    /** Property: m·10^e written in any of the usual notations reads back as m·10^e (m = 1..99, e = 6..12). */
    @Test
    void everyNotationOfTheSameAmountAgrees() {
        qt().forAll(integers().between(1, 99), integers().between(6, 12)).checkAssert((m, e) -> {
            double expected = m * Math.pow(10, e);
            String sup = String.valueOf(e).chars().mapToObj(c -> String.valueOf("⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0')))
                    .reduce("", String::concat);
            for (String text : new String[] {m + " x 10^" + e + " CFU", m + "×10" + sup + " CFU", m + "e" + e,
                    m + " E+" + e + " cfu", m + "*10^" + e + " live cultures"})
                assertThat(DoseParser.parse(text).orElseThrow()).as(text)
                        .isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(1e-9));
            if (e >= 9 && e <= 11) { // "N billion" for amounts that are whole billions
                double billions = m * Math.pow(10, e - 9);
                assertThat(DoseParser.parse((long) billions + " billion CFU").orElseThrow()).isCloseTo(expected,
                        org.assertj.core.data.Percentage.withPercentage(1e-9));
            }
        });
    }
}
