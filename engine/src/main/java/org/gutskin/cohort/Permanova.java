package org.gutskin.cohort;

import org.gutskin.diversity.DistanceMatrix;

/**
 * One-factor PERMANOVA (Anderson 2001, doi:10.1111/j.1442-9993.2001.01070.pp.x), as scikit-bio 0.5.8's
 * {@code skbio.stats.distance.permanova}: with n samples in k groups of sizes n_g and distances d_ij,
 *
 * <pre>S_T = (1/n) Σ_{i&lt;j} d_ij²     S_W = Σ_g (1/n_g) Σ_{i&lt;j ∈ g} d_ij²     S_A = S_T − S_W
 * pseudo-F = (S_A / (k − 1)) / (S_W / (n − k))</pre>
 *
 * The p-value is (#{F_π ≥ F} + 1)/(permutations + 1) over {@link Permutations seeded permutations} of the
 * labels. Edge cases: fewer than two groups, or as many groups as samples, give an undefined test (NaN); all
 * distances zero gives NaN (0/0), as scikit-bio.
 */
public final class Permanova {

    private Permanova() {}

    public static PermutationTest test(DistanceMatrix dm, Grouping g, int permutations, long seed) {
        double[] sq = dm.condensed();
        int n = dm.size(), k = g.groupCount();
        double f = pseudoF(sq, n, g.codes(), k);
        double[] perm = new double[permutations];
        if (!Double.isNaN(f))
            for (int p = 0; p < permutations; p++) perm[p] = pseudoF(sq, n, Permutations.permuted(g.codes(), seed, p), k);
        return new PermutationTest(f, Permutations.pValue(f, perm), permutations);
    }

    /**
     * The pseudo-F statistic for one labelling; {@code d} the condensed distances, squared on the fly (no n²/2
     * copy: at 50,000 samples the matrix alone is 10 GB).
     */
    public static double pseudoF(double[] d, int n, int[] codes, int k) {
        if (k < 2 || n <= k) return Double.NaN;
        int[] size = new int[k];
        for (int c : codes) size[c]++;
        double[] inv = new double[k];
        for (int g = 0; g < k; g++) inv[g] = size[g] == 0 ? 0 : 1.0 / size[g];
        double total = 0, within = 0;
        int idx = 0;
        for (int i = 0; i < n; i++) {
            int ci = codes[i];
            double rowWithin = 0;
            for (int j = i + 1; j < n; j++, idx++) {
                double v = d[idx] * d[idx];
                total += v;
                if (codes[j] == ci) rowWithin += v;
            }
            within += rowWithin * inv[ci];
        }
        double sT = total / n, sA = sT - within;
        return (sA / (k - 1)) / (within / (n - k));
    }
}
