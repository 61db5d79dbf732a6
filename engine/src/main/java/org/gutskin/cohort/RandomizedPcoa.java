package org.gutskin.cohort;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.gutskin.diversity.DistanceMatrix;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

/**
 * PCoA of a large cohort without the n×n eigendecomposition: the leading axes of Gower's centred matrix
 * F = −½ J D⁽²⁾ J (J = I − 11ᵀ/n) by randomized subspace iteration with a Rayleigh–Ritz step (Halko, Martinsson
 * &amp; Tropp 2011, "Finding structure with randomness", SIAM Review 53:217–288, the method behind scikit-bio's
 * {@code pcoa(method='fsvd')}). F is never formed: each product F·Y is one pass over the distance rows
 * ({@link SquaredDistanceProduct} on a {@link RowSource}, so in this JVM or as Spark tasks), O(n²·l) for
 * l = axes + 10 vectors; memory beyond the rows is n·l.
 *
 * <p>As scikit-bio's fsvd, the proportion explained is relative to trace(F) = Σ_{i&lt;j} d²_ij / n (the sum of
 * all eigenvalues, negative ones included), not to the sum of the positive eigenvalues as with the exact
 * method. The start vectors are seeded, so results are reproducible. Eigenvalues below zero are set to zero.
 */
public final class RandomizedPcoa {

    private static final int OVERSAMPLE = 10, ITERATIONS = 6;

    private RandomizedPcoa() {}

    public static Ordination of(DistanceMatrix dm, int axes, long seed) {
        return of(RowSource.local(dm, "stored"), dm.ids(), axes, seed);
    }

    public static Ordination of(RowSource dm, java.util.List<String> ids, int axes, long seed) {
        int n = dm.size();
        double[] trace = {Double.NaN};
        int l = Math.min(n, axes + OVERSAMPLE);
        double[][] y = new double[n][l];
        SplittableRandom rng = new SplittableRandom(seed);
        for (double[] row : y) for (int c = 0; c < l; c++) row[c] = nextGaussian(rng);
        double[][] q = orthonormal(times(dm, y, trace));
        for (int it = 0; it < ITERATIONS; it++) q = orthonormal(times(dm, q, trace));
        double[][] fq = times(dm, q, trace);
        double[][] b = new double[l][l]; // Qᵀ F Q
        for (int a = 0; a < l; a++)
            for (int c = 0; c < l; c++) {
                double s = 0;
                for (int i = 0; i < n; i++) s += q[i][a] * fq[i][c];
                b[a][c] = s;
            }
        for (int a = 0; a < l; a++) for (int c = 0; c < a; c++) b[a][c] = b[c][a] = (b[a][c] + b[c][a]) / 2;
        EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(b, false));
        double[] values = eig.getEigenvalues();
        Integer[] order = new Integer[l];
        for (int i = 0; i < l; i++) order[i] = i;
        Arrays.sort(order, (u, v) -> Double.compare(values[v], values[u]));
        int k = Math.min(axes, l);
        double[] lambda = new double[k], share = new double[k];
        double[][] coords = new double[n][k];
        for (int a = 0; a < k; a++) {
            double v = Math.max(0, values[order[a]]);
            lambda[a] = v;
            share[a] = trace[0] > 0 ? v / trace[0] : 0;
            if (v == 0) continue;
            double[] w = eig.getEigenvector(order[a]).toArray();
            double[] u = new double[n];
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int c = 0; c < l; c++) s += q[i][c] * w[c];
                u[i] = s;
            }
            int argMax = 0;
            for (int i = 1; i < n; i++) if (Math.abs(u[i]) > Math.abs(u[argMax])) argMax = i;
            double scale = Math.sqrt(v) * (u[argMax] < 0 ? -1 : 1);
            for (int i = 0; i < n; i++) coords[i][a] = u[i] * scale;
        }
        return new Ordination(ids, lambda, share, coords);
    }

    /**
     * F·Y = −½ J D⁽²⁾ J Y, one pass over the rows; also sets {@code trace[0]} = trace(F) = Σ_{i&lt;j} d²_ij / n
     * from the row totals.
     */
    static double[][] times(RowSource dm, double[][] y, double[] trace) {
        int n = y.length, l = y[0].length;
        double[][] z = centreColumns(y);
        double[] flat = new double[n * l];
        for (int i = 0; i < n; i++) System.arraycopy(z[i], 0, flat, i * l, l);
        double[][] out = new double[n][l];
        double total = 0;
        int i = 0;
        for (SquaredDistanceProduct.Block b : dm.run(new SquaredDistanceProduct(flat, l)))
            for (int r = 0; r < b.total().length; r++, i++) {
                System.arraycopy(b.product(), r * l, out[i], 0, l);
                total += b.total()[r];
            }
        trace[0] = total / 2 / n;
        double[][] r = centreColumns(out);
        for (double[] row : r) for (int c = 0; c < l; c++) row[c] *= -0.5;
        return r;
    }

    private static double[][] centreColumns(double[][] y) {
        int n = y.length, l = y[0].length;
        double[] mean = new double[l];
        for (double[] row : y) for (int c = 0; c < l; c++) mean[c] += row[c];
        for (int c = 0; c < l; c++) mean[c] /= n;
        double[][] z = new double[n][l];
        for (int i = 0; i < n; i++) for (int c = 0; c < l; c++) z[i][c] = y[i][c] - mean[c];
        return z;
    }

    /** Orthonormal columns spanning y's (modified Gram–Schmidt, twice for stability), O(n·l²). */
    private static double[][] orthonormal(double[][] y) {
        int n = y.length, l = y[0].length;
        double[][] q = new double[n][l];
        for (int i = 0; i < n; i++) q[i] = y[i].clone();
        for (int pass = 0; pass < 2; pass++)
            for (int c = 0; c < l; c++) {
                for (int p = 0; p < c; p++) {
                    double dot = 0;
                    for (int i = 0; i < n; i++) dot += q[i][p] * q[i][c];
                    for (int i = 0; i < n; i++) q[i][c] -= dot * q[i][p];
                }
                double norm = 0;
                for (int i = 0; i < n; i++) norm += q[i][c] * q[i][c];
                norm = Math.sqrt(norm);
                for (int i = 0; i < n; i++) q[i][c] = norm > 0 ? q[i][c] / norm : 0;
            }
        return q;
    }

    private static double nextGaussian(SplittableRandom rng) {
        double u1 = rng.nextDouble(), u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
