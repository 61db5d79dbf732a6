package org.gutskin.cohort.longitudinal;

/**
 * The ordinary least-squares slope of y on t, as {@code scipy.stats.linregress(t, y).slope}:
 *
 * <pre>b = Σ (tᵢ − t̄)(yᵢ − ȳ) / Σ (tᵢ − t̄)²</pre>
 *
 * over the pairs whose y is finite (an undefined score, e.g. an index with none of its taxa, is left out). Fewer
 * than two such pairs, or all their times equal, give NaN. Two passes (means first), so a large time origin (epoch
 * days) costs no precision.
 */
public final class OlsSlope {

    private OlsSlope() {}

    public static double of(double[] t, double[] y) {
        if (t.length != y.length) throw new IllegalArgumentException("t and y differ in length");
        int n = 0;
        double st = 0, sy = 0;
        for (int i = 0; i < t.length; i++)
            if (Double.isFinite(y[i])) {
                n++;
                st += t[i];
                sy += y[i];
            }
        if (n < 2) return Double.NaN;
        double mt = st / n, my = sy / n, sxy = 0, sxx = 0;
        for (int i = 0; i < t.length; i++)
            if (Double.isFinite(y[i])) {
                sxy += (t[i] - mt) * (y[i] - my);
                sxx += (t[i] - mt) * (t[i] - mt);
            }
        return sxx == 0 ? Double.NaN : sxy / sxx;
    }
}
