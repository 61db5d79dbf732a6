package org.gutskin.diversity.alpha;

import org.gutskin.profile.SparseVector;

/**
 * Chao1 richness estimate from counts (Chao 1984, Scand. J. Stat. 11:265–270, no DOI; bias-corrected form from
 * Chao 1987, doi:10.2307/2531532), with scikit-bio 0.5.8's variant rule:
 *
 * <pre>
 *   bias-corrected (default):   S + F1(F1 − 1) / (2 (F2 + 1))
 *   uncorrected, F1 &gt; 0 and F2 &gt; 0:  S + F1² / (2 F2)
 *   uncorrected otherwise:       the bias-corrected formula (the uncorrected one divides by zero at F2 = 0)
 * </pre>
 *
 * S is the observed features, F1 the singletons (count exactly 1), F2 the doubletons (exactly 2). It needs read
 * counts: on relative abundances "a singleton" means nothing, so the registry refuses a table without counts.
 * Empty sample: 0.
 */
public final class Chao1 implements AlphaMetric {

    private final boolean biasCorrected;

    public Chao1(boolean biasCorrected) {
        this.biasCorrected = biasCorrected;
    }

    @Override
    public String name() {
        return "chao1";
    }

    @Override
    public double of(SparseVector v) {
        long f1 = 0, f2 = 0;
        for (int k = 0; k < v.size(); k++) {
            double x = v.value(k);
            if (x == 1) f1++;
            else if (x == 2) f2++;
        }
        double s = v.size();
        if (!biasCorrected && f1 > 0 && f2 > 0) return s + (double) (f1 * f1) / (2.0 * f2);
        return s + (double) (f1 * (f1 - 1)) / (2.0 * (f2 + 1));
    }

    /** This metric's entry in the registry ({@link AlphaMetrics}; listed in META-INF/services). */
    public static final class Type extends AlphaMetricType.Entry {
        public Type() {
            super("chao1", "Chao1 richness estimate, bias-corrected",
                    Needs.COUNTS, (base, tree) -> new Chao1(true));
        }
    }
}
