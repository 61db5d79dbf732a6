package org.gutskin.io;

/**
 * The one way a number is written into a TSV output ({@code alpha}, {@code beta}, the cohort tables,
 * {@code models.tsv}, {@code replication.tsv}): a whole number without a fraction, any other value at full
 * round-trip precision ({@link Double#toString}: reading it back gives the same double), and an undefined value
 * as {@code NaN}. A cell with no value at all (nothing was estimated) is left empty by the table that writes it.
 */
public final class TsvNumbers {

    /** The one spelling of an undefined number. */
    public static final String NAN = "NaN";

    private TsvNumbers() {}

    public static String format(double v) {
        if (Double.isNaN(v)) return NAN;
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
