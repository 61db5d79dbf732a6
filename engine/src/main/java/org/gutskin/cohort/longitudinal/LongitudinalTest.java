package org.gutskin.cohort.longitudinal;

/**
 * A group test of one per-subject measure ({@code braycurtis_first_to_last}, {@code shannon_slope}, …) over the
 * subjects with a value and one group.
 */
public record LongitudinalTest(String test, String measure, double statistic, double pValue, int subjects) {}
