package org.gutskin.cohort.model;

import java.util.List;

/**
 * A fit of one response on a design, as {@link ResponseModel}s return it: the coefficients of the term columns
 * (the intercept is not reported) and the residual standard deviation (what a power calculation scales an effect
 * size by).
 */
public record ModelFit(List<Coefficient> coefficients, double residualSd) {

    public ModelFit {
        coefficients = List.copyOf(coefficients);
    }

    /**
     * One fitted coefficient: estimate, standard error, 95% interval and two-sided p from Student's t with
     * {@code degreesOfFreedom} (n − p for least squares; Satterthwaite's per coefficient for a mixed model).
     */
    public record Coefficient(String term, String column, double estimate, double standardError, double ciLow,
            double ciHigh, double statistic, double pValue, double degreesOfFreedom) {

        /** The t-based row for an estimate, its standard error and degrees of freedom. */
        static Coefficient of(String term, String column, double estimate, double se, double df) {
            org.hipparchus.distribution.continuous.TDistribution t = new org.hipparchus.distribution.continuous.TDistribution(df);
            double crit = t.inverseCumulativeProbability(0.975), stat = estimate / se;
            double p = Double.isNaN(stat) ? Double.NaN : 2 * t.cumulativeProbability(-Math.abs(stat));
            return new Coefficient(term, column, estimate, se, estimate - crit * se, estimate + crit * se, stat, p, df);
        }
    }
}
