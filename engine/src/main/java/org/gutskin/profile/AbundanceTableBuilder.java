package org.gutskin.profile;

import org.gutskin.io.InputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an {@link AbundanceTable} sample by sample: declare taxa (interned, so a repeated lineage returns its
 * first index), then for each sample call {@link #sample} followed by {@link #add} for its non-zero values.
 * Values within a sample may come in any taxon order; adding the same taxon twice in one sample is refused
 * with {@link IllegalArgumentException} (readers turn that into an {@link InputException} with a location).
 * Every sample id and taxon name passes {@link NameCharacters#check} here, the one place names enter a table.
 */
public final class AbundanceTableBuilder {

    private final ValueKind kind;
    private final boolean nested;
    private final List<Lineage> taxa = new ArrayList<>();
    private final Map<Lineage, Integer> taxonIds = new HashMap<>();
    private final List<String> samples = new ArrayList<>();
    private final Map<String, Integer> sampleIds = new HashMap<>();
    private final Map<String, Map<String, String>> metadata = new LinkedHashMap<>();
    private int[] rowStart = new int[16];
    private int[] index = new int[1024];
    private double[] value = new double[1024];
    private int size;
    private int sortedUpTo;

    AbundanceTableBuilder(ValueKind kind, boolean nested) {
        this.kind = kind;
        this.nested = nested;
    }

    /** Declares a taxon (or finds it) and returns its index. */
    public int taxon(Lineage l) {
        Integer id = taxonIds.get(l);
        if (id != null) return id;
        NameCharacters.check(l.toMetaphlan(), "taxon name");
        taxonIds.put(l, taxa.size());
        taxa.add(l);
        return taxa.size() - 1;
    }

    /** Index of an already declared taxon, or -1. */
    public int indexOf(Lineage l) {
        return taxonIds.getOrDefault(l, -1);
    }

    public int taxonCount() {
        return taxa.size();
    }

    /** Room for {@code cells} non-zero values in all, when the caller knows it: no regrowing while adding. */
    public AbundanceTableBuilder expect(int cells) {
        if (cells > index.length) {
            index = Arrays.copyOf(index, cells);
            value = Arrays.copyOf(value, cells);
        }
        return this;
    }

    /** Starts a new sample; its values follow with {@link #add}. Duplicate ids are refused. */
    public AbundanceTableBuilder sample(String id, Map<String, String> meta) {
        NameCharacters.check(id, "sample id");
        if (sampleIds.putIfAbsent(id, samples.size()) != null)
            throw new IllegalArgumentException("duplicate sample id '" + id + "'");
        finishRow();
        samples.add(id);
        if (rowStart.length <= samples.size()) rowStart = Arrays.copyOf(rowStart, rowStart.length * 2);
        rowStart[samples.size()] = size;
        if (meta != null && !meta.isEmpty()) metadata.put(id, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(meta)));
        return this;
    }

    /** Adds a value to the current sample; zeros are skipped, negative or non-finite values refused. */
    public AbundanceTableBuilder add(int taxon, double v) {
        if (samples.isEmpty()) throw new IllegalStateException("add() before sample()");
        if (!(v >= 0) || Double.isInfinite(v))
            throw new IllegalArgumentException("abundance must be a finite number >= 0, got " + v);
        if (taxon < 0 || taxon >= taxa.size()) throw new IllegalArgumentException("unknown taxon index " + taxon);
        if (v == 0) return this;
        if (size == index.length) {
            index = Arrays.copyOf(index, size * 2);
            value = Arrays.copyOf(value, size * 2);
        }
        index[size] = taxon;
        value[size] = v;
        size++;
        rowStart[samples.size()] = size;
        return this;
    }

    /**
     * Adds the current sample's values {@code values[from, to)} for taxa {@code taxa[from, to)}, each multiplied by
     * {@code scale}, in one copy: the taxa must be strictly increasing (sorted, none twice) and the values finite
     * and {@code > 0}, as a sparse table stores them. Returns false, having added nothing, when they are not, so
     * the caller adds them one by one (which sorts, skips zeros and names what is wrong).
     */
    public boolean addSorted(int[] taxa, double[] values, int from, int to, double scale) {
        if (samples.isEmpty()) throw new IllegalStateException("addSorted() before sample()");
        int n = to - from;
        int prev = sortedUpTo < size ? Integer.MAX_VALUE : -1; // values already added to this sample: not this way
        for (int k = from; k < to; k++) {
            int t = taxa[k];
            double v = values[k];
            if (t <= prev || t >= this.taxa.size() || !(v > 0) || v == Double.POSITIVE_INFINITY) return false;
            prev = t;
        }
        if (size + n > index.length) expect(Math.max(size + n, size * 2));
        System.arraycopy(taxa, from, index, size, n);
        if (scale == 1.0) System.arraycopy(values, from, value, size, n);
        else for (int k = 0; k < n; k++) value[size + k] = values[from + k] * scale;
        size += n;
        sortedUpTo = size;
        rowStart[samples.size()] = size;
        return true;
    }

    /** Sorts the current sample's entries by taxon and rejects a taxon given twice. */
    private void finishRow() {
        if (samples.isEmpty()) return;
        int from = rowStart[samples.size() - 1];
        if (from < sortedUpTo) from = sortedUpTo;
        int n = size - from;
        boolean sorted = true;
        for (int k = from + 1; k < size; k++) if (index[k] <= index[k - 1]) { sorted = false; break; }
        if (!sorted) {
            long[] packed = new long[n];
            for (int k = 0; k < n; k++) packed[k] = ((long) index[from + k] << 32) | k;
            Arrays.sort(packed);
            int[] ix = new int[n];
            double[] vx = new double[n];
            for (int k = 0; k < n; k++) {
                ix[k] = (int) (packed[k] >>> 32);
                vx[k] = value[from + (int) packed[k]];
            }
            for (int k = 1; k < n; k++)
                if (ix[k] == ix[k - 1])
                    throw new IllegalArgumentException("taxon '" + taxa.get(ix[k]) + "' given twice for sample '"
                            + samples.get(samples.size() - 1) + "'");
            System.arraycopy(ix, 0, index, from, n);
            System.arraycopy(vx, 0, value, from, n);
        }
        sortedUpTo = size;
    }

    public AbundanceTable build() {
        finishRow();
        int[] rs = Arrays.copyOf(rowStart, samples.size() + 1);
        // arrays filled exactly (expect() was right) are handed over, not copied
        return new AbundanceTable(samples, taxa, kind, nested, rs, size == index.length ? index : Arrays.copyOf(index, size),
                size == value.length ? value : Arrays.copyOf(value, size), new LinkedHashMap<>(metadata));
    }
}
