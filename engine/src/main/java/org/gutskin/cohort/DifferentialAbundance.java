package org.gutskin.cohort;

import java.util.ArrayList;
import java.util.List;
import org.gutskin.profile.AbundanceTable;

/**
 * Differential abundance per taxon: CLR transform ({@link ClrTable}), a prevalence filter, one rank test per
 * taxon — Mann–Whitney U for two groups, Kruskal–Wallis for more — and Benjamini–Hochberg q-values across the
 * taxa tested. A compositional, distribution-free screen in the spirit of ALDEx2's Wilcoxon output
 * (Fernandes et al. 2014, doi:10.1186/2049-2618-2-15), without its Monte-Carlo Dirichlet instances.
 *
 * <p>The prevalence filter (default: present in ≥ 10 % of samples, MaAsLin2's default) is applied before the
 * tests, so rare taxa do not inflate the multiple-testing burden; CLR is computed over all taxa so the filter
 * does not change a taxon's transformed value.
 */
public final class DifferentialAbundance {

    /** MaAsLin2's default minimum prevalence. */
    public static final double DEFAULT_MIN_PREVALENCE = 0.10;

    private DifferentialAbundance() {}

    /** @param table one rank, samples in {@code g}'s order, each sample summing to more than zero */
    public static List<TaxonAssociation> run(AbundanceTable table, Grouping g, double minPrevalence) {
        ClrTable clr = new ClrTable(table);
        List<TaxonAssociation> rows = new ArrayList<>();
        for (int j = 0; j < clr.taxonCount(); j++) {
            if (clr.prevalence(j) < minPrevalence) continue;
            rows.add(testTaxon(table.taxa().get(j).name(), clr.prevalence(j), clr.column(j), g));
        }
        return withQValues(rows);
    }

    /** Tests one taxon's CLR column (q-value left NaN until {@link #withQValues}). */
    public static TaxonAssociation testTaxon(String taxon, double prevalence, double[] clr, Grouping g) {
        int k = g.groupCount();
        double[] mean = new double[k];
        int[] size = g.sizes();
        for (int i = 0; i < clr.length; i++) mean[g.codes()[i]] += clr[i];
        for (int c = 0; c < k; c++) mean[c] = size[c] == 0 ? Double.NaN : mean[c] / size[c];
        if (k == 2) {
            RankTest t = MannWhitneyU.test(g.select(clr, 0), g.select(clr, 1));
            return new TaxonAssociation(taxon, prevalence, mean, mean[1] - mean[0], "clr_difference", "mannwhitneyu",
                    t.statistic(), t.pValue(), Double.NaN);
        }
        RankTest t = KruskalWallis.test(clr, g.codes(), k);
        return new TaxonAssociation(taxon, prevalence, mean, t.statistic() / (clr.length - 1.0), "epsilon_squared",
                "kruskal", t.statistic(), t.pValue(), Double.NaN);
    }

    /** Adds the Benjamini–Hochberg q-values across all rows. */
    public static List<TaxonAssociation> withQValues(List<TaxonAssociation> rows) {
        double[] p = rows.stream().mapToDouble(TaxonAssociation::pValue).toArray();
        double[] q = BenjaminiHochberg.adjust(p);
        List<TaxonAssociation> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) out.add(rows.get(i).withQ(q[i]));
        return out;
    }
}
