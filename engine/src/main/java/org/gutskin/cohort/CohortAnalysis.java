package org.gutskin.cohort;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.diversity.DistanceMatrix;
import org.gutskin.profile.AbundanceTable;

/**
 * Runs a cohort analysis on a table already collapsed to the analysis rank and limited to the samples that
 * have a group (in the grouping's order): per-sample scores with Kruskal–Wallis (and Mann–Whitney for two
 * groups) per score; for each beta metric PERMANOVA and PERMDISP; PCoA of the first beta metric; differential
 * abundance per taxon. The heavy steps go through a {@link CohortBackend}; the statistics are the same whichever.
 */
public final class CohortAnalysis {

    /** Above this many samples the n×n eigendecomposition (O(n³)) gives way to {@link RandomizedPcoa}. */
    public static final int EXACT_PCOA_MAX = 1000;

    private CohortAnalysis() {}

    /**
     * @param atRank the table at the analysis rank, samples in {@code g}'s order
     * @param full the same samples as read (all ranks), for the indices
     */
    public static CohortResult run(AbundanceTable atRank, AbundanceTable full, Grouping g, CohortOptions o,
            CohortBackend backend, List<String> notes) {
        AbundanceTable relative = atRank.normalized(1.0, atRank.kind());
        SampleScores ss = backend.sampleScores(relative, full, o.alphaMetrics());
        Map<String, double[]> scores = new LinkedHashMap<>(ss.values());
        List<CohortTest> tests = new ArrayList<>();
        List<String> scoreNotes = new ArrayList<>();
        for (Map.Entry<String, double[]> e : scores.entrySet()) {
            // an undefined score (e.g. an index with none of its taxa) is left out of its tests, and counted
            double[] all = e.getValue();
            int[] keep = java.util.stream.IntStream.range(0, all.length).filter(i -> Double.isFinite(all[i])).toArray();
            if (keep.length < all.length)
                scoreNotes.add(e.getKey() + ": " + (all.length - keep.length) + " sample(s) without a value are left out of its tests");
            double[] v = java.util.Arrays.stream(keep).mapToDouble(i -> all[i]).toArray();
            int[] codes = java.util.Arrays.stream(keep).map(i -> g.codes()[i]).toArray();
            Grouping sub = new Grouping(g.labels(), codes);
            RankTest kw = KruskalWallis.test(v, codes, g.groupCount());
            tests.add(new CohortTest("kruskal", e.getKey(), kw.statistic(), kw.pValue(), 0));
            if (g.groupCount() == 2) {
                RankTest mw = MannWhitneyU.test(sub.select(v, 0), sub.select(v, 1));
                tests.add(new CohortTest("mannwhitneyu", e.getKey(), mw.statistic(), mw.pValue(), 0));
            }
        }
        Ordination ordination = null;
        boolean large = false;
        List<String> rowNotes = new ArrayList<>();
        for (String metric : o.betaMetrics()) {
            int n = relative.sampleCount();
            if (n <= EXACT_PCOA_MAX) {
                DistanceMatrix dm = backend.distances(relative, metric);
                double[] sq = dm.condensed();
                int k = g.groupCount();
                double f = Permanova.pseudoF(sq, n, g.codes(), k);
                double[] nul = Double.isNaN(f) ? new double[0]
                        : backend.permanovaNull(sq, n, g.codes(), k, o.permutations(), o.seed());
                tests.add(new CohortTest("permanova", metric, f, Permutations.pValue(f, nul), o.permutations()));
                Ordination all = Pcoa.of(dm, dm.size());
                PermutationTest disp = Permdisp.test(all, g, o.permutations(), o.seed());
                tests.add(new CohortTest("permdisp", metric, disp.statistic(), disp.pValue(), o.permutations()));
                if (ordination == null) ordination = truncate(all, o.axes());
            } else {
                RowSource rows = backend.distanceRows(relative, metric);
                rowNotes.add(metric + ": " + rows.describe() + ".");
                RowwisePermutationTests.Result t = RowwisePermutationTests.run(rows, g, o.permutations(), o.seed());
                tests.add(new CohortTest("permanova", metric, t.permanova().statistic(), t.permanova().pValue(), o.permutations()));
                tests.add(new CohortTest("permdisp", metric, t.permdisp().statistic(), t.permdisp().pValue(), o.permutations()));
                if (ordination == null) {
                    ordination = RandomizedPcoa.of(rows, relative.sampleIds(), o.axes(), o.seed());
                    large = true;
                }
            }
        }
        List<TaxonAssociation> da = DifferentialAbundance.withQValues(
                backend.taxonTests(relative, g, o.minPrevalence()));
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.addAll(ss.notes());
        allNotes.addAll(scoreNotes);
        if (large)
            allNotes.add("More than " + EXACT_PCOA_MAX + " samples: PCoA by randomized subspace iteration (leading "
                    + o.axes() + " axes, proportion explained relative to trace(F), as scikit-bio's fsvd) and PERMDISP "
                    + "from the distances (vegan betadisper's centroid formula) instead of the full eigendecomposition; "
                    + "PERMANOVA and PERMDISP over all permutations in one pass over the distance rows.");
        allNotes.addAll(rowNotes);
        allNotes.add("Differential abundance: CLR with multiplicative zero replacement (δ = 1/D², D = "
                + atRank.taxonCount() + " taxa), " + (g.groupCount() == 2 ? "Mann–Whitney U" : "Kruskal–Wallis")
                + " per taxon present in ≥ " + Math.round(o.minPrevalence() * 100) + " % of samples ("
                + da.size() + " taxa tested), Benjamini–Hochberg q-values.");
        allNotes.add("Permutation tests: " + o.permutations() + " permutations, seed " + o.seed() + "; engine "
                + backend.describe() + ".");
        return new CohortResult(g, relative.sampleIds(), scores, tests, o.betaMetrics().get(0), ordination, da,
                allNotes, o, topTaxaClr(relative, da));
    }

    /**
     * The CLR values (the transform the taxon tests used) of the taxa with the smallest p, in that order: what the
     * per-taxon box/strip plots draw.
     */
    private static java.util.Map<String, double[]> topTaxaClr(org.gutskin.profile.AbundanceTable relative,
            List<TaxonAssociation> da) {
        java.util.Map<String, double[]> out = new java.util.LinkedHashMap<>();
        List<TaxonAssociation> top = da.stream().filter(t -> !Double.isNaN(t.pValue()))
                .sorted(java.util.Comparator.comparingDouble(TaxonAssociation::pValue).thenComparing(TaxonAssociation::taxon))
                .limit(CohortResult.PLOTTED_TAXA).toList();
        if (top.isEmpty()) return out;
        ClrTable clr = new ClrTable(relative);
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int j = 0; j < relative.taxonCount(); j++) index.putIfAbsent(relative.taxa().get(j).name(), j);
        for (TaxonAssociation t : top) {
            Integer j = index.get(t.taxon());
            if (j != null) out.put(t.taxon(), clr.column(j));
        }
        return out;
    }

    private static Ordination truncate(Ordination o, int axes) {
        int a = Math.min(axes, o.axes());
        double[][] c = new double[o.coordinates().length][];
        for (int i = 0; i < c.length; i++) c[i] = java.util.Arrays.copyOf(o.coordinates()[i], a);
        return new Ordination(o.ids(), java.util.Arrays.copyOf(o.eigenvalues(), a),
                java.util.Arrays.copyOf(o.proportionExplained(), a), c);
    }
}
