package org.gutskin.index.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gutskin.index.HealthIndex;
import org.gutskin.index.IndexScores;

/**
 * Evaluates an index's scores against health labels: the metrics with bootstrap intervals for all labelled
 * samples and — when the index has a reject band — separately for the samples outside it (where the index makes
 * a call) and inside it. Samples without a label or without a score (NaN) are left out and counted.
 */
public final class Evaluation {

    /** One subset's metrics; {@code coverage} is the share of all evaluated samples it holds. */
    public record Row(String subset, double coverage, Bootstrap.Result result) {}

    /**
     * @param ids        the evaluated samples, with their scores and labels (for plots and per-sample output)
     * @param unlabelled scored samples that had no label
     * @param unscored   labelled samples without a score (undefined index) or absent from the profiles
     */
    public record Result(List<Row> rows, List<String> ids, double[] score, boolean[] healthy, RocCurve roc,
            List<String> unlabelled, List<String> unscored) {}

    private Evaluation() {}

    /** Evaluates with the index's own reject band. */
    public static Result run(IndexScores scores, HealthIndex index, Map<String, Boolean> labels, Bootstrap boot) {
        return run(scores, index, labels, boot, index.rejectBand());
    }

    /**
     * Evaluates with a given reject band half-width (0: none), e.g. to explore the cut-offs 0.1, 0.5 and 1 the GMWI2
     * authors tried; a band can be set for GMHI too, which has none of its own.
     */
    public static Result run(IndexScores scores, HealthIndex index, Map<String, Boolean> labels, Bootstrap boot,
            double band) {
        List<String> ids = new ArrayList<>(), unlabelled = new ArrayList<>(), unscored = new ArrayList<>();
        List<Double> s = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < scores.size(); i++) {
            String id = scores.sampleIds().get(i);
            seen.add(id);
            Boolean h = labels.get(id);
            if (h == null) {
                unlabelled.add(id);
            } else if (Double.isNaN(scores.value(i))) {
                unscored.add(id);
            } else {
                ids.add(id);
                s.add(scores.value(i));
                y.add(h);
            }
        }
        for (String id : labels.keySet()) if (!seen.contains(id)) unscored.add(id);
        double[] score = s.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] healthy = new boolean[y.size()];
        for (int i = 0; i < healthy.length; i++) healthy[i] = y.get(i);

        List<Row> rows = new ArrayList<>();
        rows.add(new Row("all", 1.0, boot.run(score, healthy, index::classify)));
        if (band > 0) {
            rows.add(subset("outside_reject_band", score, healthy, index, boot, v -> Math.abs(v) >= band));
            rows.add(subset("inside_reject_band", score, healthy, index, boot, v -> Math.abs(v) < band));
        }
        return new Result(rows, ids, score, healthy, RocCurve.of(score, healthy), unlabelled, unscored);
    }

    private static Row subset(String name, double[] score, boolean[] healthy, HealthIndex index, Bootstrap boot,
            java.util.function.DoublePredicate keep) {
        int n = 0;
        for (double v : score) if (keep.test(v)) n++;
        double[] s = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0, k = 0; i < score.length; i++) if (keep.test(score[i])) {
            s[k] = score[i];
            y[k++] = healthy[i];
        }
        return new Row(name, score.length == 0 ? Double.NaN : (double) n / score.length,
                boot.run(s, y, index::classify));
    }
}
