package org.gutskin.cohort;

import java.util.stream.IntStream;
import org.gutskin.diversity.DistanceMatrix;

/**
 * PERMDISP for cohorts too large for a full PCoA: each sample's distance to its group centroid straight from the
 * distances (Anderson 2006, doi:10.1111/j.1541-0420.2005.00440.x, eq. for the centroid in PCoA space; vegan's
 * {@code betadisper(type = "centroid")}):
 *
 * <pre>z_i² = (1/n_g) Σ_{j∈g} d_ij² − (1/n_g²) Σ_{j&lt;k∈g} d_jk²</pre>
 *
 * then the one-way ANOVA F of the z_i across groups, and seeded label permutations (one pass over the distances
 * each). Unlike {@link Permdisp} (scikit-bio, positive axes only) this keeps the negative-eigenvalue axes with
 * their sign, as vegan does; where z_i² &lt; 0 (possible for non-Euclidean distances) z_i is taken as 0. The
 * two agree exactly for Euclidean distances.
 */
public final class PermdispFromDistances {

    private PermdispFromDistances() {}

    public static PermutationTest test(DistanceMatrix dm, Grouping g, int permutations, long seed) {
        int n = dm.size(), k = g.groupCount();
        double f = statistic(dm.condensed(), n, g.codes(), k);
        double[] perm = Double.isNaN(f) ? new double[0] : IntStream.range(0, permutations).parallel()
                .mapToDouble(p -> statistic(dm.condensed(), n, Permutations.permuted(g.codes(), seed, p), k)).toArray();
        return new PermutationTest(f, Permutations.pValue(f, perm), permutations);
    }

    static double statistic(double[] d, int n, int[] codes, int k) {
        if (k < 2 || n <= k) return Double.NaN;
        int[] size = new int[k];
        for (int c : codes) size[c]++;
        double[] row = new double[n];
        double[] within = new double[k];
        double[] code = new double[n];
        for (int i = 0; i < n; i++) code[i] = codes[i];
        long idx = 0;
        for (int i = 0; i < n; i++) {
            int ci = codes[i];
            int base = (int) (idx - (i + 1)); // d[base + j] is pair (i, j)
            double ri = 0;
            if (k == 2) {
                // branch-free: the weight of pair (i, j) is 1 when c_j = c_i, else 0, i.e. a + b·c_j
                double a = ci == 1 ? 0 : 1, b = ci == 1 ? 1 : -1;
                for (int j = i + 1; j < n; j++) {
                    double v = d[base + j];
                    double w = v * v * (a + b * code[j]);
                    ri += w;
                    row[j] += w;
                }
            } else {
                for (int j = i + 1; j < n; j++) {
                    if (codes[j] != ci) continue;
                    double v = d[base + j] * d[base + j];
                    ri += v;
                    row[j] += v;
                }
            }
            idx += n - 1 - i;
            row[i] += ri;
            within[ci] += ri;
        }
        double[] z = new double[n];
        double[] mean = new double[k];
        double grand = 0;
        for (int i = 0; i < n; i++) {
            int c = codes[i];
            double z2 = row[i] / size[c] - within[c] / ((double) size[c] * size[c]);
            z[i] = Math.sqrt(Math.max(0, z2));
            mean[c] += z[i];
            grand += z[i];
        }
        grand /= n;
        int groups = 0;
        for (int c = 0; c < k; c++) if (size[c] > 0) { mean[c] /= size[c]; groups++; }
        double between = 0, resid = 0;
        for (int c = 0; c < k; c++) if (size[c] > 0) between += size[c] * (mean[c] - grand) * (mean[c] - grand);
        for (int i = 0; i < n; i++) resid += (z[i] - mean[codes[i]]) * (z[i] - mean[codes[i]]);
        return (between / (groups - 1)) / (resid / (n - groups));
    }
}
