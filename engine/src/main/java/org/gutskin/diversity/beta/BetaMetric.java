package org.gutskin.diversity.beta;

import org.gutskin.diversity.DistanceMatrix;
import org.gutskin.diversity.DistanceRows;
import org.gutskin.profile.AbundanceTable;

/** A distance between every pair of samples of a table; the contract name is what the command line uses. */
public interface BetaMetric {

    /** The contract name, e.g. {@code braycurtis}. */
    String name();

    /** All pairwise distances, computed on {@code threads} threads. */
    DistanceMatrix compute(AbundanceTable table, int threads);

    /**
     * The distances of this table by rows, computed on demand (for cohorts whose matrix is not stored). Gives
     * bitwise the values of {@link #compute}. This default computes each needed block through {@code compute} on
     * the block's samples; the metrics the cohort analysis uses override it with a direct row kernel.
     */
    default DistanceRows rows(AbundanceTable table) {
        java.util.List<String> ids = table.sampleIds();
        int n = ids.size();
        return DistanceRows.of(ids, (from, to, out) -> {
            int chunk = Math.max(1, to - from);
            for (int j0 = 0; j0 < n; j0 += chunk) {
                int j1 = Math.min(n, j0 + chunk);
                int[] pick = java.util.stream.IntStream.concat(java.util.stream.IntStream.range(from, to),
                        java.util.stream.IntStream.range(j0, j1)).distinct().toArray();
                DistanceMatrix dm = compute(table.select(pick), 1);
                java.util.Map<Integer, Integer> at = new java.util.HashMap<>();
                for (int k = 0; k < pick.length; k++) at.put(pick[k], k);
                for (int i = from; i < to; i++)
                    for (int j = j0; j < j1; j++) out[(i - from) * n + j] = dm.get(at.get(i), at.get(j));
            }
        });
    }

    /** The rows of a table as they are (values as given). */
    static SparseRows rowsOf(AbundanceTable table, java.util.function.DoubleUnaryOperator f) {
        SparseRows.Builder b = new SparseRows.Builder(table.taxonCount());
        for (int s = 0; s < table.sampleCount(); s++) {
            var v = table.sample(s);
            for (int k = 0; k < v.size(); k++) b.add(v.taxon(k), f.applyAsDouble(v.value(k)));
            b.endRow();
        }
        return b.build();
    }
}
