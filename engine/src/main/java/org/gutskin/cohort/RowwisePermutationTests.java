package org.gutskin.cohort;

import java.util.List;

/**
 * PERMANOVA and PERMDISP for cohorts too large for the n×n matrix, from one pass over the distance rows
 * ({@link GroupRowSums}): with R_ip the squared distances from i to its own group under labelling p, T_i the row
 * total, n_g the group sizes (the same under every permutation) and W_gp = ½ Σ_{i: c_p(i) = g} R_ip the
 * within-group sum over pairs,
 *
 * <pre>PERMANOVA  S_T = ½ Σ_i T_i / n,  S_W = Σ_g W_gp / n_g,  F = ((S_T − S_W)/(k − 1)) / (S_W/(n − k))
 * PERMDISP   z_i² = R_ip / n_g − W_gp / n_g²  (distance to the group centroid, Anderson 2006, doi:10.1111/j.1541-0420.2005.00440.x)
 *            F = one-way ANOVA of the z_i across groups</pre>
 *
 * the formulas of {@link Permanova} (scikit-bio) and of vegan's {@code betadisper(type = "centroid")}, which keeps
 * the negative-eigenvalue axes with their sign; where z_i² &lt; 0 (possible for non-Euclidean distances) z_i is 0.
 * For Euclidean distances PERMDISP equals {@link Permdisp} (scikit-bio, positive axes) exactly. The permutations are
 * {@link Permutations#permuted}'s, so p-values match the small-cohort path's permutations.
 */
public final class RowwisePermutationTests {

    /** Both tests on one metric. */
    public record Result(PermutationTest permanova, PermutationTest permdisp) {}

    private RowwisePermutationTests() {}

    public static Result run(RowSource rows, Grouping g, int permutations, long seed) {
        int n = rows.size(), k = g.groupCount(), m = permutations + 1;
        if (k < 2 || n <= k) {
            PermutationTest none = new PermutationTest(Double.NaN, Double.NaN, permutations);
            return new Result(none, none);
        }
        if (k > Byte.MAX_VALUE) throw new IllegalArgumentException("at most " + Byte.MAX_VALUE + " groups");
        byte[] labels = labels(g.codes(), permutations, seed);
        List<GroupRowSums.Block> blocks = rows.run(new GroupRowSums(labels, m, k));
        int[] size = new int[k];
        for (int c : g.codes()) size[c]++;

        double[][] within = new double[k][m];
        double total = 0;
        int i = 0;
        for (GroupRowSums.Block b : blocks)
            for (int r = 0; r < b.total().length; r++, i++) {
                total += b.total()[r];
                for (int p = 0, o = r * m, at = i * m; p < m; p++) within[labels[at + p]][p] += b.within()[o + p];
            }
        for (double[] w : within) for (int p = 0; p < m; p++) w[p] /= 2;
        double sT = total / 2 / n;
        double[] permanova = new double[m];
        for (int p = 0; p < m; p++) {
            double sW = 0;
            for (int c = 0; c < k; c++) if (size[c] > 0) sW += within[c][p] / size[c];
            permanova[p] = ((sT - sW) / (k - 1)) / (sW / (n - k));
        }

        double[][] zSum = new double[k][m];
        forEachZ(blocks, labels, within, size, m, (p, c, z) -> zSum[c][p] += z);
        double[][] mean = new double[k][m];
        for (int c = 0; c < k; c++) for (int p = 0; p < m; p++) mean[c][p] = size[c] > 0 ? zSum[c][p] / size[c] : 0;
        double[] resid = new double[m];
        forEachZ(blocks, labels, within, size, m, (p, c, z) -> resid[p] += (z - mean[c][p]) * (z - mean[c][p]));
        int groups = 0;
        for (int s : size) if (s > 0) groups++;
        double[] permdisp = new double[m];
        for (int p = 0; p < m; p++) {
            double grand = 0;
            for (int c = 0; c < k; c++) grand += zSum[c][p];
            grand /= n;
            double between = 0;
            for (int c = 0; c < k; c++) if (size[c] > 0) between += size[c] * (mean[c][p] - grand) * (mean[c][p] - grand);
            permdisp[p] = (between / (groups - 1)) / (resid[p] / (n - groups));
        }
        return new Result(test(permanova, permutations), test(permdisp, permutations));
    }

    /** Column 0 the observed codes, column p + 1 permutation p; sample-major. */
    static byte[] labels(int[] codes, int permutations, long seed) {
        int n = codes.length, m = permutations + 1;
        byte[] labels = new byte[n * m];
        for (int i = 0; i < n; i++) labels[i * m] = (byte) codes[i];
        for (int p = 0; p < permutations; p++) {
            int[] c = Permutations.permuted(codes, seed, p);
            for (int i = 0; i < n; i++) labels[i * m + p + 1] = (byte) c[i];
        }
        return labels;
    }

    private interface ZVisitor {
        void accept(int p, int group, double z);
    }

    /** Every sample's distance to its group centroid under every labelling, in row order. */
    private static void forEachZ(List<GroupRowSums.Block> blocks, byte[] labels, double[][] within, int[] size, int m,
            ZVisitor v) {
        int i = 0;
        for (GroupRowSums.Block b : blocks)
            for (int r = 0; r < b.total().length; r++, i++)
                for (int p = 0, o = r * m, at = i * m; p < m; p++) {
                    int c = labels[at + p];
                    double z2 = b.within()[o + p] / size[c] - within[c][p] / ((double) size[c] * size[c]);
                    v.accept(p, c, Math.sqrt(Math.max(0, z2)));
                }
    }

    private static PermutationTest test(double[] statistic, int permutations) {
        double[] nul = java.util.Arrays.copyOfRange(statistic, 1, statistic.length);
        return new PermutationTest(statistic[0], Permutations.pValue(statistic[0], nul), permutations);
    }
}
