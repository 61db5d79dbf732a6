package org.gutskin.index.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The empirical ROC curve of a score that should be higher for healthy samples: one point per distinct threshold,
 * from (0,0) to (1,1). A sample counts as called healthy when its score is ≥ the threshold; tied scores move the
 * curve diagonally. x is the false-healthy rate (1 − specificity for the healthy class), y the true-healthy rate.
 */
public record RocCurve(double[] falseHealthyRate, double[] trueHealthyRate, double[] threshold) {

    public static RocCurve of(double[] score, boolean[] healthy) {
        int n = score.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        Arrays.sort(idx, (a, b) -> Double.compare(score[b], score[a]));
        int nH = 0;
        for (boolean h : healthy) if (h) nH++;
        int nN = n - nH;
        List<double[]> pts = new ArrayList<>();
        pts.add(new double[] {0, 0, Double.POSITIVE_INFINITY});
        int tp = 0, fp = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && score[idx[j]] == score[idx[i]]) {
                if (healthy[idx[j]]) tp++; else fp++;
                j++;
            }
            pts.add(new double[] {nN == 0 ? Double.NaN : (double) fp / nN, nH == 0 ? Double.NaN : (double) tp / nH,
                    score[idx[i]]});
            i = j;
        }
        double[] x = new double[pts.size()], y = new double[pts.size()], t = new double[pts.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = pts.get(i)[0];
            y[i] = pts.get(i)[1];
            t[i] = pts.get(i)[2];
        }
        return new RocCurve(x, y, t);
    }

    /** The point where the curve calls healthy every score ≥ {@code threshold}: (false rate, true rate). */
    public double[] pointAt(double cut) {
        double[] p = {0, 0};
        for (int i = 0; i < threshold.length; i++) if (threshold[i] >= cut) {
            p[0] = falseHealthyRate[i];
            p[1] = trueHealthyRate[i];
        }
        return p;
    }
}
