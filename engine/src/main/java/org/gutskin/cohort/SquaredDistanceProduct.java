package org.gutskin.cohort;

import java.io.Serializable;

/**
 * One block's rows of D⁽²⁾·Z (D⁽²⁾ the squared distances, Z an n×l matrix stored row-major) and of the row totals
 * Σ_j d²_ij: the product {@link RandomizedPcoa} iterates, a pass over the distances each time.
 */
final class SquaredDistanceProduct implements RowBlockTask<SquaredDistanceProduct.Block> {

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
        for (int r = 0; r < b; r++) {
            int o = r * l;
            for (int j = 0; j < n; j++) {
                double v = d[r * n + j];
                v *= v;
                total[r] += v;
                for (int c = 0, at = j * l; c < l; c++) out[o + c] += v * z[at + c];
            }
        }
        return new Block(out, total);
    }
}
