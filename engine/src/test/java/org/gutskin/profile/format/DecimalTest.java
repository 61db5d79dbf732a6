package org.gutskin.profile.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The fast number parser gives exactly what {@link Double#parseDouble} gives (the peer), and refuses the same text. */
class DecimalTest {

    private static double parse(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return Decimal.parse(b, 0, b.length);
    }

    @Test
    void agreesWithJavaOnShortestDoubleStrings() {
        qt().withExamples(20000).forAll(doubles().between(0, 1e7)).checkAssert(d ->
                assertThat(parse(Double.toString(d))).isEqualTo(Double.parseDouble(Double.toString(d))));
    }

    @Test
    void agreesWithJavaOnProfilerStyleDecimals() {
        // MetaPhlAn writes 5 decimals (0.01202), older versions full precision; digit strings up to 19 long
        qt().withExamples(20000).forAll(longs().between(0, Long.MAX_VALUE / 10), integers().between(0, 19))
                .checkAssert((m, scale) -> {
                    String digits = Long.toString(m);
                    String s = scale == 0 ? digits
                            : scale >= digits.length() ? "0." + "0".repeat(scale - digits.length()) + digits
                            : digits.substring(0, digits.length() - scale) + "." + digits.substring(digits.length() - scale);
                    assertThat(parse(s)).as(s).isEqualTo(Double.parseDouble(s));
                });
    }

    @Test
    void edgeCases() {
        assertThat(parse("0")).isEqualTo(0.0);
        assertThat(parse("100.0")).isEqualTo(100.0);
        assertThat(parse(" 3.5 ")).isEqualTo(3.5);
        assertThat(parse("\"2\"")).isEqualTo(2.0);
        assertThat(parse("1e-5")).isEqualTo(1e-5);
        assertThat(parse("-1.5")).isEqualTo(-1.5);
        assertThat(parse(".5")).isEqualTo(0.5);
        assertThat(parse("5.")).isEqualTo(5.0);
        for (String bad : new String[] {"", " ", "NaN", "Infinity", "-inf", "1,5", "0x10", "1d", "abc", ".", "-", "1.2.3"})
            assertThatThrownBy(() -> parse(bad)).as(bad).isInstanceOf(NumberFormatException.class);
    }
}
