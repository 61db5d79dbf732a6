package org.gutskin.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.gutskin.diversity.DistanceMatrix;
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

    public LocalCohortBackend(Scorer scores, BiFunction<AbundanceTable, String, DistanceMatrix> distances) {
        this.scores = scores;
        this.distances = distances;
    }

    @Override
    public SampleScores sampleScores(AbundanceTable relative, AbundanceTable full, List<String> metrics) {
        return scores.score(relative, full, metrics);
    }

    @Override
    public DistanceMatrix distances(AbundanceTable relative, String metric) {
        return distances.apply(relative, metric);
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
