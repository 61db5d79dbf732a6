package org.gutskin.profile.format;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.AbundanceTableBuilder;
import org.gutskin.io.InputException;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.ValueKind;

/**
 * The non-zero cells of a table read in any order (merged tables come taxon by taxon, BIOM sparse data in
 * whatever order the writer chose), regrouped by sample with a stable counting sort into the sample-major
 * {@link AbundanceTable}. Zeros are never stored.
 */
final class CellBuffer {

    private int[] sample = new int[1024];
    private int[] taxon = new int[1024];
    private double[] value = new double[1024];
    private int size;
    private int maxSample = -1, maxTaxon = -1;

    void add(int s, int t, double v) {
        if (v == 0) return;
        if (s > maxSample) maxSample = s;
        if (t > maxTaxon) maxTaxon = t;
        if (size == sample.length) {
            int n = size * 2;
            sample = Arrays.copyOf(sample, n);
            taxon = Arrays.copyOf(taxon, n);
            value = Arrays.copyOf(value, n);
        }
        sample[size] = s;
        taxon[size] = t;
        value[size] = v;
        size++;
    }

    int size() {
        return size;
    }

    /** The largest sample index stored (-1 when empty): a reader whose shape comes late checks it. */
    int maxSample() {
        return maxSample;
    }

    int maxTaxon() {
        return maxTaxon;
    }

    /** True when every stored value is a whole number (the table holds counts). */
    boolean allIntegral() {
        for (int k = 0; k < size; k++) if (value[k] != Math.rint(value[k])) return false;
        return true;
    }

    /**
     * Builds the table, every value multiplied by {@code scale}. Taxa must be distinct; a cell given twice (a
     * repeated BIOM sparse entry, say) is refused as bad input from {@code file} rather than summed or overwritten.
     */
    AbundanceTable build(Path file, List<String> sampleIds, List<Lineage> taxa, Map<String, Map<String, String>> meta,
            ValueKind kind, boolean nested, double scale) {
        try {
            return buildTable(file, sampleIds, taxa, meta, kind, nested, scale);
        } catch (InputException e) {
            // the builder refuses a name (NameCharacters) without knowing the file: name it here
            if (e.source() != null) throw e;
            throw new InputException(file == null ? null : file.toString(), 0, e.getMessage(), null);
        }
    }

    private AbundanceTable buildTable(Path file, List<String> sampleIds, List<Lineage> taxa,
            Map<String, Map<String, String>> meta, ValueKind kind, boolean nested, double scale) {
        int ns = sampleIds.size();
        // the binary formats (BIOM) bring their ids here without passing TextLines' field limit
        for (String id : sampleIds)
            if (id.length() > TextLines.MAX_FIELD)
                throw new InputException(file, 0, "a sample id of " + id.length() + " characters ('" + Abbrev.of(id)
                        + "'); ids may have at most " + TextLines.MAX_FIELD);
        for (Lineage l : taxa)
            if (l.name().length() > TextLines.MAX_FIELD)
                throw new InputException(file, 0, "a taxon name of " + l.name().length()
                        + " characters ('" + Abbrev.of(l.toString()) + "'); names may have at most " + TextLines.MAX_FIELD);
        int[] start = new int[ns + 1];
        for (int k = 0; k < size; k++) start[sample[k] + 1]++;
        for (int s = 0; s < ns; s++) start[s + 1] += start[s];
        int[] fill = Arrays.copyOf(start, ns);
        int[] order = new int[size];
        for (int k = 0; k < size; k++) order[fill[sample[k]]++] = k;
        AbundanceTableBuilder b = AbundanceTable.builder(kind, nested);
        for (Lineage l : taxa) b.taxon(l);
        int[] lastSample = new int[taxa.size()];
        Arrays.fill(lastSample, -1);
        for (int s = 0; s < ns; s++) {
            String id = sampleIds.get(s);
            b.sample(id, meta.getOrDefault(id, Map.of()));
            for (int k = start[s]; k < start[s + 1]; k++) {
                int e = order[k];
                if (lastSample[taxon[e]] == s)
                    throw new InputException(file, 0, "sample '" + Abbrev.of(id) + "' has two values for taxon '"
                            + Abbrev.of(taxa.get(taxon[e]).toString()) + "' (a repeated entry)");
                lastSample[taxon[e]] = s;
                b.add(taxon[e], scale == 1.0 ? value[e] : value[e] * scale);
            }
        }
        return b.build();
    }
}
