package org.gutskin.cohort;

import java.util.Arrays;

/**
 * Benjamini–Hochberg false-discovery-rate adjustment (q-values), as R's {@code p.adjust(p, "BH")} and
 * {@code statsmodels.stats.multitest.multipletests(method='fdr_bh')}:
 * q₍ᵢ₎ = min_{j ≥ i} min(1, m·p₍ⱼ₎ / j) over the p-values sorted ascending. Benjamini &amp; Hochberg (1995),
 * doi:10.1111/j.2517-6161.1995.tb02031.x.
 *
 * <p>NaN p-values (tests that could not run) stay NaN and do not count towards m.
 */
public final class BenjaminiHochberg {

    private BenjaminiHochberg() {}

    public static double[] adjust(double[] p) {
        double[] q = new double[p.length];
        Arrays.fill(q, Double.NaN);
        Integer[] idx = java.util.stream.IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .toArray(Integer[]::new);
        Arrays.sort(idx, (a, b) -> Double.compare(p[a], p[b]));
        int m = idx.length;
        double running = 1.0;
        for (int r = m - 1; r >= 0; r--) {
            running = Math.min(running, p[idx[r]] * m / (r + 1));
            q[idx[r]] = running;
        }
        return q;
    }
}
