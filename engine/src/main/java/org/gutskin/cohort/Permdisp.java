package org.gutskin.cohort;

import org.gutskin.diversity.DistanceMatrix;

/**
 * PERMDISP, the test for homogeneity of multivariate dispersions (Anderson 2006,
 * doi:10.1111/j.1541-0420.2005.00440.x), as scikit-bio 0.5.8's
 * {@code skbio.stats.distance.permdisp(test='centroid')}: the samples are placed in the principal-coordinate
 * space of all axes with positive eigenvalues ({@link Pcoa}); each sample's Euclidean distance to its group's
 * centroid is computed, and the one-way ANOVA F of those distances across groups is the statistic. The p-value
 * permutes the group labels (recomputing centroids), with the same {@link Permutations seeded permutations}.
 *
 * <p>Centroids, not spatial medians (scikit-bio's default {@code test='median'}): the median needs an
 * iterative geometric-median solver whose convergence tolerance would make results differ in the last digits.
 * Why it matters: a significant PERMANOVA with a significant PERMDISP may reflect a difference in spread, not
 * in location. Edge cases as {@link Permanova}.
 */
public final class Permdisp {

    private Permdisp() {}

    public static PermutationTest test(DistanceMatrix dm, Grouping g, int permutations, long seed) {
        Ordination o = Pcoa.of(dm, dm.size());
        return test(o, g, permutations, seed);
    }

    public static PermutationTest test(Ordination o, Grouping g, int permutations, long seed) {
        int axes = 0;
        while (axes < o.axes() && o.eigenvalues()[axes] > 0) axes++;
        double[][] x = o.coordinates();
        int k = g.groupCount();
        double f = statistic(x, axes, g.codes(), k);
        double[] perm = new double[permutations];
        if (!Double.isNaN(f))
            for (int p = 0; p < permutations; p++) perm[p] = statistic(x, axes, Permutations.permuted(g.codes(), seed, p), k);
        return new PermutationTest(f, Permutations.pValue(f, perm), permutations);
    }

    /** One-way ANOVA F of the distances to group centroids over the first {@code axes} coordinates. */
    static double statistic(double[][] x, int axes, int[] codes, int k) {
        int n = x.length;
        if (k < 2 || n <= k) return Double.NaN;
        double[][] centroid = new double[k][axes];
        int[] size = new int[k];
        for (int i = 0; i < n; i++) {
            size[codes[i]]++;
            for (int a = 0; a < axes; a++) centroid[codes[i]][a] += x[i][a];
        }
        for (int c = 0; c < k; c++) for (int a = 0; a < axes; a++) centroid[c][a] /= size[c];
        double[] z = new double[n];
        double[] mean = new double[k];
        double grand = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int a = 0; a < axes; a++) {
                double d = x[i][a] - centroid[codes[i]][a];
                s += d * d;
            }
            z[i] = Math.sqrt(s);
            mean[codes[i]] += z[i];
            grand += z[i];
        }
        grand /= n;
        int groups = 0;
        for (int c = 0; c < k; c++) if (size[c] > 0) { mean[c] /= size[c]; groups++; }
        double between = 0, within = 0;
        for (int c = 0; c < k; c++) if (size[c] > 0) between += size[c] * (mean[c] - grand) * (mean[c] - grand);
        for (int i = 0; i < n; i++) within += (z[i] - mean[codes[i]]) * (z[i] - mean[codes[i]]);
        return (between / (groups - 1)) / (within / (n - groups));
    }
}
