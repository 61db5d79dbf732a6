package org.gutskin.cli;

import java.util.Locale;

/** How the index commands ({@code score}, {@code evaluate}) write numbers. */
final class IndexOutput {

    private IndexOutput() {}

    /** The shortest decimal that reads back as the same double (as Python's repr); NaN as {@code NA}. */
    static String shortest(double v) {
        if (Double.isNaN(v)) return "NA";
        String s = Double.toString(v);
        // Java 17's Double.toString is not always the shortest round-trip form; fall back to 17 digits if needed
        return Double.parseDouble(s) == v ? s : String.format(Locale.ROOT, "%.17g", v);
    }

    /** Fixed 4 decimals for rates and AUC. */
    static String rate(double v) {
        return Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, "%.4f", v);
    }
}
