package org.gutskin.cohort.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.gutskin.cohort.CohortBackend;
import org.gutskin.cohort.CohortOptions;
import org.gutskin.diversity.DistanceMatrix;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.io.InputException;
import org.gutskin.profile.SampleMetadata;

/**
 * Runs the adjusted models of a cohort: builds the design from the formula ({@link DesignBuilder}); marginal
 * PERMANOVA of the first beta metric with permutations within strata when given ({@link MarginalPermanova});
 * per-taxon models ({@link TaxonModels}) and alpha-diversity models ({@link AlphaModels}) — ordinary least
 * squares, with strata the paired design ({@link PairedDesign}), or with random intercepts a linear mixed model
 * ({@link MixedModel}; the strata then only restrict PERMANOVA's permutations). The heavy steps go through the backend, so
 * the Spark engine gives the same numbers.
 */
public final class AdjustedAnalysis {

    private AdjustedAnalysis() {}

    /**
     * @param relative the analysed samples at the analysis rank
     * @param scores per score, the values of {@code relative}'s samples in order
     */
    public static AdjustedResult run(AdjustedRequest req, SampleMetadata md, AbundanceTable relative,
            Map<String, double[]> scores, CohortOptions o, CohortBackend backend) {
        Designs ds = designs(req, md, relative.sampleIds());
        AbundanceTable table = relative.select(ds.kept());
        String metric = o.betaMetrics().get(0);
        DistanceMatrix dm = backend.distances(table, metric);
        MarginalPermanovaTable perm = MarginalPermanova.test(dm, ds.design(), o.permutations(), o.seed(), backend);
        Map<String, double[]> modelScores = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : scores.entrySet()) {
            double[] v = e.getValue();
            modelScores.put(e.getKey(), IntStream.of(ds.modelRows()).mapToDouble(i -> v[ds.kept()[i]]).toArray());
        }
        List<CoefficientEstimate> taxa = fit(req, md, () -> backend.taxonModels(
                TaxonModels.prepare(table.select(ds.modelRows()), ds.model(), o.minPrevalence(), ds.modelName())));
        List<CoefficientEstimate> alpha = fit(req, md, () -> AlphaModels.fit(modelScores, ds.model(), ds.modelName()));
        return new AdjustedResult(req, ds.design(), metric, perm, taxa, alpha, ds.modelName(), ds.model().size(),
                ds.model().notes());
    }

    /**
     * The per-taxon models alone on {@code table}'s samples — what {@code models.tsv} holds for that table (the
     * replication report fits them on tables whose matched rows it has merged).
     */
    public static List<CoefficientEstimate> taxonModels(AdjustedRequest req, SampleMetadata md, AbundanceTable table,
            double minPrevalence, CohortBackend backend) {
        Designs ds = designs(req, md, table.sampleIds());
        return fit(req, md, () -> backend.taxonModels(TaxonModels.prepare(table.select(ds.kept()).select(ds.modelRows()),
                ds.model(), minPrevalence, ds.modelName())));
    }

    /**
     * The design of the formula ({@code kept}: rows of the samples given) and the design the per-sample models use:
     * the same, or with strata the paired design ({@code modelRows}: rows of {@code design}).
     */
    private record Designs(ModelDesign design, int[] kept, ModelDesign model, int[] modelRows, String modelName) {}

    private static Designs designs(AdjustedRequest req, SampleMetadata md, List<String> sampleIds) {
        DesignBuilder.Result built = DesignBuilder.build(md, sampleIds, req.formula(), req.strata(), req.random(),
                req.missing(), req.references(), req.standardize());
        ModelDesign design = built.design();
        // random intercepts model the repeated samples themselves: the strata then only restrict the permutations
        if (design.strata() == null || design.random() != null)
            return new Designs(design, built.kept(), design, IntStream.range(0, design.size()).toArray(),
                    ResponseModel.name(design));
        DesignBuilder.Result paired = PairedDesign.of(design);
        return new Designs(design, built.kept(), paired.design(), paired.kept(), "lm+strata");
    }

    private static List<CoefficientEstimate> fit(AdjustedRequest req, SampleMetadata md,
            java.util.function.Supplier<List<CoefficientEstimate>> f) {
        try {
            return f.get();
        } catch (IllegalArgumentException e) {
            throw new InputException(md.source(), 0, "the model " + req.formula() + " cannot be fitted: " + e.getMessage());
        }
    }
}
