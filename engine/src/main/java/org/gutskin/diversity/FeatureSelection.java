package org.gutskin.diversity;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.io.InputException;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Rank;

/**
 * Which features diversity is measured over — the choice that changes every number, so it is made here, once,
 * by one rule, and described in words for the output:
 *
 * <ul>
 *   <li>A rank asked for ({@code --rank genus}): the table at that rank ({@link AbundanceTable#atRank}), summed up
 *       from lower ranks when the table has no rows there but its lineages name the rank; a table whose lineages
 *       do not reach the rank is an input error naming the ranks it has.</li>
 *   <li>No rank asked for, and the features carry a taxonomy (MetaPhlAn/Kraken lineages, a BIOM with taxonomy):
 *       species, the rank the gut–skin literature reports.</li>
 *   <li>No rank asked for, and the features are bare ids with no lineage (an OTU/ASV table such as
 *       {@code OTU01}, a table keyed by species names only): the features as they are — what scikit-bio does
 *       with a count table, so results agree with it.</li>
 * </ul>
 */
public final class FeatureSelection {

    /** The rank used when none is asked for and the table has a taxonomy. */
    public static final Rank DEFAULT_RANK = Rank.SPECIES;

    private FeatureSelection() {}

    /** The chosen features and a short description of the choice (e.g. "species", "features as given"). */
    public record Selected(AbundanceTable table, String description) {}

    public static Selected select(AbundanceTable table, Optional<Rank> asked, String source) {
        if (asked.isPresent()) {
            Rank r = asked.get();
            if (!table.reachesRank(r)) {
                Map<Rank, Integer> have = table.taxaPerRank();
                throw new InputException(source, 0, "the table has no taxa at rank '" + r.label() + "'"
                        + (have.isEmpty() ? "" : " (it has: " + have.keySet().stream().map(Rank::label)
                                .collect(Collectors.joining(", ")) + ")"), null);
            }
            return new Selected(table.atRank(r), r.label() + (table.hasRank(r) ? "" : " (summed up from lower ranks)"));
        }
        if (hasTaxonomy(table)) {
            if (!table.hasRank(DEFAULT_RANK))
                throw new InputException(source, 0, "the table has no species-level taxa; choose a rank with --rank", null);
            return new Selected(table.atRank(DEFAULT_RANK), DEFAULT_RANK.label());
        }
        return new Selected(table, "features as given (no taxonomy)");
    }

    /** True when the table is nested (a profiler's per-rank rows) or some feature names an ancestor. */
    public static boolean hasTaxonomy(AbundanceTable table) {
        if (table.isNested()) return true;
        for (Lineage l : table.taxa()) {
            if (l.isUnclassified()) continue;
            for (Rank r : Rank.values()) {
                if (r.ordinal() >= l.rank().ordinal()) break;
                if (l.nameAt(r) != null) return true;
            }
        }
        return false;
    }
}
