package org.gutskin.profile.format;

import java.util.Optional;
import java.util.regex.Pattern;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.LineageParser;
import org.gutskin.profile.Rank;

/**
 * The lineage of one feature (OTU, ASV, taxon) of a feature table — BIOM, a QIIME 2 table with its taxonomy.
 * Feature ids must stay distinct even when two features share a classification (two ASVs of one genus), so:
 * <ol>
 *   <li>an id that is itself a lineage ({@code k__Bacteria|p__…}, {@code d__Bacteria;…}, {@code UNKNOWN}) is
 *       that lineage (MetaPhlAn's and gutskin's own BIOM output);</li>
 *   <li>with a taxonomy, the lineage is the taxonomy's names from kingdom to species with the feature id at the
 *       finest level ({@link Rank#STRAIN}); a taxonomy that names nothing ({@code Unassigned}, {@code k__; p__})
 *       leaves the id alone at that level;</li>
 *   <li>without a taxonomy, the id is taken as a species name (so taxon-keyed tables work at species rank).</li>
 * </ol>
 */
final class FeatureLineage {

    private static final Pattern LINEAGE_ID = Pattern.compile("^\\s*[kdpcofgstKDPCOFGST]__.*");

    private FeatureLineage() {}

    static Lineage of(String id, String taxonomy) {
        if (LINEAGE_ID.matcher(id).matches() || isUnclassifiedMarker(id)) {
            Optional<Lineage> l = LineageParser.parse(id, Rank.SPECIES);
            if (l.isPresent()) return l.get();
        }
        if (taxonomy == null) return Lineage.ofName(Rank.SPECIES, id);
        Optional<Lineage> t;
        try {
            t = LineageParser.parse(taxonomy, Rank.SPECIES);
        } catch (IllegalArgumentException e) {
            t = Optional.empty();
        }
        String[] names = new String[Rank.values().length];
        if (t.isPresent() && !t.get().isUnclassified())
            for (Rank r : Rank.values()) if (r != Rank.STRAIN) names[r.ordinal()] = t.get().nameAt(r);
        names[Rank.STRAIN.ordinal()] = id;
        return Lineage.of(names);
    }

    static boolean isUnclassifiedMarker(String s) {
        String l = s.strip().toLowerCase(java.util.Locale.ROOT);
        return l.equals("unknown") || l.equals("unclassified") || l.equals("unassigned");
    }
}
