package org.gutskin.report.metabolite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gutskin.evidence.kb.Guild;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Rank;
import org.gutskin.profile.SparseVector;

/**
 * A guild's share of a sample, inferred from taxa. Computed at species rank so that a species-only table (the GMHI
 * reference cohort) and a full-lineage profile (MetaPhlAn 3/4) are summed the same way:
 *
 * <pre>  share(g) = 100 · Σ_{s ∈ S(g)} a_s / Σ_{s} a_s</pre>
 *
 * where a_s is the relative abundance of species row s and S(g) the species rows that belong to the guild: a listed
 * species (by name or alias) or any species of a listed genus (the first word of the species name, so
 * {@code Roseburia_sp_CAG_182} and {@code Roseburia_unclassified} count for {@code Roseburia}). Each species row is
 * counted once even when a guild lists it both as a species and through its genus. The denominator is the species
 * total, not the whole profile: MetaPhlAn's {@code UNKNOWN} / unclassified share (from {@code --unknown_estimation})
 * is left out, so profiles with and without it are comparable. A profile without species rows gives NaN.
 */
public final class GuildAbundance {

    private GuildAbundance() {}

    /** The guild's share (percent of the species-rank total) and the species rows that made it. */
    public record Share(double percent, List<String> species) {

        public Share {
            species = List.copyOf(species);
        }
    }

    /** The share of {@code guild} in sample {@code s} of a species-rank table. */
    public static Share of(AbundanceTable species, int s, Guild guild) {
        SparseVector v = species.sample(s);
        double total = 0, in = 0;
        List<String> hit = new ArrayList<>();
        for (int k = 0; k < v.size(); k++) {
            double a = v.value(k);
            total += a;
            String name = species.taxa().get(v.taxon(k)).name();
            if (a > 0 && belongs(guild, name)) {
                in += a;
                hit.add(name);
            }
        }
        return new Share(total > 0 ? 100 * in / total : Double.NaN, hit);
    }

    /** True when a species name (MetaPhlAn spelling allowed) is one of the guild's species or in one of its genera. */
    public static boolean belongs(Guild guild, String speciesName) {
        String n = norm(speciesName);
        String genus = n.contains(" ") ? n.substring(0, n.indexOf(' ')) : n;
        for (Guild.Member m : guild.taxa()) {
            for (String name : m.names()) {
                String want = norm(name);
                if (m.rank() == Rank.SPECIES ? n.equals(want) : genus.equals(want)) return true;
            }
        }
        return false;
    }

    static String norm(String name) {
        return name.replace('_', ' ').replace("[", "").replace("]", "").trim().toLowerCase(Locale.ROOT);
    }
}
