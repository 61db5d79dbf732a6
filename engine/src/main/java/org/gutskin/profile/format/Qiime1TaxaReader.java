package org.gutskin.profile.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gutskin.profile.Format;
import org.gutskin.io.InputException;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;

/**
 * A QIIME 1 taxon table, as {@code summarize_taxa.py} writes it (Caporaso et al. 2010, doi:10.1038/nmeth.f.303):
 *
 * <pre>
 * # Constructed from biom file                      (optional)
 * Taxon	PC.636	PC.635                              (or '#OTU ID	…')
 * Root;k__Bacteria;Other;Other;Other;Other	0.0203	0.047
 * Root;k__Bacteria;p__Bacteroidetes;…;f__Bacteroidaceae	0.169	0.047
 * </pre>
 *
 * One row per taxon summarised at one level (L2 … L6): rows are disjoint. The RDP classifier's {@code Root} is
 * dropped; {@code Other} (not resolved at that level) and an empty level ({@code f__}, unnamed in Greengenes)
 * leave the taxon unclassified below its last named level, so {@code o__Bacteroidales;Other} and
 * {@code o__Bacteroidales;f__} are both "Bacteroidales, family unknown" and are summed (said in a warning).
 * {@code Root;Other…} and {@code Unassigned} are the unclassified row. Values are relative (fractions of 1, shown
 * as percent) or, with {@code summarize_taxa.py -a}, counts; decided by content as for feature tables.
 */
final class Qiime1TaxaReader {

    static final String DESCRIPTION = "QIIME 1 summarize_taxa.py table: 'Taxon' or '#OTU ID' header, Root;k__…;p__…"
            + " lineages (with Other), one column per sample";

    private Qiime1TaxaReader() {}

    static boolean sniff(Head h) {
        List<String> lines = h.lines();
        boolean taxonHeader = !lines.isEmpty() && lines.get(0).toLowerCase(Locale.ROOT).startsWith("taxon\t");
        boolean otuHeader = !h.comments().isEmpty()
                && h.comments().get(h.comments().size() - 1).toLowerCase(Locale.ROOT).startsWith("#otu id\t");
        if (!taxonHeader && !otuHeader) return false;
        int firstRow = taxonHeader ? 1 : 0;
        if (lines.size() <= firstRow) return false;
        String t = lines.get(firstRow).split("\t", 2)[0].strip();
        return t.equals("Root") || t.startsWith("Root;") || t.contains(";Other") || t.startsWith("Unassigned;");
    }

    static Profile read(Path file, TextLines in) throws IOException {
        List<String> samples = null;
        int width = 0;
        long headerLine = 0;
        Map<Lineage, double[]> rows = new LinkedHashMap<>();
        int merged = 0;
        while (in.next()) {
            if (in.isBlank()) continue;
            String t = in.text();
            if (samples == null) {
                String lc = t.toLowerCase(Locale.ROOT);
                if (!(lc.startsWith("taxon\t") || lc.startsWith("#otu id\t"))) {
                    if (t.startsWith("#")) continue;
                    throw new InputException(file, in.number(), "expected the header 'Taxon<TAB>sample…' or '#OTU ID<TAB>sample…'");
                }
                width = in.split((byte) '\t');
                List<String> ids = new ArrayList<>();
                for (int i = 1; i < width; i++) ids.add(in.field(i));
                headerLine = in.number();
                samples = MergedTableReader.distinctIds(file, headerLine, ids, 1, "sample");
                continue;
            }
            if (t.startsWith("#")) continue;
            int n = in.split((byte) '\t');
            if (n != width)
                throw new InputException(file, in.number(), "expected " + width + " tab-separated columns as in the header, found " + n);
            Lineage l = lineage(file, in.number(), in.field(0));
            double[] v = new double[width - 1];
            for (int i = 1; i < width; i++) {
                v[i - 1] = in.number(i, "sample '" + Abbrev.of(samples.get(i - 1)) + "'");
                if (v[i - 1] < 0)
                    throw new InputException(file, in.number(), "column " + (i + 1) + ": expected a value >= 0, got " + in.field(i));
            }
            double[] prev = rows.putIfAbsent(l, v);
            if (prev != null) {
                for (int i = 0; i < v.length; i++) prev[i] += v[i];
                merged++;
            }
        }
        if (samples == null) throw new InputException(file, in.number(), "no 'Taxon' header line");
        if (samples.isEmpty()) throw new InputException(file, headerLine, "the header names no sample");
        if (rows.isEmpty()) throw new InputException(file, in.number(), "the table has a header but no taxon rows");
        List<Lineage> taxa = new ArrayList<>(rows.keySet());
        CellBuffer cells = new CellBuffer();
        for (int x = 0; x < taxa.size(); x++) {
            double[] v = rows.get(taxa.get(x));
            for (int s = 0; s < v.length; s++) cells.add(s, x, v[s]);
        }
        List<String> warnings = new ArrayList<>();
        if (merged > 0)
            warnings.add(merged + " rows ending in 'Other' or an unnamed level were summed with the row of the same"
                    + " last named taxon (both mean: not resolved below it)");
        FeatureTable.Read r = FeatureTable.byContent(file, cells, samples, taxa, Map.of(), false, warnings);
        return new Profile(file, Format.QIIME1_TSV, r.table(), r.counts(), warnings);
    }

    static Lineage lineage(Path file, long line, String text) {
        String[] parts = text.split(";");
        String[] names = new String[Rank.values().length];
        int deepest = -1;
        for (String raw : parts) {
            String p = raw.strip().replace("\"", "");
            if (p.isEmpty() || p.equals("Root") || p.equalsIgnoreCase("Other") || p.equalsIgnoreCase("Unassigned")
                    || p.equalsIgnoreCase("unclassified")) continue;
            int sep = p.indexOf("__");
            Rank r = sep == 1 ? Rank.ofPrefix(p.charAt(0)).orElse(null) : null;
            if (r == null)
                throw new InputException(file, line, "lineage level '" + Abbrev.of(p) + "' has no rank prefix such as"
                        + " p__ (expected QIIME 1 lineages: Root;k__…;p__…)");
            String name = p.substring(3).strip();
            if (name.isEmpty()) continue;
            if (r.ordinal() <= deepest)
                throw new InputException(file, line, "lineage levels out of order at '" + Abbrev.of(p) + "'");
            names[r.ordinal()] = name;
            deepest = r.ordinal();
        }
        if (deepest < 0) return Lineage.UNCLASSIFIED;
        String[] exact = new String[deepest + 1];
        System.arraycopy(names, 0, exact, 0, deepest + 1);
        return Lineage.of(exact);
    }
}
