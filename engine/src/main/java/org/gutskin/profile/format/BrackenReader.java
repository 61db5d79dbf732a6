package org.gutskin.profile.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Format;
import org.gutskin.io.InputException;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;
import org.gutskin.profile.ValueKind;

/**
 * Bracken's abundance table (Lu et al. 2017, doi:10.7717/peerj-cs.104):
 * {@code name, taxonomy_id, taxonomy_lvl, kraken_assigned_reads, added_reads, new_est_reads,
 * fraction_total_reads}, one row per taxon of the level Bracken was run at (usually species).
 *
 * <p>Disjoint features: the counts are {@code new_est_reads}, Bracken's re-estimated reads. Taxa are known by
 * name and rank only (no lineage). One sample, named after the file.
 */
final class BrackenReader {

    static final String DESCRIPTION = "Bracken abundance table: name, taxonomy_id, taxonomy_lvl, …, new_est_reads,"
            + " fraction_total_reads";

    private BrackenReader() {}

    static boolean sniff(Head h) {
        return h.first().toLowerCase(java.util.Locale.ROOT).startsWith("name\ttaxonomy_id\ttaxonomy_lvl");
    }

    static Profile read(Path file, TextLines in) throws IOException {
        int nameCol = -1, lvlCol = -1, readsCol = -1, taxidCol = -1, width = -1;
        List<Lineage> taxa = new ArrayList<>();
        Map<Lineage, Integer> seen = new HashMap<>();
        CellBuffer cells = new CellBuffer();
        while (in.next()) {
            if (in.isBlank()) continue;
            int n = in.split((byte) '\t');
            if (width < 0) {
                width = n;
                for (int i = 0; i < n; i++) {
                    String h = in.field(i);
                    if (h.equals("name")) nameCol = i;
                    if (h.equals("taxonomy_lvl")) lvlCol = i;
                    if (h.equals("new_est_reads")) readsCol = i;
                    if (h.equals("taxonomy_id")) taxidCol = i;
                }
                if (nameCol < 0 || lvlCol < 0 || readsCol < 0)
                    throw new InputException(file, in.number(), "a Bracken header needs the columns name, taxonomy_lvl"
                            + " and new_est_reads");
                continue;
            }
            if (n != width)
                throw new InputException(file, in.number(), "expected " + width + " tab-separated columns, found " + n);
            String name = in.field(nameCol);
            Lineage l = taxon(file, in, nameCol, lvlCol, taxidCol);
            if (seen.putIfAbsent(l, taxa.size()) != null)
                throw new InputException(file, in.number(), "taxon '" + Abbrev.of(name) + "' is listed twice");
            double v = Kraken2ReportReader.whole(file, in, readsCol, "new_est_reads");
            cells.add(0, taxa.size(), v);
            taxa.add(l);
        }
        if (width < 0) throw new InputException(file, in.number(), "the file is empty");
        if (taxa.isEmpty()) throw new InputException(file, in.number(), "the Bracken table holds only its header (no taxon)");
        List<String> warnings = new ArrayList<>();
        String id = SampleIdFromFileName.of(file);
        AbundanceTable t = cells.build(file, List.of(id), taxa, Map.of(), ValueKind.COUNTS, false, 1.0);
        return new Profile(file, Format.BRACKEN, t, Optional.of(t), warnings);
    }

    /**
     * One row's taxon, as Bracken's single and combined tables both write it: the name, the Kraken level code, and
     * (when the table has the column, {@code taxidCol >= 0}) the NCBI taxid, the taxon's identity when files are
     * joined ({@code TableUnion}).
     */
    static Lineage taxon(Path file, TextLines in, int nameCol, int lvlCol, int taxidCol) {
        String name = in.field(nameCol);
        if (name.isEmpty()) throw new InputException(file, in.number(), "column " + (nameCol + 1) + ": empty name");
        String code = in.field(lvlCol);
        Rank r = Kraken2ReportReader.rankOf(code);
        if (r == null)
            throw new InputException(file, in.number(), "column " + (lvlCol + 1) + ": unknown taxonomy level '"
                    + Abbrev.of(code) + "', expected D, P, C, O, F, G, S or S1");
        Lineage l = Lineage.ofName(r, name);
        if (taxidCol < 0) return l;
        long taxid = (long) Kraken2ReportReader.whole(file, in, taxidCol, "taxonomy_id");
        return taxid > 0 ? l.withTaxid(taxid) : l;
    }
}