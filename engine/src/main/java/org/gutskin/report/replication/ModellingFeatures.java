package org.gutskin.report.replication;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Rank;

/**
 * The cohort table the adjusted models see at one rank, and which of its features stands for each knowledge-base
 * taxon.
 *
 * <p>Aggregation rule: when one knowledge-base taxon matches several rows (MetaPhlAn 4's
 * {@code Prevotella_copri_clade_A … _G}, or a name and its synonym both present), those rows are <em>summed into one
 * feature before modelling</em>, named {@code <knowledge-base name with underscores>_merged} under the first row's
 * ancestors. Summing keeps one test per literature claim (no cherry-picking the best clade, no extra multiple-testing
 * burden), and it is what a study that reported the species before the split measured. The merged rows are removed,
 * so each read is counted once and the Benjamini–Hochberg family stays one feature per taxon. Rows that match
 * nothing are left as they are. A row claimed by two different knowledge-base taxa stays with the first.
 */
public final class ModellingFeatures {

    private final AbundanceTable table;
    private final Map<TaxonMatch, Lineage> feature;

    private ModellingFeatures(AbundanceTable table, Map<TaxonMatch, Lineage> feature) {
        this.table = table;
        this.feature = feature;
    }

    /** The table to model at {@code rank} ({@code atRank} holds the rows at that rank) given the matches there. */
    public static ModellingFeatures at(Rank rank, AbundanceTable atRank, List<TaxonMatch> matches) {
        Map<Lineage, Lineage> replace = new HashMap<>();
        Map<TaxonMatch, Lineage> feature = new LinkedHashMap<>();
        Map<List<Lineage>, Lineage> byRows = new HashMap<>();
        for (TaxonMatch m : matches) {
            if (!m.matched() || m.fact().rank() != rank) continue;
            if (!m.merged()) {
                feature.put(m, replace.getOrDefault(m.rows().get(0), m.rows().get(0)));
                continue;
            }
            Lineage known = byRows.get(m.rows());
            if (known != null) {
                feature.put(m, known);
                continue;
            }
            Lineage first = m.rows().get(0);
            String[] names = new String[rank.ordinal() + 1];
            for (Rank r : Rank.values()) if (r.ordinal() < rank.ordinal()) names[r.ordinal()] = first.nameAt(r);
            names[rank.ordinal()] = m.fact().taxon().trim().replace(' ', '_') + "_merged";
            Lineage merged = Lineage.of(names);
            for (Lineage l : m.rows()) replace.putIfAbsent(l, merged);
            byRows.put(m.rows(), merged);
            feature.put(m, merged);
        }
        if (replace.isEmpty()) return new ModellingFeatures(atRank, feature);

        return new ModellingFeatures(atRank.merged(l -> replace.getOrDefault(l, l)), feature);
    }

    /** The table to hand to the models. */
    public AbundanceTable table() {
        return table;
    }

    /** The feature standing for a matched taxon, or null when the match found no row. */
    public Lineage featureOf(TaxonMatch m) {
        return feature.get(m);
    }
}
