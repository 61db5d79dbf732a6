package org.gutskin.diversity.beta;

import org.gutskin.diversity.DistanceMatrix;
import org.gutskin.profile.AbundanceTable;

/** A distance between every pair of samples of a table; the contract name is what the command line uses. */
public interface BetaMetric {

    /** The contract name, e.g. {@code braycurtis}. */
    String name();

    /** All pairwise distances, computed on {@code threads} threads. */
    DistanceMatrix compute(AbundanceTable table, int threads);

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
