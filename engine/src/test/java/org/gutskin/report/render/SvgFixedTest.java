package org.gutskin.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Svg#fixed} writes what {@code String.format(Locale.ROOT, "%.Nf", v)} writes (the JDK's Formatter is the
 * reference), including the cases where rounding the exact binary value would differ (0.15 → "0.2", as Formatter
 * rounds Double.toString's digits) and the signed zero.
 */
class SvgFixedTest {

    @Test
    void sameCharactersAsFormatter() {
        double[] edges = {0, -0.0, 0.05, -0.05, 0.15, 0.25, 0.35, 1.45, 2.675, -2.675, 0.049, -0.04, 1e-9, 99.95,
            999999.95, 1e10, -1e10, 123456789.125, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE};
        for (double v : edges) {
            for (int places = 1; places <= 2; places++) {
                assertThat(Svg.fixed(v, places)).as(v + " to " + places)
                        .isEqualTo(String.format(Locale.ROOT, "%." + places + "f", v));
            }
        }
        assertThat(Svg.fixed(0.15, 1)).isEqualTo("0.2"); // by hand: Formatter rounds "0.15" half-up
        Random r = new Random(19);
        for (int i = 0; i < 200_000; i++) {
            double v = i % 2 == 0 ? (r.nextDouble() - 0.3) * 1000 : Math.round(r.nextDouble() * 100_000) / 1000.0;
            int places = 1 + (i % 2);
            assertThat(Svg.fixed(v, places)).isEqualTo(String.format(Locale.ROOT, "%." + places + "f", v));
        }
    }
}
