package org.gutskin.profile.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Format;
import org.gutskin.io.InputException;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Profile;
import org.gutskin.profile.ValueKind;

/**
 * Bracken's {@code combine_bracken_outputs.py} table (jenniferlu717/Bracken, {@code analysis_scripts/}), which
 * nf-core/taxprofiler writes as its combined Bracken output:
 * <pre>
 * name                     taxonomy_id  taxonomy_lvl  S1.bracken_num  S1.bracken_frac  S2.bracken_num  S2.bracken_frac
 * Saccharomyces cerevisiae 4932         S             0               0.00000          96              0.80672
 * </pre>
 * One pair of columns per sample: {@code <sample>_num}, Bracken's re-estimated reads ({@code new_est_reads}), and
 * {@code <sample>_frac}, their fraction (rounded to 5 decimals, not read). The sample is the column name without
 * {@code _num} and without the file suffixes the script keeps ({@code S1.bracken_num} → {@code S1}; names given
 * with {@code --names} stay as given). Taxa as in a single Bracken table: rank and name, with the NCBI taxid.
 */
final class CombinedBrackenReader {

    static final String DESCRIPTION = "Bracken combine_bracken_outputs.py table (nf-core/taxprofiler): name,"
            + " taxonomy_id, taxonomy_lvl, then <sample>_num, <sample>_frac per sample";

    private CombinedBrackenReader() {}

    static boolean sniff(Head h) {
        String[] f = h.first().split("\t", -1);
        if (f.length < 5 || !BrackenReader.sniff(h)) return false;
        for (int i = 3; i < f.length; i++) if (f[i].strip().endsWith("_num")) return true;
        return false;
    }

    static Profile read(Path file, TextLines in) throws IOException {
        int width = -1, nameCol = -1, lvlCol = -1, taxidCol = -1;
        List<Integer> numCols = new ArrayList<>();
        List<String> samples = new ArrayList<>();
        List<Lineage> taxa = new ArrayList<>();
        Map<Lineage, Integer> seen = new HashMap<>();
        CellBuffer cells = new CellBuffer();
        while (in.next()) {
            if (in.isBlank()) continue;
            int n = in.split((byte) '\t');
            if (width < 0) {
                width = n;
                Set<String> ids = new HashSet<>();
                for (int i = 0; i < n; i++) {
                    String h = in.field(i);
                    if (h.equals("name")) nameCol = i;
                    else if (h.equals("taxonomy_lvl")) lvlCol = i;
                    else if (h.equals("taxonomy_id")) taxidCol = i;
                    else if (h.endsWith("_num")) {
                        String id = SampleIdFromFileName.ofName(h.substring(0, h.length() - 4));
                        if (id.isEmpty() || !ids.add(id))
                            throw new InputException(file, in.number(), "column " + (i + 1) + ": sample '"
                                    + Abbrev.of(id) + "' is " + (id.isEmpty() ? "empty" : "listed twice"));
                        numCols.add(i);
                        samples.add(id);
                    } else if (!h.endsWith("_frac")) {
                        throw new InputException(file, in.number(), "column " + (i + 1) + ": '" + Abbrev.of(h)
                                + "', expected <sample>_num or <sample>_frac");
                    }
                }
                if (nameCol < 0 || lvlCol < 0 || taxidCol < 0 || numCols.isEmpty())
                    throw new InputException(file, in.number(), "a combined Bracken header needs name, taxonomy_id,"
                            + " taxonomy_lvl and at least one <sample>_num column");
                continue;
            }
            if (n != width)
                throw new InputException(file, in.number(), "expected " + width + " tab-separated columns, found " + n);
            String name = in.field(nameCol);
            Lineage l = BrackenReader.taxon(file, in, nameCol, lvlCol, taxidCol);
            if (seen.putIfAbsent(l, taxa.size()) != null)
                throw new InputException(file, in.number(), "taxon '" + Abbrev.of(name) + "' is listed twice");
            for (int s = 0; s < numCols.size(); s++) {
                double v = Kraken2ReportReader.whole(file, in, numCols.get(s), samples.get(s) + "_num");
                if (v > 0) cells.add(s, taxa.size(), v);
            }
            taxa.add(l);
        }
        if (width < 0) throw new InputException(file, in.number(), "the file is empty");
        if (taxa.isEmpty())
            throw new InputException(file, in.number(), "the combined Bracken table holds only its header (no taxon)");
        AbundanceTable t = cells.build(file, samples, taxa, Map.of(), ValueKind.COUNTS, false, 1.0);
        return new Profile(file, Format.BRACKEN_COMBINED, t, Optional.of(t), new ArrayList<>());
    }
}
