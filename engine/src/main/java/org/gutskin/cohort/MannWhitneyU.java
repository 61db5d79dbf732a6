package org.gutskin.cohort;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Two-sided Mann–Whitney U test, as {@code scipy.stats.mannwhitneyu(x, y)} (SciPy ≥ 1.7, {@code method='auto'}).
 * The statistic is U₁ = R₁ − n₁(n₁+1)/2 for the first sample (R₁ its rank sum in the pooled mid-ranks).
 *
 * <p>p-value: <em>exact</em> (the permutation distribution of U, counted by the Mann–Whitney recurrence) when
 * either sample has at most 8 values and there are no ties — SciPy's 'auto' rule; otherwise the normal
 * approximation with tie correction and continuity correction:
 * <pre>z = (max(U₁, U₂) − n₁n₂/2 − ½) / √(n₁n₂/12 · ((n+1) − Σ(t³−t)/(n(n−1))))),  p = 2·P(Z ≥ z)</pre>
 * clipped to 1. Mann &amp; Whitney (1947), doi:10.1214/aoms/1177730491.
 *
 * <p>Edge cases: an empty sample gives an undefined result; all values tied gives p = 1 (σ = 0, as SciPy's
 * NaN-free path would divide by zero, we report the only sensible value and say so in {@code method}).
 */
public final class MannWhitneyU {

    private static final int EXACT_MAX = 8;

    private MannWhitneyU() {}

    public static RankTest test(double[] x, double[] y) {
        int n1 = x.length, n2 = y.length;
        if (n1 == 0 || n2 == 0) return RankTest.undefined("a group has no values");
        double[] all = new double[n1 + n2];
        System.arraycopy(x, 0, all, 0, n1);
        System.arraycopy(y, 0, all, n1, n2);
        Ranking r = Ranking.of(all);
        double r1 = 0;
        for (int i = 0; i < n1; i++) r1 += r.ranks()[i];
        double u1 = r1 - n1 * (n1 + 1) / 2.0;
        double u2 = (double) n1 * n2 - u1;
        double u = Math.max(u1, u2);
        if ((n1 <= EXACT_MAX || n2 <= EXACT_MAX) && r.tieSum() == 0) {
            double p = Math.min(1.0, 2.0 * exactSurvival((int) Math.round(u), n1, n2));
            return new RankTest(u1, p, "exact");
        }
        int n = n1 + n2;
        double mu = n1 * (double) n2 / 2.0;
        double var = n1 * (double) n2 / 12.0 * ((n + 1.0) - r.tieSum() / ((double) n * (n - 1.0)));
        if (var <= 0) return new RankTest(u1, 1.0, "all values tied");
        double z = (u - mu - 0.5) / Math.sqrt(var);
        double p = Math.min(1.0, 2.0 * NormalDistribution.of(0, 1).survivalProbability(z));
        return new RankTest(u1, p, "normal approximation, tie- and continuity-corrected");
    }

    /**
     * P(U ≥ u) under H₀ without ties. The frequencies of U for samples of sizes m and n are the coefficients of
     * the Gaussian binomial [m+n choose m]_q = ∏_{i=1..m} (1 − q^{n+i}) / (1 − q^i), computed exactly in integers
     * with m the smaller size (so O(m²n) steps).
     */
    static double exactSurvival(int u, int n1, int n2) {
        int m = Math.min(n1, n2), n = Math.max(n1, n2), deg = m * n;
        java.math.BigInteger[] c = new java.math.BigInteger[deg + 1];
        java.util.Arrays.fill(c, java.math.BigInteger.ZERO);
        c[0] = java.math.BigInteger.ONE;
        for (int i = 1; i <= m; i++) {
            for (int v = deg; v >= n + i; v--) c[v] = c[v].subtract(c[v - n - i]); // × (1 − q^{n+i})
            for (int v = i; v <= deg; v++) c[v] = c[v].add(c[v - i]); // ÷ (1 − q^i)
        }
        java.math.BigInteger total = java.math.BigInteger.ZERO, tail = java.math.BigInteger.ZERO;
        for (int v = 0; v <= deg; v++) {
            total = total.add(c[v]);
            if (v >= u) tail = tail.add(c[v]);
        }
        return new java.math.BigDecimal(tail).divide(new java.math.BigDecimal(total), java.math.MathContext.DECIMAL64)
                .doubleValue();
    }
}
