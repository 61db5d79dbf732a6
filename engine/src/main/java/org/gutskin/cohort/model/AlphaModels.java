package org.gutskin.cohort.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Alpha diversity (and index scores) with the same covariates: each score, untransformed, regressed on the design
 * by {@link LeastSquares} (or {@link MixedModel} with random intercepts); a sample without a value for a score (an undefined index) is left out of that score's
 * fit only. Benjamini–Hochberg over all rows together, as for the taxa.
 */
public final class AlphaModels {

    private AlphaModels() {}

    /**
     * @param scores per score, the values of the samples of {@code design} in its order
     */
    public static List<CoefficientEstimate> fit(Map<String, double[]> scores, ModelDesign design, String model) {
        List<CoefficientEstimate> all = new ArrayList<>();
        for (Map.Entry<String, double[]> e : scores.entrySet()) {
            double[] v = e.getValue();
            int[] rows = IntStream.range(0, v.length).filter(i -> Double.isFinite(v[i])).toArray();
            if (rows.length < 3) continue;
            ModelDesign d = rows.length == v.length ? design : design.select(rows);
            double[] y = IntStream.of(rows).mapToDouble(i -> v[i]).toArray();
            int nonZero = (int) IntStream.of(rows).filter(i -> v[i] != 0).count();
            try {
                all.addAll(ResponseFits.estimates(e.getKey(), ResponseModel.of(d).fit(y), rows.length, nonZero, model));
            } catch (IllegalArgumentException aliased) {
                // a subset that loses a level: that score has no fit, and says so by its absence
            }
        }
        return TaxonModels.withQValues(all);
    }
}
