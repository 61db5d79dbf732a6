package org.gutskin.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sample × taxon abundance table, stored sparsely by sample (compressed rows: real profiles are mostly
 * zeros), immutable.
 *
 * <p>A table is <em>nested</em> when it holds a row for every rank and each row already includes its
 * descendants (MetaPhlAn profiles, Kraken reports); otherwise its rows are disjoint features (BIOM, QIIME 2,
 * Bracken). {@link #atRank} uses that to collapse without double counting.
 */
public final class AbundanceTable {

    private final List<String> sampleIds;
    private final List<Lineage> taxa;
    private final ValueKind kind;
    private final boolean nested;
    private final int[] rowStart; // sample s occupies [rowStart[s], rowStart[s+1])
    private final int[] taxonIndex;
    private final double[] values;
    private final Map<String, Map<String, String>> metadata;
    private Map<String, Integer> sampleLookup;

    AbundanceTable(List<String> sampleIds, List<Lineage> taxa, ValueKind kind, boolean nested, int[] rowStart,
            int[] taxonIndex, double[] values, Map<String, Map<String, String>> metadata) {
        this.sampleIds = List.copyOf(sampleIds);
        this.taxa = List.copyOf(taxa);
        this.kind = kind;
        this.nested = nested;
        this.rowStart = rowStart;
        this.taxonIndex = taxonIndex;
        this.values = values;
        this.metadata = metadata;
    }

    public static AbundanceTableBuilder builder(ValueKind kind, boolean nested) {
        return new AbundanceTableBuilder(kind, nested);
    }

    public List<String> sampleIds() {
        return sampleIds;
    }

    public List<Lineage> taxa() {
        return taxa;
    }

    public int sampleCount() {
        return sampleIds.size();
    }

    public int taxonCount() {
        return taxa.size();
    }

    public ValueKind kind() {
        return kind;
    }

    public boolean hasCounts() {
        return kind == ValueKind.COUNTS;
    }

    public boolean isNested() {
        return nested;
    }

    /** Number of stored (non-zero) entries. */
    public int nonZeroCount() {
        return rowStart[rowStart.length - 1];
    }

    /** The non-zero abundances of sample {@code s}. */
    public SparseVector sample(int s) {
        return new SparseVector(taxonIndex, values, rowStart[s], rowStart[s + 1]);
    }

    /** Index of a sample id, or -1. */
    public int indexOfSample(String id) {
        Map<String, Integer> m = sampleLookup;
        if (m == null) {
            m = new HashMap<>(sampleIds.size() * 2);
            for (int i = 0; i < sampleIds.size(); i++) m.put(sampleIds.get(i), i);
            sampleLookup = m;
        }
        return m.getOrDefault(id, -1);
    }

    /** The value at (sample, taxon); zero when not stored. */
    public double get(int s, int t) {
        int k = Arrays.binarySearch(taxonIndex, rowStart[s], rowStart[s + 1], t);
        return k >= 0 ? values[k] : 0.0;
    }

    /** Per-sample metadata (column → value), empty when the format carries none. */
    public Map<String, String> metadata(String sampleId) {
        return metadata.getOrDefault(sampleId, Map.of());
    }

    /** Every sample's metadata, keyed by sample id. */
    public Map<String, Map<String, String>> metadata() {
        return Collections.unmodifiableMap(metadata);
    }

    /** How many distinct taxa this table has at each rank (unclassified rows are not counted). */
    public Map<Rank, Integer> taxaPerRank() {
        Map<Rank, Integer> m = new LinkedHashMap<>();
        for (Rank r : Rank.values()) {
            int n = 0;
            if (nested) {
                for (Lineage l : taxa) if (!l.isUnclassified() && l.rank() == r) n++;
            } else {
                java.util.Set<Lineage> seen = new java.util.HashSet<>();
                for (Lineage l : taxa) if (l.reaches(r) && l.nameAt(r) != null) seen.add(l.truncate(r));
                n = seen.size();
            }
            if (n > 0) m.put(r, n);
        }
        return m;
    }

    /** True when some taxon of the table is at (nested) or reaches (disjoint features) the rank. */
    public boolean hasRank(Rank r) {
        return taxaPerRank().containsKey(r);
    }

    /**
     * True when the table can be shown at a rank: some row is at it (nested) or reaches it (disjoint), or — a
     * nested table without rows at that rank, such as a species-only MetaPhlAn table asked for genera — some
     * deeper row names its ancestor there, so {@link #atRank} can sum up.
     */
    public boolean reachesRank(Rank r) {
        if (hasRank(r)) return true;
        if (!nested) return false;
        for (Lineage l : taxa) if (l.reaches(r) && l.nameAt(r) != null) return true;
        return false;
    }

    /**
     * The table at one rank. Nested tables keep their rows at exactly that rank (the profiler already summed
     * the children); where a branch has no row at that rank (a table holding species rows only, asked for
     * genera), its shallowest rows below the rank are summed by their ancestor at the rank, as phyloseq's
     * {@code tax_glom} does. Disjoint feature tables sum features by their ancestor at that rank. Features that
     * do not reach the rank (e.g. an ASV classified only to family when collapsing to genus) are left out, as
     * are unclassified rows — {@link RankCoverage} tells how much that was.
     */
    public AbundanceTable atRank(Rank r) {
        if (!nested)
            return merged(l -> l.reaches(r) && l.nameAt(r) != null ? l.truncate(r) : null);
        java.util.Set<Lineage> rows = new java.util.HashSet<>(taxa);
        return merged(l -> {
            if (l.isUnclassified() || l.rank().ordinal() < r.ordinal() || l.nameAt(r) == null) return null;
            if (l.rank() == r) return l;
            // a deeper row counts only when nothing between it and the rank is itself a row
            for (int i = r.ordinal(); i < l.rank().ordinal(); i++)
                if (l.nameAt(Rank.values()[i]) != null && rows.contains(l.truncate(Rank.values()[i]))) return null;
            return l.truncate(r);
        });
    }

    /**
     * A disjoint table whose rows are {@code target}'s images of this table's rows, rows with the same image summed
     * (in order of first appearance); rows mapped to null are left out. {@link #atRank} is one such mapping; the
     * replication report's merging of several rows into one literature taxon is another.
     */
    public AbundanceTable merged(java.util.function.Function<Lineage, Lineage> target) {
        AbundanceTableBuilder b = builder(kind, false);
        int[] map = new int[taxa.size()];
        Map<Lineage, Integer> ids = new HashMap<>();
        List<Lineage> order = new ArrayList<>();
        for (int t = 0; t < taxa.size(); t++) {
            Lineage image = target.apply(taxa.get(t));
            if (image == null) {
                map[t] = -1;
                continue;
            }
            Integer id = ids.get(image);
            if (id == null) {
                id = order.size();
                ids.put(image, id);
                order.add(image);
            }
            map[t] = id;
        }
        boolean identity = order.size() == taxa.size();
        for (int t = 0; t < map.length && identity; t++) identity = map[t] == t;
        // every row its own image, in order (a species table asked for species): the same cells under the images
        if (identity) {
            for (int t = 0; t < map.length; t++)
                if (!order.get(t).equals(taxa.get(t))) NameCharacters.check(order.get(t).toMetaphlan(), "taxon name");
            return new AbundanceTable(sampleIds, order, kind, false, rowStart, taxonIndex, values, metadata);
        }
        for (Lineage l : order) b.taxon(l);
        double[] acc = new double[order.size()];
        boolean[] hit = new boolean[order.size()];
        int[] touched = new int[order.size()];
        b.expect(taxonIndex.length);
        for (int s = 0; s < sampleIds.size(); s++) {
            String sid = sampleIds.get(s);
            b.sample(sid, metadata(sid));
            // only the images this sample touches are visited (a sample holds a few hundred of thousands of rows)
            int n = 0;
            for (int k = rowStart[s]; k < rowStart[s + 1]; k++) {
                int t = map[taxonIndex[k]];
                if (t < 0) continue;
                acc[t] += values[k];
                if (!hit[t]) {
                    hit[t] = true;
                    touched[n++] = t;
                }
            }
            java.util.Arrays.sort(touched, 0, n);
            for (int i = 0; i < n; i++) {
                int t = touched[i];
                if (acc[t] != 0) b.add(t, acc[t]);
                acc[t] = 0;
                hit[t] = false;
            }
        }
        return b.build();
    }

    /**
     * This table with each sample scaled to sum to {@code total} (samples summing to zero stay zero). A nested
     * table's sample total is the sum of its top-level rows (the unclassified row and the taxa no other row
     * contains), since every deeper row is already included in them.
     */
    public AbundanceTable normalized(double total, ValueKind newKind) {
        double[] v = values.clone();
        boolean[] top = nested ? topLevelRows() : null;
        for (int s = 0; s < sampleIds.size(); s++) {
            double sum = 0;
            for (int k = rowStart[s]; k < rowStart[s + 1]; k++) if (top == null || top[taxonIndex[k]]) sum += v[k];
            if (sum > 0) for (int k = rowStart[s]; k < rowStart[s + 1]; k++) v[k] = v[k] / sum * total;
        }
        return new AbundanceTable(sampleIds, taxa, newKind, nested, rowStart, taxonIndex, v, metadata);
    }

    /**
     * Which rows no other row contains: the unclassified row and the shallowest taxa (every row in a disjoint
     * table). Their sum is a sample's total.
     */
    public boolean[] topLevelRows() {
        boolean[] top = new boolean[taxa.size()];
        java.util.Set<Lineage> set = nested ? new java.util.HashSet<>(taxa) : java.util.Set.of();
        for (int t = 0; t < top.length; t++) {
            Lineage l = taxa.get(t);
            boolean covered = false;
            if (nested && !l.isUnclassified())
                for (Rank r : Rank.values()) {
                    if (r.ordinal() >= l.rank().ordinal()) break;
                    if (l.nameAt(r) != null && set.contains(l.truncate(r))) {
                        covered = true;
                        break;
                    }
                }
            top[t] = !covered;
        }
        return top;
    }

    /** Relative abundance in percent: counts are scaled so each sample sums to 100; percent tables are returned as they are. */
    public AbundanceTable relative() {
        return kind == ValueKind.PERCENT ? this : normalized(100.0, ValueKind.PERCENT);
    }

    /** The samples with the given indices, in that order. */
    public AbundanceTable select(int[] samples) {
        AbundanceTableBuilder b = builder(kind, nested);
        for (Lineage l : taxa) b.taxon(l);
        for (int s : samples) {
            String sid = sampleIds.get(s);
            b.sample(sid, metadata(sid));
            SparseVector v = sample(s);
            for (int k = 0; k < v.size(); k++) b.add(v.taxon(k), v.value(k));
        }
        return b.build();
    }
}
