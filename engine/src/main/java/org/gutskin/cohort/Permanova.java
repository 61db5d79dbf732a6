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
        return k == 2 ? twoGroups(d, n, codes, inv) : (anyGroups(d, n, codes, inv, k));
    }

    private static double anyGroups(double[] d, int n, int[] codes, double[] inv, int k) {
        double total = 0, within = 0;
        int idx = 0;
        for (int i = 0; i < n; i++) {
            int ci = codes[i];
            double rowWithin = 0;
            for (int j = i + 1; j < n; j++, idx++) {
                double v = d[idx] * d[idx];
                total += v;
                rowWithin += codes[j] == ci ? v : 0.0;
            }
            within += rowWithin * inv[ci];
        }
        return f(total, within, n, k);
    }

    /**
     * Two groups without a branch per pair (the permutation test spends nearly all its time here): with
     * c_j ∈ {0, 1}, row i's within-group sum is S_i = Σ_j d_ij² c_j if c_i = 1, else T_i − S_i (T_i the row total).
     */
    private static double twoGroups(double[] d, int n, int[] codes, double[] inv) {
        double[] c = new double[n];
        for (int i = 0; i < n; i++) c[i] = codes[i];
        double total = 0, within = 0;
        long idx = 0;
        for (int i = 0; i < n; i++) {
            int base = (int) (idx - (i + 1)); // d[base + j] is pair (i, j)
            double t0 = 0, t1 = 0, t2 = 0, t3 = 0, s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            int j = i + 1;
            for (; j + 3 < n; j += 4) {
                double v0 = d[base + j], v1 = d[base + j + 1], v2 = d[base + j + 2], v3 = d[base + j + 3];
                v0 *= v0;
                v1 *= v1;
                v2 *= v2;
                v3 *= v3;
                t0 += v0;
                t1 += v1;
                t2 += v2;
                t3 += v3;
                s0 += v0 * c[j];
                s1 += v1 * c[j + 1];
                s2 += v2 * c[j + 2];
                s3 += v3 * c[j + 3];
            }
            for (; j < n; j++) {
                double v = d[base + j] * d[base + j];
                t0 += v;
                s0 += v * c[j];
            }
            double t = (t0 + t1) + (t2 + t3), sum1 = (s0 + s1) + (s2 + s3);
            total += t;
            within += (codes[i] == 1 ? sum1 : t - sum1) * inv[codes[i]];
            idx += n - 1 - i;
        }
        return f(total, within, n, 2);
    }

    private static double f(double total, double within, int n, int k) {
        double sT = total / n, sA = sT - within;
        return (sA / (k - 1)) / (within / (n - k));
    }
}
