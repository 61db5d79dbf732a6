package org.gutskin.index.evaluation;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleFunction;
import org.gutskin.index.HealthCall;

/**
 * Percentile bootstrap confidence intervals for {@link BinaryMetrics} (Efron &amp; Tibshirani 1993, ch. 13).
 * Resampling is stratified: each replicate draws n_H healthy and n_N non-healthy samples with replacement, so every
 * replicate keeps both classes and the class balance of the data (otherwise sensitivity or specificity can be
 * undefined in a replicate). The generator is seeded: the same data and seed give the same intervals.
 */
public final class Bootstrap {

    /** One {@link Interval} per metric. */
    public record Result(BinaryMetrics point, Interval balancedAccuracy, Interval sensitivity, Interval specificity,
            Interval auc) {}

    private final int replicates;
    private final long seed;
    private final double level;

    /** @param level coverage of the interval, e.g. 0.95 */
    public Bootstrap(int replicates, long seed, double level) {
        if (replicates < 1) throw new IllegalArgumentException("at least one bootstrap replicate");
        this.replicates = replicates;
        this.seed = seed;
        this.level = level;
    }

    public Result run(double[] score, boolean[] healthy, DoubleFunction<HealthCall> classify) {
        BinaryMetrics point = BinaryMetrics.of(score, healthy, classify);
        int nH = point.nHealthy(), nN = point.nNonHealthy();
        if (nH == 0 || nN == 0)
            return new Result(point, none(point.balancedAccuracy()), none(point.sensitivity()),
                    none(point.specificity()), none(point.auc()));
        int[] h = new int[nH], u = new int[nN];
        for (int i = 0, a = 0, b = 0; i < score.length; i++) if (healthy[i]) h[a++] = i; else u[b++] = i;
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] m = new double[4][replicates];
        double[] s = new double[score.length];
        boolean[] y = new boolean[score.length];
        for (int r = 0; r < replicates; r++) {
            int k = 0;
            for (int i = 0; i < nH; i++, k++) {
                s[k] = score[h[rnd.nextInt(nH)]];
                y[k] = true;
            }
            for (int i = 0; i < nN; i++, k++) {
                s[k] = score[u[rnd.nextInt(nN)]];
                y[k] = false;
            }
            BinaryMetrics b = BinaryMetrics.of(s, y, classify);
            m[0][r] = b.balancedAccuracy();
            m[1][r] = b.sensitivity();
            m[2][r] = b.specificity();
            m[3][r] = b.auc();
        }
        return new Result(point, interval(point.balancedAccuracy(), m[0]), interval(point.sensitivity(), m[1]),
                interval(point.specificity(), m[2]), interval(point.auc(), m[3]));
    }

    private static Interval none(double estimate) {
        return new Interval(estimate, Double.NaN, Double.NaN);
    }

    private Interval interval(double estimate, double[] reps) {
        Arrays.sort(reps);
        double a = (1 - level) / 2;
        return new Interval(estimate, quantile(reps, a), quantile(reps, 1 - a));
    }

    /** Linear interpolation between order statistics (numpy's default percentile method). */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
