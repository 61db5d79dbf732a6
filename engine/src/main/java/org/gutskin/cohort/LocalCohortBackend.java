package org.gutskin.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.gutskin.diversity.DistanceMatrix;
import org.gutskin.diversity.DistanceRows;
import org.gutskin.profile.AbundanceTable;

/**
 * The local engine: every step in this JVM, permutations and per-taxon tests spread over the machine's cores
 * (each permutation and each taxon is independent, so the result does not depend on the thread count).
 * The per-sample scores and distances come from the functions given (the diversity and index layers).
 */
public final class LocalCohortBackend implements CohortBackend {

    /** Computes the per-sample scores: (table at the rank, table as read, names). */
    @FunctionalInterface
    public interface Scorer {
        SampleScores score(AbundanceTable relative, AbundanceTable full, List<String> names);
    }

    private final Scorer scores;
    private final BiFunction<AbundanceTable, String, DistanceMatrix> distances;
    private final BiFunction<AbundanceTable, String, DistanceRows> computedRows;
    private final long storeBytes;

    /**
     * @param distances the whole matrix of a metric
     * @param computedRows the metric's rows computed on demand, used when the matrix would take more than
     *        {@code storeBytes} (or more than one Java array holds)
     */
    public LocalCohortBackend(Scorer scores, BiFunction<AbundanceTable, String, DistanceMatrix> distances,
            BiFunction<AbundanceTable, String, DistanceRows> computedRows, long storeBytes) {
        this.scores = scores;
        this.distances = distances;
        this.computedRows = computedRows;
        this.storeBytes = storeBytes;
    }

    /** Rows always from the stored matrix (tests, small cohorts). */
    public LocalCohortBackend(Scorer scores, BiFunction<AbundanceTable, String, DistanceMatrix> distances) {
        this(scores, distances, distances::apply, Long.MAX_VALUE);
    }

    @Override
    public SampleScores sampleScores(AbundanceTable relative, AbundanceTable full, List<String> metrics) {
        return scores.score(relative, full, metrics);
    }

    @Override
    public DistanceMatrix distances(AbundanceTable relative, String metric) {
        return distances.apply(relative, metric);
    }

    /**
     * The matrix stays in memory when its condensed triangle fits the budget: the PCoA's passes then read instead
     * of recomputing. Otherwise every pass computes its rows again (twice the pairs of the triangle, no n² memory).
     */
    @Override
    public RowSource distanceRows(AbundanceTable relative, String metric) {
        long n = relative.sampleCount(), bytes = 8 * (n * (n - 1) / 2);
        if (DistanceMatrix.fits(n) && bytes <= storeBytes)
            return RowSource.local(distances.apply(relative, metric), String.format(java.util.Locale.ROOT,
                    "distances stored in memory (%.1f GB)", bytes / 1e9));
        return RowSource.local(computedRows.apply(relative, metric), String.format(java.util.Locale.ROOT,
                "distances recomputed by rows in every pass (the matrix would take %.1f GB)", bytes / 1e9));
    }

    @Override
    public double[] permanovaNull(double[] sq, int n, int[] codes, int k, int permutations, long seed) {
        return IntStream.range(0, permutations).parallel()
                .mapToDouble(p -> Permanova.pseudoF(sq, n, Permutations.permuted(codes, seed, p), k)).toArray();
    }

    @Override
    public double[][] marginalPermanovaNull(org.gutskin.cohort.model.MarginalModel model, int permutations, long seed) {
        return org.gutskin.cohort.model.MarginalPermanova.localNull(model, permutations, seed);
    }

    @Override
    public List<TaxonAssociation> taxonTests(AbundanceTable relative, Grouping g, double minPrevalence) {
        ClrTable clr = new ClrTable(relative);
        TaxonAssociation[] out = new TaxonAssociation[clr.taxonCount()];
        IntStream.range(0, clr.taxonCount()).parallel().filter(j -> clr.prevalence(j) >= minPrevalence)
                .forEach(j -> out[j] = DifferentialAbundance.testTaxon(relative.taxa().get(j).name(),
                        clr.prevalence(j), clr.column(j), g));
        return new ArrayList<>(Arrays.stream(out).filter(java.util.Objects::nonNull).toList());
    }

    @Override
    public String describe() {
        return "local (" + Runtime.getRuntime().availableProcessors() + " cores)";
    }
}
