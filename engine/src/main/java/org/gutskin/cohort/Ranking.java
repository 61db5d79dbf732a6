package org.gutskin.cohort;

import java.util.Arrays;

/**
 * Mid-ranks of a sample (1-based, tied values share the mean of the ranks they span, as
 * {@code scipy.stats.rankdata(method='average')}) and the tie sum Σ(t³ − t) over groups of t tied values that
 * the rank tests' tie corrections need.
 */
record Ranking(double[] ranks, double tieSum) {

    /** Ranks {@code values} (NaN is not allowed: callers drop missing values first). */
    static Ranking of(double[] values) {
        int n = values.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        Arrays.sort(idx, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[n];
        double tie = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && values[idx[j + 1]] == values[idx[i]]) j++;
            double mid = (i + j) / 2.0 + 1.0; // mean of ranks i+1..j+1
            for (int k = i; k <= j; k++) ranks[idx[k]] = mid;
            double t = j - i + 1;
            tie += t * t * t - t;
            i = j + 1;
        }
        return new Ranking(ranks, tie);
    }
}
