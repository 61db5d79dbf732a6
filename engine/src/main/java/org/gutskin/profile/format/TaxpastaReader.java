package org.gutskin.profile.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gutskin.profile.Format;
import org.gutskin.io.InputException;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;

/**
 * A taxpasta table (Beber et al. 2023, doi:10.21105/joss.05627), the standardised output of {@code taxpasta
 * standardise} / {@code merge} and of nf-core/taxprofiler's {@code taxpasta/} folder, tab- or comma-separated:
 *
 * <pre>
 * taxonomy_id	[name	rank	lineage	id_lineage	rank_lineage]	S1	S2      (wide; 'count' for one sample)
 * taxonomy_id	[name	…]	count	sample                                     (tidy, merge --output-format long)
 * 0	627680	…
 * </pre>
 *
 * Counts of reads assigned directly to each taxon (disjoint rows). Taxon {@code 0} is the unclassified row. With
 * {@code --add-lineage --add-rank-lineage} the taxon gets its full lineage (NCBI ranks: superkingdom/domain → the
 * kingdom rank, phylum … species; others are intermediate), with {@code --add-name --add-rank} its rank and name;
 * a taxon whose rank is none of these (root, "cellular organisms", clades) adds to its deepest ranked ancestor, or
 * without a lineage to the unclassified row. Without names the taxa are known by taxid only ({@code taxid:562}),
 * all read as species, with a warning.
 */
final class TaxpastaReader {

    static final String DESCRIPTION = "taxpasta standardised/merged table (nf-core/taxprofiler): taxonomy_id,"
            + " [name, rank, lineage, id_lineage, rank_lineage,] counts per sample (wide or tidy)";
    private static final Set<String> INFO = Set.of("name", "rank", "lineage", "id_lineage", "rank_lineage");

    private TaxpastaReader() {}

    static boolean sniff(Head h) {
        return h.firstFields()[0].strip().replace("\"", "").equals("taxonomy_id") && h.firstFields().length >= 2;
    }

    static Profile read(Path file, TextLines in) throws IOException {
        byte delim = 0;
        int width = 0, nameCol = -1, rankCol = -1, lineageCol = -1, rankLineageCol = -1, countCol = -1, sampleCol = -1;
        List<String> samples = new ArrayList<>();
        List<Integer> sampleCols = new ArrayList<>();
        Map<String, Integer> sampleIndex = new HashMap<>();
        Map<Lineage, Map<Integer, Double>> rows = new LinkedHashMap<>();
        boolean header = false, named = false;
        int unranked = 0;
        while (in.next()) {
            if (in.isBlank()) continue;
            if (!header) {
                delim = in.text().indexOf('\t') >= 0 ? (byte) '\t' : (byte) ',';
                width = in.split(delim);
                for (int i = 1; i < width; i++) {
                    String hname = in.field(i);
                    switch (hname) {
                        case "name" -> nameCol = i;
                        case "rank" -> rankCol = i;
                        case "lineage" -> lineageCol = i;
                        case "rank_lineage" -> rankLineageCol = i;
                        case "count" -> countCol = i;
                        case "sample" -> sampleCol = i;
                        default -> {
                            if (!INFO.contains(hname)) sampleCols.add(i);
                        }
                    }
                }
                boolean tidy = sampleCol >= 0 && countCol >= 0;
                if (tidy) sampleCols.clear();
                else if (countCol >= 0) sampleCols.add(0, countCol);
                if (!tidy && sampleCols.isEmpty())
                    throw new InputException(file, in.number(), "a taxpasta header names no sample column (expected"
                            + " taxonomy_id, then sample columns or 'count')");
                if (!tidy) {
                    List<String> ids = new ArrayList<>();
                    for (int c : sampleCols)
                        ids.add(c == countCol && sampleCols.size() == 1 ? SampleIdFromFileName.of(file) : in.field(c));
                    samples.addAll(MergedTableReader.distinctIds(file, in.number(), ids, 1, "sample"));
                }
                named = nameCol >= 0;
                header = true;
                continue;
            }
            int n = in.split(delim);
            if (n != width)
                throw new InputException(file, in.number(), "expected " + width + " columns as in the header, found " + n);
            String id = in.field(0);
            if (!id.matches("\\d+"))
                throw new InputException(file, in.number(), "column 1 (taxonomy_id): expected a whole number, got '"
                        + Abbrev.of(id) + "'");
            Lineage l = lineage(id, nameCol >= 0 ? in.field(nameCol) : null, rankCol >= 0 ? in.field(rankCol) : null,
                    lineageCol >= 0 ? in.field(lineageCol) : null, rankLineageCol >= 0 ? in.field(rankLineageCol) : null);
            if (l == null) {
                unranked++;
                l = Lineage.UNCLASSIFIED;
            }
            Map<Integer, Double> row = rows.computeIfAbsent(l, k -> new HashMap<>());
            if (sampleCol >= 0 && countCol >= 0) {
                String sid = in.field(sampleCol);
                if (sid.isEmpty()) throw new InputException(file, in.number(), "column " + (sampleCol + 1) + ": empty sample id");
                Integer s = sampleIndex.get(sid);
                if (s == null) {
                    s = samples.size();
                    samples.add(sid);
                    sampleIndex.put(sid, s);
                }
                row.merge(s, Kraken2ReportReader.whole(file, in, countCol, "count"), Double::sum);
            } else {
                for (int k = 0; k < sampleCols.size(); k++)
                    row.merge(k, Kraken2ReportReader.whole(file, in, sampleCols.get(k), "count"), Double::sum);
            }
        }
        if (!header) throw new InputException(file, in.number(), "the file is empty");
        if (rows.isEmpty()) throw new InputException(file, in.number(), "the table has a header but no taxon rows");
        List<Lineage> taxa = new ArrayList<>(rows.keySet());
        CellBuffer cells = new CellBuffer();
        for (int x = 0; x < taxa.size(); x++)
            for (Map.Entry<Integer, Double> e : rows.get(taxa.get(x)).entrySet()) cells.add(e.getKey(), x, e.getValue());
        List<String> warnings = new ArrayList<>();
        if (!named)
            warnings.add("no taxon names (taxpasta without --add-name): taxa are known by taxid only and all read as"
                    + " species; add --taxonomy with --add-name --add-rank --add-lineage --add-rank-lineage for ranks");
        if (unranked > 0)
            warnings.add(unranked + " taxa above or between the standard ranks (root, clades) were added to the"
                    + " unclassified row");
        FeatureTable.Read r = FeatureTable.byContent(file, cells, samples, taxa, Map.of(), false, warnings);
        return new Profile(file, Format.TAXPASTA, r.table(), r.counts(), warnings);
    }

