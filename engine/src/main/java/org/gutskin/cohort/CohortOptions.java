package org.gutskin.cohort;

import java.util.List;
import org.gutskin.profile.Rank;

/**
 * What a cohort analysis computes: the rank the table is collapsed to (each sample then renormalised to sum 1
 * over that rank), the alpha metrics and beta metrics (the first beta metric is ordinated and plotted), the
 * number of permutations and their seed, the prevalence filter for differential abundance, and how many PCoA
 * axes to write.
 */
public record CohortOptions(Rank rank, List<String> alphaMetrics, List<String> betaMetrics, int permutations, long seed,
        double minPrevalence, int axes) {

    /** The default per-sample scores, comma-separated (a constant, so the command line can show it as its default). */
    public static final String DEFAULT_SCORES = "observed,shannon,simpson,pielou_e,gmhi,gmwi2";

    public static final List<String> DEFAULT_ALPHA = List.of(DEFAULT_SCORES.split(","));

    public CohortOptions {
        alphaMetrics = List.copyOf(alphaMetrics);
        betaMetrics = List.copyOf(betaMetrics);
        if (betaMetrics.isEmpty()) throw new IllegalArgumentException("at least one beta metric");
    }

    /** The same options with other per-sample scores. */
    public CohortOptions withAlphaMetrics(List<String> metrics) {
        return new CohortOptions(rank, metrics, betaMetrics, permutations, seed, minPrevalence, axes);
    }

    /** The contract's defaults: species, Bray–Curtis, 999 permutations. */
    public static CohortOptions defaults() {
        return new CohortOptions(Rank.SPECIES, DEFAULT_ALPHA, List.of("braycurtis"), 999, Permutations.DEFAULT_SEED,
                DifferentialAbundance.DEFAULT_MIN_PREVALENCE, 10);
    }
}
