package org.gutskin.evidence.kb;

import java.util.List;
import org.gutskin.profile.Rank;
import org.gutskin.profile.TaxonNames;

/**
 * The knowledge base's names of one taxon as the profile layer's {@link TaxonNames}, for joining files by name:
 * every entry of {@code taxon-synonyms.yaml} (e.g. the phylum Firmicutes, Bacillota since Oren &amp; Garrity 2021,
 * doi:10.1099/ijsem.0.005056) and every species renaming of {@code nomenclature.yaml} (e.g. Lactobacillus rhamnosus,
 * Lacticaseibacillus rhamnosus since Zheng et al. 2020, doi:10.1099/ijsem.0.004107). Verified and unverified
 * entries alike: names are vocabulary, and each join they cause is listed as a reconciliation.
 */
public final class JoinNames {

    private static volatile TaxonNames bundled;

    private JoinNames() {}

    /** The bundled knowledge base's names (built once). */
    public static TaxonNames bundled() {
        TaxonNames n = bundled;
        if (n == null) bundled = n = of(KnowledgeBase.get());
        return n;
    }

    public static TaxonNames of(KnowledgeBase kb) {
        TaxonNames n = TaxonNames.SPELLING;
        for (TaxonSynonym s : kb.taxonSynonyms()) n = n.withSynonyms(s.rank(), s.allNames());
        for (Renaming r : kb.renamings()) n = n.withSynonyms(Rank.SPECIES, List.of(r.current(), r.former()));
        return n;
    }
}
