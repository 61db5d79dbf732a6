package org.gutskin.report.replication;

/**
 * Settings of the replication report.
 *
 * @param column the design column whose coefficient is the disease effect, e.g. {@code DiseasePsoriasis}: the
 *     condition's level against the reference (control) level, so a positive estimate means higher in the condition
 * @param qThreshold an association counts as found when its Benjamini–Hochberg q is below this (default 0.1,
 *     MaAsLin2's default significance threshold)
 * @param standardizedEffect the effect the power is computed for, in residual SDs (default 0.5)
 * @param alpha the level of the two-sided test the power refers to (default 0.05)
 * @param requiredPower below this power a non-significant result is "not detectable at this sample size" (default 0.8)
 */
public record ReplicationOptions(String column, double qThreshold, double standardizedEffect, double alpha,
        double requiredPower) {

    public static final double DEFAULT_Q = 0.1;
    public static final double DEFAULT_EFFECT = 0.5;
    public static final double DEFAULT_ALPHA = 0.05;
    public static final double DEFAULT_POWER = 0.8;

    public ReplicationOptions {
        if (column == null || column.isBlank()) throw new IllegalArgumentException("the disease column is required");
        if (!(qThreshold > 0 && qThreshold <= 1)) throw new IllegalArgumentException("q threshold must lie in (0, 1]");
        if (!(standardizedEffect > 0)) throw new IllegalArgumentException("the effect size must be positive");
        if (!(alpha > 0 && alpha < 1)) throw new IllegalArgumentException("alpha must lie in (0, 1)");
        if (!(requiredPower > 0 && requiredPower < 1)) throw new IllegalArgumentException("power must lie in (0, 1)");
    }

    public static ReplicationOptions defaults(String column) {
        return new ReplicationOptions(column, DEFAULT_Q, DEFAULT_EFFECT, DEFAULT_ALPHA, DEFAULT_POWER);
    }
}
