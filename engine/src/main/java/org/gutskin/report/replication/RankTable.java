package org.gutskin.report.replication;

import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Rank;

/**
 * The cohort table at a knowledge-base fact's rank, also when the profiler's table has no rows at that rank.
 *
 * <p>Both real psoriasis tables (MetaPhlAn 3 and 4 merged tables) hold species rows only, so
 * {@link AbundanceTable#atRank} finds no phylum or genus rows in them. Then the rows of the deepest rank present
 * below the wanted one (disjoint in a MetaPhlAn table: each read is in one species) are summed by their ancestor at
 * the wanted rank — what MetaPhlAn itself prints as the higher-rank rows. Rows not reaching the rank, and the
 * unclassified row, are left out, as in {@code atRank}. The adjusted models must be given the same table (the
 * {@link EstimateSupplier} receives it).
 */
public final class RankTable {

    private RankTable() {}

    public static AbundanceTable at(AbundanceTable full, Rank rank) {
        AbundanceTable direct = full.atRank(rank);
        if (direct.taxonCount() > 0 || !full.isNested()) return direct;
        Rank[] ranks = Rank.values();
        for (int i = ranks.length - 1; i > rank.ordinal(); i--) {
            if (!full.hasRank(ranks[i])) continue;
            AbundanceTable deepest = full.atRank(ranks[i]);
            if (deepest.taxonCount() > 0) return deepest.atRank(rank);
        }
        return direct;
    }
}
