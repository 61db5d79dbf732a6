package org.gutskin.diversity.alpha;

import org.gutskin.profile.SparseVector;

/**
 * Inverse Simpson 1 / Σ pᵢ², the effective number of species of order 2 (Hill 1973, doi:10.2307/1934352);
 * scikit-bio {@code enspie}. One feature: 1. Empty sample: NaN.
 */
public final class InverseSimpson implements AlphaMetric {

    @Override
    public String name() {
        return "inverse_simpson";
    }

    @Override
    public double of(SparseVector v) {
        return 1 / Simpson.dominance(v);
    }

    /** This metric's entry in the registry ({@link AlphaMetrics}; listed in META-INF/services). */
    public static final class Type extends AlphaMetricType.Entry {
        public Type() {
            super("inverse_simpson", "inverse Simpson, 1 / sum p^2",
                    Needs.NOTHING, (base, tree) -> new InverseSimpson());
        }
    }
}
