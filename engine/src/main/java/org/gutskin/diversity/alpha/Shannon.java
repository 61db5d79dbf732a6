package org.gutskin.diversity.alpha;

import org.gutskin.profile.SparseVector;

/**
 * Shannon's entropy H = −Σ pᵢ log_b pᵢ over the non-zero proportions pᵢ = xᵢ / Σx (Shannon 1948,
 * doi:10.1002/j.1538-7305.1948.tb01338.x), as scikit-bio computes it: natural log, divided by ln b.
 *
 * <p>Base: gutskin's default is e (nats), as scikit-bio ≥ 0.6; scikit-bio 0.5.8's default was 2 — pass the base
 * explicitly when comparing. One feature: 0. Empty sample: NaN (0/0, as scikit-bio).
 */
public final class Shannon implements AlphaMetric {

    private final double base;
    private final double logBase;

    /** @param base the logarithm base: {@link Math#E}, 2 or 10 */
    public Shannon(double base) {
        if (!(base > 1)) throw new IllegalArgumentException("log base must be > 1");
        this.base = base;
        this.logBase = Math.log(base);
    }

    public double base() {
        return base;
    }

    @Override
    public String name() {
        return "shannon";
    }

    @Override
    public double of(SparseVector v) {
        return entropyNats(v) / logBase;
    }

    /** −Σ pᵢ ln pᵢ; NaN for an empty sample. */
    static double entropyNats(SparseVector v) {
        double total = v.sum();
        if (total == 0) return Double.NaN;
        double h = 0;
        for (int k = 0; k < v.size(); k++) {
            double p = v.value(k) / total;
            h += p * Math.log(p);
        }
        return -h;
    }

    /** This metric's entry in the registry ({@link AlphaMetrics}; listed in META-INF/services). */
    public static final class Type extends AlphaMetricType.Entry {
        public Type() {
            super("shannon", "Shannon's index, -sum p log p, in the base of --base",
                    Needs.NOTHING, (base, tree) -> new Shannon(base));
        }
    }
}
