package org.gutskin.cohort;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Kruskal–Wallis H test across k ≥ 2 groups, as {@code scipy.stats.kruskal}:
 *
 * <pre>H = [12 / (n(n+1)) · Σ_g R_g² / n_g − 3(n+1)] / [1 − Σ(t³ − t) / (n³ − n)]</pre>
 *
 * with R_g the sum of mid-ranks of group g and t the sizes of tie groups; p = P(χ²_{k−1} ≥ H).
 * Kruskal &amp; Wallis (1952), doi:10.1080/01621459.1952.10483441.
 *
 * <p>Edge cases: empty groups are ignored; fewer than two non-empty groups, or all values tied (scipy raises
 * "All numbers are identical"), give an undefined result (NaN statistic and p-value).
 */
public final class KruskalWallis {

    private KruskalWallis() {}

    /** @param values the observations; @param group each observation's group code 0..k−1 */
    public static RankTest test(double[] values, int[] group, int k) {
        int n = values.length;
        int[] size = new int[k];
        for (int g : group) size[g]++;
        int nonEmpty = 0;
        for (int s : size) if (s > 0) nonEmpty++;
        if (nonEmpty < 2) return RankTest.undefined("fewer than two groups with values");
        Ranking r = Ranking.of(values);
        double[] sum = new double[k];
        for (int i = 0; i < n; i++) sum[group[i]] += r.ranks()[i];
        double h = 0;
        for (int g = 0; g < k; g++) if (size[g] > 0) h += sum[g] * sum[g] / size[g];
        h = 12.0 / (n * (n + 1.0)) * h - 3.0 * (n + 1.0);
        double ties = 1.0 - r.tieSum() / ((double) n * n * n - n);
        if (ties == 0) return RankTest.undefined("all values are identical");
        h /= ties;
        double p = ChiSquaredDistribution.of(nonEmpty - 1).survivalProbability(h);
        return new RankTest(h, p, "chi-squared approximation, tie-corrected");
    }
}
