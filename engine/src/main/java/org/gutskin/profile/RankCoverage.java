package org.gutskin.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How much of each sample's classified abundance a rank keeps: a 16S table whose features mostly lack a species
 * name keeps little at species (QIIME 2's moving-pictures table: 27 of 770 ASVs), and every number measured there
 * silently describes a sliver of the sample. Unclassified reads are not counted against the rank (no rank keeps
 * them). A sample's classified total is the sum of its top-level rows ({@link AbundanceTable#topLevelRows})
 * without the unclassified row; the kept part is its sum in {@link AbundanceTable#atRank}.
 */
public record RankCoverage(Rank rank, List<String> samples, double[] kept, Optional<Rank> suggested) {

    /** A rank that drops more than this share of a sample's classified abundance is said so. */
    public static final double MAX_DROPPED = 0.10;

    public static RankCoverage of(AbundanceTable table, Rank rank) {
        double[] kept = keptShare(table, rank);
        Optional<Rank> suggestion = Optional.empty();
        if (worst(kept) > MAX_DROPPED)
            for (int r = rank.ordinal() - 1; r >= 0 && suggestion.isEmpty(); r--)
                if (table.reachesRank(Rank.values()[r]) && worst(keptShare(table, Rank.values()[r])) <= MAX_DROPPED)
                    suggestion = Optional.of(Rank.values()[r]);
        return new RankCoverage(rank, table.sampleIds(), kept, suggestion);
    }

    /** The share of each sample's classified abundance dropped at the rank (0 … 1; 0 for an empty sample). */
    public double dropped(int s) {
        return 1 - kept[s];
    }

    /** The samples that lose more than {@link #MAX_DROPPED}. */
    public List<Integer> lossy() {
        List<Integer> out = new ArrayList<>();
        for (int s = 0; s < kept.length; s++) if (dropped(s) > MAX_DROPPED) out.add(s);
        return out;
    }

    /** One line for stderr, or null when no sample loses more than {@link #MAX_DROPPED}. */
    public String warning() {
        List<Integer> lossy = lossy();
        if (lossy.isEmpty()) return null;
        StringBuilder sb = new StringBuilder("rank ").append(rank.label()).append(" drops more than ")
                .append(Math.round(MAX_DROPPED * 100)).append(" % of the classified abundance of ").append(lossy.size())
                .append(" of ").append(samples.size()).append(" sample(s): ");
        for (int i = 0; i < lossy.size() && i < 5; i++)
            sb.append(i == 0 ? "" : ", ").append(samples.get(lossy.get(i))).append(' ')
                    .append(String.format(java.util.Locale.ROOT, "%.1f %%", 100 * dropped(lossy.get(i))));
        if (lossy.size() > 5) sb.append(", …");
        sb.append(suggested.map(r -> "; --rank " + r.label() + " keeps at least "
                + Math.round((1 - MAX_DROPPED) * 100) + " % of every sample").orElse(""));
        return sb.toString();
    }

    private static double worst(double[] kept) {
        double w = 0;
        for (double k : kept) w = Math.max(w, 1 - k);
        return w;
    }

    private static double[] keptShare(AbundanceTable table, Rank rank) {
        boolean[] top = table.topLevelRows();
        AbundanceTable at = table.atRank(rank);
        double[] out = new double[table.sampleCount()];
        for (int s = 0; s < out.length; s++) {
            SparseVector v = table.sample(s);
            double total = 0;
            for (int k = 0; k < v.size(); k++)
                if (top[v.taxon(k)] && !table.taxa().get(v.taxon(k)).isUnclassified()) total += v.value(k);
            double kept = at.sample(s).sum();
            out[s] = total > 0 ? Math.min(1, kept / total) : 1;
        }
        return out;
    }
}
