package org.gutskin.cohort.output;

import java.util.Locale;

/** The cohort and replication pages' number format (escaping is {@link org.gutskin.io.Html#escape}). */
public final class HtmlText {

    private HtmlText() {}

    /** Four decimals, or three significant digits for very small or large values; "–" for undefined. */
    public static String fmt(double v) {
        if (Double.isNaN(v)) return "–";
        if (v != 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e5)) return String.format(Locale.ROOT, "%.3g", v);
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
