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

    private int[] sample;
    private int[] taxon;
    private double[] value;
    private int size;
    private int maxSample = -1, maxTaxon = -1;
    private boolean sampleMajor = true; // cells came sample by sample (BIOM HDF5's layout): no regrouping needed
    private Boolean integral;

    CellBuffer() {
        this(1024);
    }

    /** Room for {@code expected} cells up front (a BIOM HDF5 table says how many), so no array is regrown. */
    CellBuffer(int expected) {
        int n = Math.max(16, expected);
        sample = new int[n];
        taxon = new int[n];
        value = new double[n];
    }

    /**
     * The cells of a table stored sample by sample (compressed sparse rows: sample {@code s} holds
     * {@code taxa/values[rowStart[s], rowStart[s + 1])}), as BIOM HDF5 stores them, kept as they are: a sample whose
     * taxa are strictly increasing and values positive is copied into the table in one go. The caller has checked
     * the indices lie within the taxa and the values are {@code >= 0}.
     */
    static CellBuffer ofRows(int[] rowStart, int[] taxa, double[] values) {
        CellBuffer c = new CellBuffer(0);
        c.rows = rowStart;
        c.taxon = taxa;
        c.value = values;
        c.size = values.length;
        c.maxSample = rowStart.length - 2;
        for (int t : taxa) if (t > c.maxTaxon) c.maxTaxon = t;
        return c;
    }

    private int[] rows; // not null: the cells are held as compressed sparse rows (ofRows)

    void add(int s, int t, double v) {
        if (rows != null) throw new IllegalStateException("a table of rows takes no single cells");
        if (v == 0) return;
        if (s < maxSample) sampleMajor = false;
        integral = null;
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
        if (integral == null) {
            boolean all = true;
            for (int k = 0; k < size && all; k++) if (value[k] != Math.rint(value[k])) all = false;
            integral = all;
        }
        return integral;
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
        if (rows != null) return buildRows(file, sampleIds, taxa, meta, kind, nested, scale);
        int[] start = new int[ns + 1];
        for (int k = 0; k < size; k++) start[sample[k] + 1]++;
        for (int s = 0; s < ns; s++) start[s + 1] += start[s];
        int[] order = null; // null: the cells are already grouped by sample, in order
        if (!sampleMajor) {
            int[] fill = Arrays.copyOf(start, ns);
            order = new int[size];
            for (int k = 0; k < size; k++) order[fill[sample[k]]++] = k;
        }
        AbundanceTableBuilder b = AbundanceTable.builder(kind, nested).expect(size);
        for (Lineage l : taxa) b.taxon(l);
        int[] lastSample = new int[taxa.size()];
        Arrays.fill(lastSample, -1);
        for (int s = 0; s < ns; s++) {
            String id = sampleIds.get(s);
            b.sample(id, meta.getOrDefault(id, Map.of()));
            for (int k = start[s]; k < start[s + 1]; k++) {
                int e = order == null ? k : order[k];
                if (lastSample[taxon[e]] == s)
                    throw new InputException(file, 0, "sample '" + Abbrev.of(id) + "' has two values for taxon '"
                            + Abbrev.of(taxa.get(taxon[e]).toString()) + "' (a repeated entry)");
                lastSample[taxon[e]] = s;
                b.add(taxon[e], scale == 1.0 ? value[e] : value[e] * scale);
            }
        }
        return b.build();
    }

    private AbundanceTable buildRows(Path file, List<String> sampleIds, List<Lineage> taxa,
            Map<String, Map<String, String>> meta, ValueKind kind, boolean nested, double scale) {
        AbundanceTableBuilder b = AbundanceTable.builder(kind, nested).expect(size);
        for (Lineage l : taxa) b.taxon(l);
        int[] lastSample = null;
        for (int s = 0; s < sampleIds.size(); s++) {
            String id = sampleIds.get(s);
            b.sample(id, meta.getOrDefault(id, Map.of()));
            if (b.addSorted(taxon, value, rows[s], rows[s + 1], scale)) continue;
            // unsorted, repeated or zero entries: one by one, naming a repeated one
            if (lastSample == null) {
                lastSample = new int[taxa.size()];
                Arrays.fill(lastSample, -1);
            }
            for (int k = rows[s]; k < rows[s + 1]; k++) {
                if (value[k] == 0) continue;
                if (lastSample[taxon[k]] == s)
                    throw new InputException(file, 0, "sample '" + Abbrev.of(id) + "' has two values for taxon '"
                            + Abbrev.of(taxa.get(taxon[k]).toString()) + "' (a repeated entry)");
                lastSample[taxon[k]] = s;
                b.add(taxon[k], scale == 1.0 ? value[k] : value[k] * scale);
            }
        }
        return b.build();
    }
}
