package org.gutskin.cohort;

import java.util.List;
import org.gutskin.diversity.DistanceMatrix;
import org.gutskin.profile.AbundanceTable;

/**
 * The heavy steps of a cohort analysis, which an engine may distribute: per-sample scores (alpha diversity,
 * indices), the distance matrix, the permutation null distribution of PERMANOVA, and the per-taxon tests. The
 * local engine runs them in this JVM ({@link LocalCohortBackend}); the Spark module runs them as Spark jobs.
 * Every implementation must give the same numbers: the statistics themselves live in this package
 * ({@link Permanova#pseudoF}, {@link DifferentialAbundance#testTaxon}), backends only decide where they run.
 */
public interface CohortBackend {

    /** Per-sample scores ({@link SampleScoring#compute}): {@code relative} at the rank, {@code full} as read, same samples. */
    SampleScores sampleScores(AbundanceTable relative, AbundanceTable full, List<String> metrics);

    /** The whole matrix, for cohorts of at most {@link CohortAnalysis#EXACT_PCOA_MAX} samples and for the adjusted models. */
    DistanceMatrix distances(AbundanceTable relative, String metric);

    /**
     * The distances by rows for the large-cohort statistics ({@link RowwisePermutationTests}, {@link RandomizedPcoa}):
     * an engine decides whether rows are stored or computed on demand, and where the row tasks run; the n×n matrix
     * need never be in one place.
     */
    RowSource distanceRows(AbundanceTable relative, String metric);

    /** The pseudo-F of permutations 0..permutations−1 ({@link Permutations#permuted}). */
    double[] permanovaNull(double[] condensed, int n, int[] codes, int k, int permutations, long seed);

    /**
     * The marginal PERMANOVA's permutation null: row k holds each term's pseudo-F under permutation k
     * ({@link org.gutskin.cohort.model.MarginalModel#permutedStatistics}), k = 0..permutations−1.
     */
    double[][] marginalPermanovaNull(org.gutskin.cohort.model.MarginalModel model, int permutations, long seed);

    /** The per-taxon tests of taxa passing the prevalence filter, before BH (q-values NaN), in taxon order. */
    List<TaxonAssociation> taxonTests(AbundanceTable relative, Grouping g, double minPrevalence);

    /** Per-taxon adjusted models, every kept taxon fitted, with q-values (the same for every backend). */
    default List<org.gutskin.cohort.model.CoefficientEstimate> taxonModels(org.gutskin.cohort.model.TaxonModels models) {
        return models.fitAll();
    }

    /** A short name for outputs ("local", "spark local[4]"). */
    String describe();
}
