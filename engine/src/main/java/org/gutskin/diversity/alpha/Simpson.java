package org.gutskin.diversity.alpha;

import org.gutskin.profile.SparseVector;

/**
 * Gini–Simpson index 1 − Σ pᵢ² (Simpson 1949, doi:10.1038/163688a0): the probability that two draws with
 * replacement are different features; scikit-bio {@code simpson}. One feature: 0. Empty sample: NaN.
 */
public final class Simpson implements AlphaMetric {

    @Override
    public String name() {
        return "simpson";
    }

    @Override
    public double of(SparseVector v) {
        return 1 - dominance(v);
    }

    /** Σ pᵢ² (scikit-bio {@code dominance}); NaN for an empty sample. */
    static double dominance(SparseVector v) {
        double total = v.sum();
        if (total == 0) return Double.NaN;
        double d = 0;
        for (int k = 0; k < v.size(); k++) {
            double p = v.value(k) / total;
            d += p * p;
        }
        return d;
    }

    /** This metric's entry in the registry ({@link AlphaMetrics}; listed in META-INF/services). */
    public static final class Type extends AlphaMetricType.Entry {
        public Type() {
            super("simpson", "Gini-Simpson, 1 - sum p^2",
                    Needs.NOTHING, (base, tree) -> new Simpson());
        }
    }
}
