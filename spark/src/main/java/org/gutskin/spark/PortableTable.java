package org.gutskin.spark;

import java.io.Serializable;
import java.util.concurrent.ConcurrentHashMap;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.AbundanceTableBuilder;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Rank;
import org.gutskin.profile.SparseVector;
import org.gutskin.profile.ValueKind;

/**
 * An {@link AbundanceTable} as plain arrays, so Spark can broadcast it to executors; {@link #table()} rebuilds
 * the same table (same sample order, taxon order and values) once per executor JVM.
 */
final class PortableTable implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ConcurrentHashMap<String, AbundanceTable> CACHE = new ConcurrentHashMap<>();

    private final String key;
    private final ValueKind kind;
    private final boolean nested;
    private final String[] samples;
    private final String[][] lineages;
    private final int[] rowStart;
    private final int[] taxon;
    private final double[] value;

    PortableTable(AbundanceTable t) {
        key = java.util.UUID.randomUUID().toString();
        kind = t.kind();
        nested = t.isNested();
        samples = t.sampleIds().toArray(String[]::new);
        lineages = new String[t.taxonCount()][];
        for (int j = 0; j < lineages.length; j++) {
            Lineage l = t.taxa().get(j);
            String[] names = new String[l.isUnclassified() ? 0 : l.rank().ordinal() + 1];
            for (int r = 0; r < names.length; r++) names[r] = l.nameAt(Rank.values()[r]);
            lineages[j] = names;
        }
        rowStart = new int[samples.length + 1];
        int nnz = t.nonZeroCount();
        taxon = new int[nnz];
        value = new double[nnz];
        int k = 0;
        for (int s = 0; s < samples.length; s++) {
            SparseVector v = t.sample(s);
            for (int e = 0; e < v.size(); e++, k++) {
                taxon[k] = v.taxon(e);
                value[k] = v.value(e);
            }
            rowStart[s + 1] = k;
        }
    }

    /** The table, rebuilt once per JVM and kept while the job runs. */
    AbundanceTable table() {
        return CACHE.computeIfAbsent(key, x -> rebuild());
    }

    private AbundanceTable rebuild() {
        AbundanceTableBuilder b = AbundanceTable.builder(kind, nested);
        for (String[] l : lineages) b.taxon(l.length == 0 ? Lineage.UNCLASSIFIED : Lineage.of(l));
        for (int s = 0; s < samples.length; s++) {
            b.sample(samples[s], null);
            for (int k = rowStart[s]; k < rowStart[s + 1]; k++) b.add(taxon[k], value[k]);
        }
        return b.build();
    }

    int sampleCount() {
        return samples.length;
    }

    /** Forgets the rebuilt table (driver side, after the job). */
    void release() {
        CACHE.remove(key);
    }
}
