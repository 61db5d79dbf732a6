package org.gutskin.server;

import java.util.ArrayList;
import java.util.List;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;
import org.gutskin.profile.SparseVector;
import org.gutskin.report.TopSpecies;

/**
 * What the sample list shows without re-reading the file: taxa observed (non-zero rows at any rank), species
 * observed, and the most abundant species as the report's composition bar shows them ({@link TopSpecies}: percent
 * of the whole profile, the same numbers for the same sample).
 */
public record SampleSummary(String sample, String format, int taxa, int species, List<Share> topSpecies,
        List<String> warnings) {

    public record Share(String name, double percent) {}

    public static List<SampleSummary> of(Profile profile) {
        AbundanceTable all = profile.abundance();
        AbundanceTable species = all.hasRank(Rank.SPECIES) ? TopSpecies.speciesPercent(profile) : null;
        List<SampleSummary> out = new ArrayList<>();
        for (int s = 0; s < all.sampleCount(); s++) {
            String id = all.sampleIds().get(s);
            List<Share> top = species == null ? List.of()
                    : TopSpecies.of(species, s).top().stream().map(t -> new Share(t.taxon(), t.percent())).toList();
            int nSpecies = species == null ? 0 : nonZero(species.sample(s));
            out.add(new SampleSummary(id, profile.format().label(), nonZero(all.sample(s)), nSpecies, top,
                    profile.warnings()));
        }
        return out;
    }

    private static int nonZero(SparseVector v) {
        int n = 0;
        for (int k = 0; k < v.size(); k++) if (v.value(k) > 0) n++;
        return n;
    }
}
