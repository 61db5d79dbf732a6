package org.gutskin.index.evaluation;

import java.util.Arrays;

/**
 * Area under the ROC curve of a score that should be higher for healthy samples, as the Mann–Whitney
 * probability P(score_healthy &gt; score_non-healthy) + ½·P(tie) — the same number as the trapezoidal area
 * under the empirical ROC curve (sklearn {@code roc_auc_score}). Computed from mid-ranks in O(n log n):
 * AUC = (R_H − n_H(n_H+1)/2) / (n_H · n_N), R_H the rank sum of the healthy samples (Hanley &amp; McNeil 1982,
 * doi:10.1148/radiology.143.1.7063747). NaN when either class is empty.
 */
public final class Auc {

    private Auc() {}

    public static double of(double[] score, boolean[] healthy) {
        int n = score.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        Arrays.sort(idx, (a, b) -> Double.compare(score[a], score[b]));
        double rankSumHealthy = 0;
        int nH = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && score[idx[j + 1]] == score[idx[i]]) j++;
            double midRank = (i + j) / 2.0 + 1; // ranks are 1-based
            for (int k = i; k <= j; k++) if (healthy[idx[k]]) {
                rankSumHealthy += midRank;
                nH++;
            }
            i = j + 1;
        }
        int nN = n - nH;
        if (nH == 0 || nN == 0) return Double.NaN;
        return (rankSumHealthy - nH * (nH + 1) / 2.0) / ((double) nH * nN);
    }
}
