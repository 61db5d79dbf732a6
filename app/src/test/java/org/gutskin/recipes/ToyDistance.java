package org.gutskin.recipes;

import org.gutskin.diversity.DistanceMatrix;
import org.gutskin.diversity.beta.BetaMetric;
import org.gutskin.diversity.beta.BetaMetricType;
import org.gutskin.diversity.tree.TipMapping;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.SparseVector;

/**
 * A throwaway beta metric for {@code RecipesTest}, written as docs/recipes.md says: the number of features present in
 * exactly one of the two samples (the size of the symmetric difference). It is registered only inside the test's
 * class-path overlay, never on the ordinary test class path.
 */
public final class ToyDistance implements BetaMetric {

    @Override
    public String name() {
        return "toy_symmetric_difference";
    }

    @Override
    public DistanceMatrix compute(AbundanceTable table, int threads) {
        int n = table.sampleCount();
        double[] d = DistanceMatrix.newCondensed(n);
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                d[(int) DistanceMatrix.condensedIndex(n, i, j)] = onlyInOne(table.sample(i), table.sample(j));
        return new DistanceMatrix(table.sampleIds(), d);
    }

    private static int onlyInOne(SparseVector a, SparseVector b) {
        java.util.Set<Integer> x = new java.util.HashSet<>(), y = new java.util.HashSet<>();
        for (int k = 0; k < a.size(); k++) if (a.value(k) != 0) x.add(a.taxon(k));
        for (int k = 0; k < b.size(); k++) if (b.value(k) != 0) y.add(b.taxon(k));
        int both = 0;
        for (int t : x) if (y.contains(t)) both++;
        return x.size() + y.size() - 2 * both;
    }

    /** The registry entry, listed in the overlay's META-INF/services/org.gutskin.diversity.beta.BetaMetricType. */
    public static final class Type extends BetaMetricType.Entry {
        public Type() {
            super("toy_symmetric_difference", "features present in exactly one of the two samples (a recipe test)",
                    Needs.NOTHING, (tree, pseudocount) -> new ToyDistance());
        }
    }
}
