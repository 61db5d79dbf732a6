package org.gutskin.diversity.alpha;

import org.gutskin.profile.SparseVector;

/**
 * Berger–Parker dominance d = max xᵢ / Σ x, the share of the most abundant feature (Berger &amp; Parker 1970,
 * doi:10.1126/science.168.3937.1345); scikit-bio {@code berger_parker_d}. One feature: 1. Empty sample: NaN.
 */
public final class BergerParkerD implements AlphaMetric {

    @Override
    public String name() {
        return "berger_parker_d";
    }

    @Override
    public double of(SparseVector v) {
        double max = 0;
        for (int k = 0; k < v.size(); k++) max = Math.max(max, v.value(k));
        return max / v.sum();
    }

    /** This metric's entry in the registry ({@link AlphaMetrics}; listed in META-INF/services). */
    public static final class Type extends AlphaMetricType.Entry {
        public Type() {
            super("berger_parker_d", "Berger-Parker dominance, the largest share",
                    Needs.NOTHING, (base, tree) -> new BergerParkerD());
        }
    }
}
