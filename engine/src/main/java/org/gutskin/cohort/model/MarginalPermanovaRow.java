package org.gutskin.cohort.model;

/**
 * One row of a marginal PERMANOVA table, as a row of vegan's {@code adonis2(…, by = "margin")}: the term (or
 * {@code Residual}, {@code Total}), its degrees of freedom, sum of squares, R² = SS / SS_total, pseudo-F and
 * permutation p-value (NaN for the residual and total rows, and for a term that cannot be tested), and the number
 * of permutations behind the p-value (0 where there is none).
 */
public record MarginalPermanovaRow(String term, int df, double sumOfSquares, double r2, double pseudoF, double pValue,
        int permutations) {}
