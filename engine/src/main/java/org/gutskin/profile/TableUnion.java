package org.gutskin.profile;

import java.util.List;

/**
 * Several tables as one: the samples of each in order, over the union of their features (matched by
 * {@link Lineage} equality). Used when a command is given several files. Sample ids must be unique across the
 * tables. If every table holds counts the union does; otherwise every table is taken as relative abundance in
 * percent, so that counts and percent are never mixed in one distance.
 */
public final class TableUnion {

    private TableUnion() {}

    public static AbundanceTable of(List<AbundanceTable> tables, List<String> sources) {
        if (tables.size() == 1) return tables.get(0);
        boolean counts = tables.stream().allMatch(AbundanceTable::hasCounts);
        boolean nested = tables.stream().allMatch(AbundanceTable::isNested);
        if (!nested && tables.stream().anyMatch(AbundanceTable::isNested))
            throw new IllegalArgumentException("collapse nested tables to one rank before joining them with feature tables");
        AbundanceTableBuilder b = AbundanceTable.builder(counts ? ValueKind.COUNTS : ValueKind.PERCENT, nested);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int f = 0; f < tables.size(); f++) {
            AbundanceTable t = counts ? tables.get(f) : tables.get(f).relative();
            int[] map = new int[t.taxonCount()];
            for (int i = 0; i < map.length; i++) map[i] = b.taxon(t.taxa().get(i));
            for (int s = 0; s < t.sampleCount(); s++) {
                String id = t.sampleIds().get(s);
                if (!seen.add(id))
                    throw new InputException(sources.get(f), 0, "sample '" + id + "' also occurs in an earlier file", null);
                b.sample(id, t.metadata(id));
                SparseVector v = t.sample(s);
                for (int k = 0; k < v.size(); k++) b.add(map[v.taxon(k)], v.value(k));
            }
        }
        return b.build();
    }
}
