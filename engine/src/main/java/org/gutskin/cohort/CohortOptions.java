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

    /** The contract's defaults, as text for the command line's {@code defaultValue}s (compile-time constants). */
    public static final String DEFAULT_RANK = "species", DEFAULT_BETA = "braycurtis", DEFAULT_PERMUTATIONS = "999",
            DEFAULT_SEED = "" + Permutations.DEFAULT_SEED,
            DEFAULT_MIN_PREVALENCE = "" + DifferentialAbundance.DEFAULT_MIN_PREVALENCE;

    /** PCoA axes written to {@code ordination.tsv}. */
    public static final int DEFAULT_AXES = 10;

    /**
     * Checks what any door could get wrong; a bad value is an {@link IllegalArgumentException} naming the option
     * (the command line turns it into a usage error).
     */
    public CohortOptions {
        alphaMetrics = List.copyOf(alphaMetrics);
        betaMetrics = List.copyOf(betaMetrics);
        if (betaMetrics.isEmpty()) throw new IllegalArgumentException("at least one beta metric");
        if (permutations < 0) throw new IllegalArgumentException("--permutations must be >= 0");
        if (!(minPrevalence >= 0 && minPrevalence <= 1))
            throw new IllegalArgumentException("--min-prevalence must be between 0 and 1");
    }

    /** The same options with other per-sample scores. */
    public CohortOptions withAlphaMetrics(List<String> metrics) {
        return new CohortOptions(rank, metrics, betaMetrics, permutations, seed, minPrevalence, axes);
    }

    /** The contract's defaults: species, Bray–Curtis, 999 permutations. */
    public static CohortOptions defaults() {
        return new CohortOptions(Rank.ofLabel(DEFAULT_RANK).orElseThrow(), DEFAULT_ALPHA, List.of(DEFAULT_BETA),
                Integer.parseInt(DEFAULT_PERMUTATIONS), Permutations.DEFAULT_SEED,
                DifferentialAbundance.DEFAULT_MIN_PREVALENCE, DEFAULT_AXES);
    }
}
