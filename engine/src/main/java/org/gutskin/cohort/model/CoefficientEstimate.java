package org.gutskin.cohort.model;

/**
 * One fitted coefficient of one response (a taxon's transformed abundance, or an alpha metric): the design column it
 * belongs to ({@code term} the formula term, {@code column} e.g. {@code DiseasePsoriasis}), estimate, standard error,
 * 95% confidence interval, test statistic and p-value, q-value (Benjamini–Hochberg across responses for the same
 * column; NaN until computed), samples used, samples where the response is non-zero, the residual standard
 * deviation of the fit (what a power calculation scales an effect size by), and the model ({@code lm}: ordinary
 * least squares; {@code lmm}: random intercept per stratum).
 */
public record CoefficientEstimate(String response, String term, String column, double estimate, double standardError,
        double ciLow, double ciHigh, double statistic, double pValue, double qValue, int n, int nonZero,
        double residualSd, double degreesOfFreedom, String model) implements java.io.Serializable {

    public CoefficientEstimate withQValue(double q) {
        return new CoefficientEstimate(response, term, column, estimate, standardError, ciLow, ciHigh, statistic, pValue,
                q, n, nonZero, residualSd, degreesOfFreedom, model);
    }
}
