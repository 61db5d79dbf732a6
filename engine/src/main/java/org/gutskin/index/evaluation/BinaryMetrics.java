package org.gutskin.index.evaluation;

import java.util.function.DoubleFunction;
import org.gutskin.index.HealthCall;

/**
 * How well an index separates healthy from non-healthy samples. The positive class is <em>non-healthy</em>
 * (disease present), as in diagnostic-test usage:
 * <ul>
 *   <li>sensitivity = non-healthy samples called non-healthy / non-healthy samples;</li>
 *   <li>specificity = healthy samples called healthy / healthy samples;</li>
 *   <li>balanced accuracy = (sensitivity + specificity) / 2 — the papers' "average of the proportions of healthy
 *       and non-healthy samples correctly classified";</li>
 *   <li>AUC of the score for healthy vs non-healthy ({@link Auc}).</li>
 * </ul>
 * A sample the index makes no call for (GMHI exactly 0) counts as misclassified, as in Gupta et al. 2020.
 * Rates are NaN when their class is empty.
 */
public record BinaryMetrics(int n, int nHealthy, int nNonHealthy, int healthyCorrect, int nonHealthyCorrect,
        double sensitivity, double specificity, double balancedAccuracy, double auc) {

    public static BinaryMetrics of(double[] score, boolean[] healthy, DoubleFunction<HealthCall> classify) {
        int nH = 0, nN = 0, okH = 0, okN = 0;
        for (int i = 0; i < score.length; i++) {
            HealthCall c = classify.apply(score[i]);
            if (healthy[i]) {
                nH++;
                if (c == HealthCall.HEALTHY) okH++;
            } else {
                nN++;
                if (c == HealthCall.NON_HEALTHY) okN++;
            }
        }
        double sens = nN == 0 ? Double.NaN : (double) okN / nN;
        double spec = nH == 0 ? Double.NaN : (double) okH / nH;
        return new BinaryMetrics(score.length, nH, nN, okH, okN, sens, spec, (sens + spec) / 2, Auc.of(score, healthy));
    }
}
