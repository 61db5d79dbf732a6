package org.gutskin.profile.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.SparseVector;
import org.gutskin.profile.ValueKind;

/**
 * Writes a table as TSV in the MetaPhlAn merged layout — one row per taxon (its lineage in MetaPhlAn spelling,
 * {@code UNCLASSIFIED} for the unclassified row), one column per sample:
 *
 * <pre>
 * #gutskin-table	kind=percent	nested=true
 * clade_name	S1	S2
 * k__Bacteria	97.5	88
 * </pre>
 *
 * The first comment line states the value kind and nesting so that {@link MergedTableReader} reads back exactly
 * this table (pandas: {@code read_csv(f, sep="\t", comment="#", index_col=0)}). Sample ids and taxon names
 * holding a tab or a line break cannot be written as TSV and are refused.
 */
public final class TsvWriter {

    /** The start of a provenance comment line (readers skip every {@code #} line above the header). */
    static final String PROVENANCE = "#gutskin-provenance";

    private TsvWriter() {}

    public static void write(AbundanceTable t, Writer w) throws IOException {
        write(t, w, List.of());
    }

    /**
     * As {@link #write(AbundanceTable, Writer)}, with {@code provenance} lines (no tab, no line break; e.g.
     * {@code Provenance.lines()}) as {@code #gutskin-provenance} comments under the first line; readers skip them.
     */
    public static void write(AbundanceTable t, Writer w, List<String> provenance) throws IOException {
        w.write("#gutskin-table\tkind=" + (t.kind() == ValueKind.COUNTS ? "counts" : "percent") + "\tnested="
                + t.isNested() + "\n");
        for (String line : provenance) w.write(PROVENANCE + " " + clean(line, "provenance line") + "\n");
        w.write("clade_name");
        for (String s : t.sampleIds()) {
            w.write('\t');
            w.write(clean(s, "sample id"));
        }
        w.write('\n');
        int ns = t.sampleCount(), nt = t.taxonCount();
        // transpose the sample-major table to taxon rows, one dense row buffer at a time
        int[][] taxonSamples = new int[nt][];
        double[][] taxonValues = new double[nt][];
        int[] fill = new int[nt];
        for (int s = 0; s < ns; s++) {
            SparseVector v = t.sample(s);
            for (int k = 0; k < v.size(); k++) fill[v.taxon(k)]++;
        }
        for (int x = 0; x < nt; x++) {
            taxonSamples[x] = new int[fill[x]];
            taxonValues[x] = new double[fill[x]];
            fill[x] = 0;
        }
        for (int s = 0; s < ns; s++) {
            SparseVector v = t.sample(s);
            for (int k = 0; k < v.size(); k++) {
                int x = v.taxon(k);
                taxonSamples[x][fill[x]] = s;
                taxonValues[x][fill[x]++] = v.value(k);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int x = 0; x < nt; x++) {
            sb.setLength(0);
            Lineage l = t.taxa().get(x);
            sb.append(clean(l.toMetaphlan(), "taxon name"));
            int k = 0;
            for (int s = 0; s < ns; s++) {
                sb.append('\t');
                if (k < taxonSamples[x].length && taxonSamples[x][k] == s) sb.append(ValueText.of(taxonValues[x][k++]));
                else sb.append('0');
            }
            sb.append('\n');
            w.append(sb);
        }
        w.flush();
    }

    private static String clean(String s, String what) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r')
                throw new org.gutskin.io.InputException("the " + what + " '" + Abbrev.of(s)
                        + "' holds a tab or line break and cannot be written as TSV; write BIOM JSON instead");
        }
        return s;
    }
}
