package org.gutskin.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;
import org.gutskin.profile.SparseVector;
import org.gutskin.report.model.TaxonShare;

/**
 * The most abundant species of one sample, in percent of the whole profile ({@link Profile#relative()} taken to
 * the species rank): what the profiler left unassigned or assigned above species stays in the denominator, so
 * the shares are the lab's own percentages and are never inflated by renormalising over the species alone.
 * Largest first, ties by name; names shown with spaces for underscores. The one computation behind the report's
 * composition bar and the service's sample list, so both show the same numbers for a sample.
 *
 * @param top           the first {@link #COUNT} species with a share above zero
 * @param speciesPercent the share of the sample assigned to any species (100 minus unclassified and higher-rank-only)
 */
public record TopSpecies(List<TaxonShare> top, double speciesPercent) {

    /** How many species are listed (the report's bar shows them before "Other species"). */
    public static final int COUNT = 10;

    public TopSpecies {
        top = List.copyOf(top);
    }

    /** The species table in percent of the whole profile: the denominator both doors use. */
    public static AbundanceTable speciesPercent(Profile profile) {
        return profile.relative().atRank(Rank.SPECIES);
    }

    /** The top species of sample {@code s} of a table made by {@link #speciesPercent}. */
    public static TopSpecies of(AbundanceTable speciesPercent, int s) {
        SparseVector v = speciesPercent.sample(s);
        List<TaxonShare> all = new ArrayList<>();
        double species = 0;
        for (int k = 0; k < v.size(); k++) {
            species += v.value(k);
            if (v.value(k) > 0) all.add(new TaxonShare(display(speciesPercent.taxa().get(v.taxon(k))), v.value(k)));
        }
        all.sort(Comparator.comparingDouble(TaxonShare::percent).reversed().thenComparing(TaxonShare::taxon));
        return new TopSpecies(all.subList(0, Math.min(COUNT, all.size())), species);
    }

    private static String display(Lineage l) {
        return l.name().replace('_', ' ');
    }
}
