package org.gutskin.evidence.kb;

import java.util.List;
import org.gutskin.profile.Rank;

/**
 * One taxon under all the names profilers and papers give it at one rank ({@code taxon-synonyms.yaml}): the name
 * the knowledge base uses ({@code name}) and the other names of the same taxon, e.g. the phylum Bacteroidetes, valid
 * since 2021 as Bacteroidota (Oren &amp; Garrity 2021, doi:10.1099/ijsem.0.005056), or the species Bacteroides
 * vulgatus, now Phocaeicola vulgatus (García-López et al. 2019, doi:10.3389/fmicb.2019.02083).
 *
 * <p>Like the label parser's renamings, a synonym is vocabulary: the replication report matches through every
 * entry, and says for each match which entry it used and whether that entry is verified.
 */
public record TaxonSynonym(Rank rank, String name, List<String> synonyms, List<Citation> citations, boolean verified,
        String note) {

    public TaxonSynonym {
        synonyms = List.copyOf(synonyms);
        citations = List.copyOf(citations);
    }

    /** The knowledge-base name first, then its synonyms. */
    public List<String> allNames() {
        List<String> all = new java.util.ArrayList<>();
        all.add(name);
        all.addAll(synonyms);
        return List.copyOf(all);
    }
}