    private static Rank rank(String ncbi) {
        return switch (ncbi.strip().toLowerCase(Locale.ROOT)) {
            case "superkingdom", "domain", "acellular root", "realm" -> Rank.KINGDOM;
            case "phylum" -> Rank.PHYLUM;
            case "class" -> Rank.CLASS;
            case "order" -> Rank.ORDER;
            case "family" -> Rank.FAMILY;
            case "genus" -> Rank.GENUS;
            case "species" -> Rank.SPECIES;
            case "strain", "subspecies" -> Rank.STRAIN;
            default -> null;
        };
    }

    /** The taxon's lineage, or null when it has no standard rank and no ranked ancestor to add to. */
    private static Lineage lineage(String taxid, String name, String rank, String lineage, String rankLineage) {
        if (taxid.equals("0")) return Lineage.UNCLASSIFIED;
        if (name == null || name.isEmpty()) return Lineage.ofName(Rank.SPECIES, "taxid:" + taxid);
        if (lineage != null && rankLineage != null && !lineage.isEmpty()) {
            String[] names = lineage.split(";"), ranks = rankLineage.split(";");
            // taxpasta's name lineage holds ranked taxa only (taxopy's ranked_name_lineage) while its rank
            // lineage holds every level: drop the unranked levels to line them up
            if (ranks.length != names.length)
                ranks = java.util.Arrays.stream(ranks).filter(x -> !x.strip().equals("no rank") && !x.strip().equals("clade"))
                        .toArray(String[]::new);
            if (ranks.length != names.length) {
                Rank own = rank == null ? null : rank(rank);
                return own == null ? null : Lineage.ofName(own, name);
            }
            String[] out = new String[Rank.values().length];
            int deepest = -1;
            for (int i = 0; i < Math.min(names.length, ranks.length); i++) {
                Rank r = rank(ranks[i]);
                if (r == null || r.ordinal() <= deepest) continue;
                out[r.ordinal()] = names[i].strip();
                deepest = r.ordinal();
            }
            if (deepest < 0) return null;
            String[] exact = new String[deepest + 1];
            System.arraycopy(out, 0, exact, 0, deepest + 1);
            return Lineage.of(exact);
        }
        Rank r = rank == null ? Rank.SPECIES : rank(rank);
        return r == null ? null : Lineage.ofName(r, name);
    }
}
