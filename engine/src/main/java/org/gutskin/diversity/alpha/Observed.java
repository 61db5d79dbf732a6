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
    public static final class Type implements AlphaMetricType {
        @Override
        public String name() {
            return "observed";
        }

        @Override
        public String summary() {
            return "the number of features present (scikit-bio observed_otus)";
        }

        @Override
        public AlphaMetric create(double base, org.gutskin.diversity.tree.TipMapping tree) {
            return new Observed();
        }
    }
}
