package org.gutskin.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;
import org.gutskin.profile.SparseVector;

/**
 * What the sample list shows without re-reading the file: taxa observed (non-zero rows at any rank), species
 * observed, and the ten most abundant species in percent of the species-rank total (the table renormalised at the
 * species rank, so unclassified and higher-rank-only mass is excluded; the report states its own conventions).
 */
public record SampleSummary(String sample, String format, int taxa, int species, List<Share> topSpecies,
        List<String> warnings) {

    public record Share(String name, double percent) {}

    public static List<SampleSummary> of(Profile profile) {
        AbundanceTable all = profile.abundance();
        AbundanceTable species = all.hasRank(Rank.SPECIES) ? all.atRank(Rank.SPECIES).relative() : null;
        List<SampleSummary> out = new ArrayList<>();
        for (int s = 0; s < all.sampleCount(); s++) {
            String id = all.sampleIds().get(s);
            int taxa = nonZero(all.sample(s));
            List<Share> top = new ArrayList<>();
            int nSpecies = 0;
            if (species != null) {
                SparseVector v = species.sample(s);
                nSpecies = nonZero(v);
                for (int k = 0; k < v.size(); k++) {
                    if (v.value(k) > 0) top.add(new Share(species.taxa().get(v.taxon(k)).name(), v.value(k)));
                }
                top.sort(Comparator.comparingDouble(Share::percent).reversed().thenComparing(Share::name));
                if (top.size() > 10) top = new ArrayList<>(top.subList(0, 10));
            }
            out.add(new SampleSummary(id, profile.format().label(), taxa, nSpecies, top, profile.warnings()));
        }
        return out;
    }

    private static int nonZero(SparseVector v) {
        int n = 0;
        for (int k = 0; k < v.size(); k++) if (v.value(k) > 0) n++;
        return n;
    }
}
