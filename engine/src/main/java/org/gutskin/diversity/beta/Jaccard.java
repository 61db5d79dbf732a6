package org.gutskin.diversity.beta;

import org.gutskin.diversity.DistanceMatrix;
import org.gutskin.diversity.DistanceRows;
import org.gutskin.profile.AbundanceTable;

/**
 * Jaccard distance on presence/absence, 1 − |A ∩ B| / |A ∪ B| (Jaccard 1912, doi:10.1111/j.1469-8137.1912.tb05611.x),
 * with A, B the features present (non-zero) in each sample; {@code scipy.spatial.distance.jaccard} on boolean
 * vectors. Each present feature counts 1, so {@link MinSumKernel}'s Σmin is |A ∩ B|. Two empty samples: 0 (SciPy).
 */
public final class Jaccard implements BetaMetric {

    @Override
    public String name() {
        return "jaccard";
    }

    @Override
    public DistanceMatrix compute(AbundanceTable table, int threads) {
        SparseRows rows = BetaMetric.rowsOf(table, x -> 1.0);
        return new DistanceMatrix(table.sampleIds(), MinSumKernel.condensed(rows, threads, finish(rows)));
    }

    @Override
    public DistanceRows rows(AbundanceTable table) {
        SparseRows rows = BetaMetric.rowsOf(table, x -> 1.0);
        return MinSumKernel.distanceRows(table.sampleIds(), rows, finish(rows));
    }

    private static MinSumKernel.Finish finish(SparseRows rows) {
        return (i, j, both) -> {
            int a = rows.start()[i + 1] - rows.start()[i];
            int b = rows.start()[j + 1] - rows.start()[j];
            double union = a + b - both;
            return union == 0 ? 0.0 : (union - both) / union;
        };
    }

    /** This metric's entry in the registry ({@link BetaMetrics}; listed in META-INF/services). */
    public static final class Type extends BetaMetricType.Entry {
        public Type() {
            super("jaccard", "Jaccard distance of presence/absence",
                    Needs.NOTHING, (tree, pseudocount) -> new Jaccard());
        }
    }
}
