package org.gutskin.report.replication;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * The power a cohort had to detect a stated effect on one coefficient: a two-sided test at level α of a coefficient
 * estimated with standard error SE, when the true coefficient is δ.
 *
 * <p>Formula (normal approximation): with λ = δ / SE and z = Φ⁻¹(1 − α/2),
 * {@code power = Φ(λ − z) + Φ(−λ − z)}. The exact power of the t test is P(|T| &gt; t_crit) for T noncentral t with
 * the fit's degrees of freedom and noncentrality λ; Hipparchus 4 has no noncentral t distribution, so the normal
 * approximation is used. It is slightly optimistic for small df (it ignores the uncertainty of the residual SD); for
 * df ≥ 50 it is within 0.01 of scipy.stats.nct (pinned in {@code ReplicationPowerTest}). See Cohen J (1988)
 * Statistical power analysis for the behavioral sciences, 2nd ed., ch. 2 and 9.
 *
 * <p>Default effect size: a standardized effect d = 0.5 of the model's residual SD (δ = 0.5·σ_residual): Cohen's
 * "medium" effect on the transformed abundance. Edge cases: SE not positive or not finite, or δ not finite → NaN
 * (no power can be stated); δ = 0 → α (the test's size).
 */
public final class ReplicationPower {

    private static final NormalDistribution N = new NormalDistribution(0, 1);

    private ReplicationPower() {}

    public static double power(double delta, double standardError, double alpha) {
        if (!(standardError > 0) || Double.isInfinite(standardError) || !Double.isFinite(delta)) return Double.NaN;
        if (!(alpha > 0 && alpha < 1)) throw new IllegalArgumentException("alpha must lie in (0, 1)");
        double lambda = Math.abs(delta) / standardError;
        double z = N.inverseCumulativeProbability(1 - alpha / 2);
        return N.cumulativeProbability(lambda - z) + N.cumulativeProbability(-lambda - z);
    }
}
