package org.gutskin.diversity.beta;

import org.gutskin.diversity.DistanceMatrix;
import org.gutskin.diversity.DistanceRows;
import org.gutskin.profile.AbundanceTable;

/**
 * Bray–Curtis dissimilarity d(u, v) = Σ|uₜ − vₜ| / Σ(uₜ + vₜ) (Bray &amp; Curtis 1957, doi:10.2307/1942268), on
 * the values as the table holds them (counts or percent), as {@code scipy.spatial.distance.braycurtis} and
 * scikit-bio's {@code beta_diversity("braycurtis")} compute it. Computed as (Sᵤ + Sᵥ − 2Σmin(uₜ, vₜ)) / (Sᵤ + Sᵥ)
 * by {@link MinSumKernel}. Two empty samples: NaN (0/0, as SciPy).
 */
public final class BrayCurtis implements BetaMetric {

    @Override
    public String name() {
        return "braycurtis";
    }

    @Override
    public DistanceMatrix compute(AbundanceTable table, int threads) {
        SparseRows rows = BetaMetric.rowsOf(table, x -> x);
        return new DistanceMatrix(table.sampleIds(), MinSumKernel.condensed(rows, threads, finish(rows)));
    }

    @Override
    public DistanceRows rows(AbundanceTable table) {
        SparseRows rows = BetaMetric.rowsOf(table, x -> x);
        MinSumKernel.Finish f = finish(rows);
        return MinSumKernel.distanceRows(table.sampleIds(), rows, f);
    }

    private static MinSumKernel.Finish finish(SparseRows rows) {
        double[] sum = new double[rows.rows()];
        for (int i = 0; i < sum.length; i++) sum[i] = rows.sum(i);
        return (i, j, m) -> {
            double s = sum[i] + sum[j];
            return (s - 2 * m) / s;
        };
    }

    /** This metric's entry in the registry ({@link BetaMetrics}; listed in META-INF/services). */
    public static final class Type extends BetaMetricType.Entry {
        public Type() {
            super("braycurtis", "Bray-Curtis dissimilarity of the values as given (counts or percent)",
                    Needs.NOTHING, (tree, pseudocount) -> new BrayCurtis());
        }
    }
}
