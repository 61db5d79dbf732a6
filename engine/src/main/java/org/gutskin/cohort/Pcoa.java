package org.gutskin.cohort;

import org.gutskin.diversity.DistanceMatrix;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealVector;

/**
 * Principal coordinates analysis (classical multidimensional scaling; Gower 1966, doi:10.1093/biomet/53.3-4.325),
 * as scikit-bio 0.5.8's {@code skbio.stats.ordination.pcoa(method='eigh')}:
 *
 * <ol>
 * <li>A = −½ d_ij², double-centred: F = A − row means − column means + grand mean;</li>
 * <li>the eigendecomposition of the symmetric F (Hipparchus {@link EigenDecompositionSymmetric});</li>
 * <li>eigenvalues within 1e-8 of zero set to 0 (NumPy's {@code isclose} default), negative eigenvalues
 * (non-Euclidean distances such as Bray–Curtis) and their axes dropped to zero;</li>
 * <li>coordinates = eigenvector · √eigenvalue, proportion explained = eigenvalue / Σ eigenvalues.</li>
 * </ol>
 *
 * <p>An eigenvector's sign is arbitrary: gutskin makes the largest-magnitude coordinate of each axis positive,
 * so runs are reproducible; compare with peers up to sign. Only the first {@code maxAxes} axes are kept.
 */
public final class Pcoa {

    private Pcoa() {}

    public static Ordination of(DistanceMatrix dm, int maxAxes) {
        int n = dm.size();
        double[][] f = centred(dm);
        EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(f, false));
        double[] values = eig.getEigenvalues();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        int axes = Math.min(maxAxes, n);
        double[] lambda = new double[n];
        double sum = 0;
        for (int a = 0; a < n; a++) {
            double v = values[order[a]];
            if (Math.abs(v) <= 1e-8) v = 0; // numpy.isclose(v, 0): |v| <= atol 1e-8
            if (v < 0) v = 0;
            lambda[a] = v;
            sum += v;
        }
        double[][] coords = new double[n][axes];
        double[] kept = new double[axes], share = new double[axes];
        for (int a = 0; a < axes; a++) {
            kept[a] = lambda[a];
            share[a] = sum > 0 ? lambda[a] / sum : 0;
            if (lambda[a] == 0) continue;
            RealVector v = eig.getEigenvector(order[a]);
            double s = Math.sqrt(lambda[a]);
            int argMax = 0;
            for (int i = 1; i < n; i++) if (Math.abs(v.getEntry(i)) > Math.abs(v.getEntry(argMax))) argMax = i;
            double sign = v.getEntry(argMax) < 0 ? -1 : 1;
            for (int i = 0; i < n; i++) coords[i][a] = sign * v.getEntry(i) * s;
        }
        return new Ordination(dm.ids(), kept, share, coords);
    }

    /** Gower's double-centred matrix F of −½ d². */
    static double[][] centred(DistanceMatrix dm) {
        int n = dm.size();
        double[][] a = new double[n][n];
        double[] d = dm.condensed();
        int idx = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++, idx++) {
                double v = -0.5 * d[idx] * d[idx];
                a[i][j] = v;
                a[j][i] = v;
            }
        double[] row = new double[n];
        double grand = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) s += a[i][j];
            row[i] = s / n;
            grand += s;
        }
        grand /= (double) n * n;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) a[i][j] = a[i][j] - row[i] - row[j] + grand;
        return a;
    }
}
