package org.gutskin.diversity.alpha;

import org.gutskin.profile.SparseVector;

/**
 * Pielou's evenness J′ = H / ln S, with H Shannon's entropy in nats and S the observed features (Pielou 1966,
 * doi:10.1016/0022-5193(66)90013-0); scikit-bio 0.5.8 {@code pielou_e}. One feature: NaN (0/0, as scikit-bio);
 * empty sample: NaN.
 */
public final class PielouE implements AlphaMetric {

    @Override
    public String name() {
        return "pielou_e";
    }

    @Override
    public double of(SparseVector v) {
        return Shannon.entropyNats(v) / Math.log(v.size());
    }

    /** This metric's entry in the registry ({@link AlphaMetrics}; listed in META-INF/services). */
    public static final class Type extends AlphaMetricType.Entry {
        public Type() {
            super("pielou_e", "Pielou's evenness, Shannon / ln(observed); NaN for a single-feature sample",
                    Needs.NOTHING, (base, tree) -> new PielouE());
        }
    }
}
