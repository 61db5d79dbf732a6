package org.gutskin.diversity.alpha;

import org.gutskin.profile.SparseVector;

/**
 * Observed features: S = the number of features with a non-zero abundance (scikit-bio
 * {@code observed_otus}). An empty sample has 0.
 */
public final class Observed implements AlphaMetric {

    @Override
    public String name() {
        return "observed";
    }

    @Override
    public double of(SparseVector sample) {
        return sample.size();
    }

    /** This metric's entry in the registry ({@link AlphaMetrics}; listed in META-INF/services). */
    public static final class Type extends AlphaMetricType.Entry {
        public Type() {
            super("observed", "the number of features present (scikit-bio observed_otus)",
                    Needs.NOTHING, (base, tree) -> new Observed());
        }
    }
}
