package org.gutskin.cohort;

/**
 * One row of {@code tests.tsv}: the test ({@code permanova}, {@code permdisp}, {@code kruskal},
 * {@code mannwhitneyu}), the metric it is about, its statistic and p-value, and the number of permutations
 * (0 for tests with an analytic p-value).
 */
public record CohortTest(String test, String metric, double statistic, double pValue, int permutations) {}
