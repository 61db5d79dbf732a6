package org.gutskin.cohort;

import java.io.Serializable;

/**
 * For every row i of a block and every labelling p (column 0 the observed groups, then the permutations), the sum
 * of squared distances from i to the samples in i's group, R_ip = Σ_j d²_ij [c_p(j) = c_p(i)], and the row total
 * T_i = Σ_j d²_ij. PERMANOVA and PERMDISP under all labellings follow from these alone
 * ({@link RowwisePermutationTests}), so one pass over the distances serves all 999 permutations of both tests.
 *
 * <p>Two groups take a vectorisable form: with x_p(j) ∈ {0, 1}, S_ip = Σ_j d²_ij x_p(j) is an axpy per pair over the
 * labellings, and R_ip = S_ip where c_p(i) = 1, else T_i − S_ip.
 */
final class GroupRowSums implements RowBlockTask<GroupRowSums.Block> {

    /** A block's rows: {@code within[(i − from)·labellings + p]} = R_ip, {@code total[i − from]} = T_i. */
    record Block(double[] total, double[] within) implements Serializable {}

    private final byte[] labels;
    private final int labellings, groups;

    /** @param labels {@code labels[j·labellings + p]} the group of sample j under labelling p */
    GroupRowSums(byte[] labels, int labellings, int groups) {
        this.labels = labels;
        this.labellings = labellings;
        this.groups = groups;
    }

    @Override
    public Block apply(int from, int to, double[] d, int n) {
        int b = to - from, m = labellings;
        double[] total = new double[b], within = new double[b * m];
        if (groups == 2) {
            double[] x = new double[m];
            for (int j = 0; j < n; j++) {
                for (int p = 0, at = j * m; p < m; p++) x[p] = labels[at + p];
                for (int r = 0; r < b; r++) {
                    double v = d[r * n + j];
                    v *= v;
                    total[r] += v;
                    for (int p = 0, o = r * m; p < m; p++) within[o + p] += v * x[p];
                }
            }
            for (int r = 0; r < b; r++)
                for (int p = 0, o = r * m, at = (from + r) * m; p < m; p++)
                    if (labels[at + p] == 0) within[o + p] = total[r] - within[o + p];
        } else {
            for (int j = 0; j < n; j++) {
                int lj = j * m;
                for (int r = 0; r < b; r++) {
                    double v = d[r * n + j];
                    v *= v;
                    total[r] += v;
                    for (int p = 0, o = r * m, li = (from + r) * m; p < m; p++)
                        if (labels[lj + p] == labels[li + p]) within[o + p] += v;
                }
            }
        }
        return new Block(total, within);
    }
}
