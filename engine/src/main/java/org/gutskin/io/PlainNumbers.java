package org.gutskin.io;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Large amounts written as people read them: {@code 1.0e10} → "10 billion", {@code 2.5e9} → "2.5 billion",
 * {@code 5e8} → "500 million", {@code 1e12} → "1 trillion", {@code 25000} → "25,000". Two significant digits at
 * most (a dose on a label is never more precise), short-scale names (billion = 10^9), no scientific notation. The one
 * formatter for doses in every report audience.
 */
public final class PlainNumbers {

    private static final String[] NAMES = {"million", "billion", "trillion"};

    private PlainNumbers() {}

    /** "10 billion CFU a day"; a missing dose is "dose not reported". */
    public static String cfuPerDay(Double cfu) {
        return cfu == null || cfu.isNaN() || cfu <= 0 ? "dose not reported" : amount(cfu) + " CFU a day";
    }

    /** A positive amount in words and digits: "10 billion", "2.5 billion", "500 million", "25,000". */
    public static String amount(double v) {
        if (!(v > 0) || Double.isInfinite(v)) throw new IllegalArgumentException("not a positive amount: " + v);
        BigDecimal x = new BigDecimal(v).round(new java.math.MathContext(2, RoundingMode.HALF_EVEN));
        int group = -1; // 0 million, 1 billion, 2 trillion
        for (int g = NAMES.length - 1; g >= 0; g--)
            if (x.compareTo(BigDecimal.TEN.pow(6 + 3 * g)) >= 0) {
                group = g;
                break;
            }
        if (group < 0) return String.format(java.util.Locale.ROOT, "%,d", x.setScale(0, RoundingMode.HALF_EVEN)
                .longValueExact());
        BigDecimal scaled = x.movePointLeft(6 + 3 * group).stripTrailingZeros();
        return scaled.toPlainString() + " " + NAMES[group];
    }
}
