package org.gutskin.cohort;

/** A permutation test's outcome: observed statistic, its permutation p-value and the number of permutations. */
public record PermutationTest(double statistic, double pValue, int permutations) {}
