package org.gutskin.report.replication;

import java.util.List;
import org.gutskin.evidence.kb.Fact;
import org.gutskin.profile.Lineage;

/**
 * How one knowledge-base taxon fact maps onto the cohort table at the fact's rank: the matching rows (empty when
 * unmatched), how each was matched ({@code via}, e.g. "exact", "synonym Bacteroidota (verified: oren2021)",
 * "variant Prevotella_copri_clade_A"), the reason when nothing matched, and rows deliberately left out (MetaPhlAn 4
 * SGB rows of the same genus with no species name, which may or may not belong to the knowledge-base species).
 */
public record TaxonMatch(Fact fact, List<Lineage> rows, List<String> via, String reason, List<Lineage> leftOut) {

    public TaxonMatch {
        rows = List.copyOf(rows);
        via = List.copyOf(via);
        leftOut = List.copyOf(leftOut);
    }

    public boolean matched() {
        return !rows.isEmpty();
    }

    /** True when several rows stand for the one knowledge-base taxon (they are summed before modelling). */
    public boolean merged() {
        return rows.size() > 1;
    }
}
