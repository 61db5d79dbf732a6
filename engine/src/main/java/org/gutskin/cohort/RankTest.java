package org.gutskin.cohort;

/** A rank test's outcome: the statistic as the peer reports it, its p-value, and how the p-value was obtained. */
public record RankTest(double statistic, double pValue, String method) {

    /** The test cannot run (fewer than two groups with data, or every value tied). */
    public static RankTest undefined(String why) {
        return new RankTest(Double.NaN, Double.NaN, why);
    }
}
