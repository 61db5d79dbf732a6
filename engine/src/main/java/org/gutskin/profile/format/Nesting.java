package org.gutskin.profile.format;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Rank;

/**
 * Whether a table's rows are nested (a row for a taxon and rows for its ancestors, each already including its
 * descendants — MetaPhlAn, Kraken) or disjoint features (BIOM, QIIME 2, Bracken). Decided from the rows:
 * nested exactly when some row's ancestor is itself a row.
 */
final class Nesting {

    private Nesting() {}

    static boolean hasAncestorRows(Collection<Lineage> taxa) {
        Set<Lineage> set = new HashSet<>(taxa);
        for (Lineage l : taxa) {
            if (l.isUnclassified()) continue;
            for (Rank r : Rank.values()) {
                if (r.ordinal() >= l.rank().ordinal()) break;
                if (l.nameAt(r) != null && set.contains(l.truncate(r))) return true;
            }
        }
        return false;
    }
}
