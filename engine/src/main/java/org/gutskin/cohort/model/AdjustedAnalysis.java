package org.gutskin.cohort.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.gutskin.cohort.CohortBackend;
import org.gutskin.cohort.CohortMetadata;
import org.gutskin.cohort.CohortOptions;
import org.gutskin.diversity.DistanceMatrix;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.InputException;

/**
 * Runs the adjusted models of a cohort: builds the design from the formula ({@link DesignBuilder}); marginal
 * PERMANOVA of the first beta metric with permutations within strata when given ({@link MarginalPermanova});
 * per-taxon models ({@link TaxonModels}) and alpha-diversity models ({@link AlphaModels}) — ordinary least
 * squares, or with strata the paired design ({@link PairedDesign}). The heavy steps go through the backend, so
 * the Spark engine gives the same numbers.
 */
public final class AdjustedAnalysis {

    private AdjustedAnalysis() {}

    /**
     * @param relative the analysed samples at the analysis rank
     * @param scores per score, the values of {@code relative}'s samples in order
     */
    public static AdjustedResult run(AdjustedRequest req, CohortMetadata md, AbundanceTable relative,
            Map<String, double[]> scores, CohortOptions o, CohortBackend backend) {
        DesignBuilder.Result built = DesignBuilder.build(md, relative.sampleIds(), req.formula(), req.strata(),
                req.missing(), req.references(), req.standardize());
        ModelDesign design = built.design();
        AbundanceTable table = relative.select(built.kept());
        String metric = o.betaMetrics().get(0);
        DistanceMatrix dm = backend.distances(table, metric);
        MarginalPermanovaTable perm = MarginalPermanova.test(dm, design, o.permutations(), o.seed(), backend);
        ModelDesign fitted = design;
        int[] rows = IntStream.range(0, design.size()).toArray();
        String model = "lm";
        if (design.strata() != null) {
            DesignBuilder.Result paired = PairedDesign.of(design);
            fitted = paired.design();
            rows = paired.kept();
            model = "lm+strata";
        }
        AbundanceTable modelTable = table.select(rows);
        Map<String, double[]> modelScores = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : scores.entrySet()) {
            double[] v = e.getValue();
            int[] keep = built.kept();
            int[] r = rows;
            modelScores.put(e.getKey(), IntStream.of(r).mapToDouble(i -> v[keep[i]]).toArray());
        }
        List<CoefficientEstimate> taxa;
        List<CoefficientEstimate> alpha;
        try {
            taxa = backend.taxonModels(TaxonModels.prepare(modelTable, fitted, o.minPrevalence(), model));
            alpha = AlphaModels.fit(modelScores, fitted, model);
        } catch (IllegalArgumentException e) {
            throw new InputException(md.source(), 0, "the model " + req.formula() + " cannot be fitted: " + e.getMessage());
        }
        return new AdjustedResult(req, design, metric, perm, taxa, alpha, model, fitted.size(), fitted.notes());
    }
}
