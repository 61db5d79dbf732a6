package org.gutskin.report.replication;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * The power a cohort had to detect a stated effect on one coefficient: a two-sided t test at level α of a
 * coefficient estimated with standard error SE on ν residual degrees of freedom, when the true coefficient is δ.
 *
 * <p>Exact formula: with noncentrality λ = |δ| / SE and t_c = the (1 − α/2) quantile of the central t with ν df,
 * {@code power = P(|T| > t_c)} for T noncentral t(ν, λ). Hipparchus 4 has no noncentral t distribution, so it is
 * computed from its definition T = (Z + λ) / √(V/ν), Z standard normal, V χ²(ν) independent:
 * {@code 1 − power = ∫ [Φ(t_c·√(v/ν) − λ) − Φ(−t_c·√(v/ν) − λ)] f_χ²(v; ν) dv}, integrated in w = √v with
 * Hipparchus's 20-point Legendre–Gauss rule on 200 panels covering the χ² mass. Pinned against scipy.stats.nct in
 * {@code ReplicationPowerTest}. Reference: Cohen J (1988) Statistical power analysis for the behavioral sciences,
 * 2nd ed., ch. 9; the noncentral t as in Johnson, Kotz &amp; Balakrishnan (1995) Continuous univariate distributions
 * vol. 2, ch. 31.
 *
 * <p>When ν is not finite or below 1 (e.g. a mixed model that states no df) the normal approximation
 * {@code Φ(λ − z) + Φ(−λ − z)}, z = Φ⁻¹(1 − α/2), is used instead; it is optimistic for small ν (0.04 too high at
 * ν = 20, λ = 2.8). Edge cases: SE not positive or not finite, or δ not finite → NaN; δ = 0 → α.
 *
 * <p>The report's default effect is a standardized d = 0.5 of the fit's residual SD (δ = 0.5·σ_residual).
 */
public final class ReplicationPower {

    private static final NormalDistribution N = new NormalDistribution(0, 1);
    private static final GaussIntegratorFactory RULES = new GaussIntegratorFactory();

    private ReplicationPower() {}

    /** Exact noncentral-t power for {@code df} ≥ 1, else the normal approximation. */
    public static double power(double delta, double standardError, double df, double alpha) {
        if (!(standardError > 0) || Double.isInfinite(standardError) || !Double.isFinite(delta)) return Double.NaN;
        if (!(alpha > 0 && alpha < 1)) throw new IllegalArgumentException("alpha must lie in (0, 1)");
        double lambda = Math.abs(delta) / standardError;
        if (!(df >= 1) || Double.isInfinite(df)) return normalApproximation(lambda, alpha);
        double tc = new TDistribution(df).inverseCumulativeProbability(1 - alpha / 2);
        ChiSquaredDistribution chi = new ChiSquaredDistribution(df);
        // v = w²: the integrand in w, f_χ²(w²)·2w, is smooth at 0 even for ν = 1. The range holds the χ² mass to
        // far below 1e-15 (mean ν, SD √(2ν); a 15-SD right tail plus 60 covers small ν's skew).
        double spread = 15 * Math.sqrt(2 * df);
        double wLo = Math.sqrt(Math.max(0, df - spread));
        double wHi = Math.sqrt(df + spread + 60);
        int panels = 200;
        double width = (wHi - wLo) / panels;
        double inside = 0;
        for (int k = 0; k < panels; k++) {
            GaussIntegrator rule = RULES.legendre(20, wLo + k * width, wLo + (k + 1) * width);
            inside += rule.integrate(w -> {
                double s = w / Math.sqrt(df);
                return chi.density(w * w) * 2 * w
                        * (N.cumulativeProbability(tc * s - lambda) - N.cumulativeProbability(-tc * s - lambda));
            });
        }
        return Math.min(1, Math.max(0, 1 - inside));
    }

    /** Φ(λ − z) + Φ(−λ − z): the power of the two-sided z test with noncentrality λ. */
    public static double normalApproximation(double lambda, double alpha) {
        double z = N.inverseCumulativeProbability(1 - alpha / 2);
        return N.cumulativeProbability(lambda - z) + N.cumulativeProbability(-lambda - z);
    }
}
