package org.gutskin.profile.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Format;
import org.gutskin.io.InputException;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.LineageParser;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;
import org.gutskin.profile.ValueKind;

/**
 * A taxon × sample table: MetaPhlAn's merged profiles ({@code merge_metaphlan_tables.py}; also the HMP2 layout
 * whose first header is {@code Sample}, and GMHI's CSV {@code Species,Sample1,…} of {@code s__} names) and the
 * plain CSV/TSV table.
 *
 * <pre>
 * #mpa_v30_CHOCOPhlAn_201901                    (optional # lines)
 * clade_name	NCBI_tax_id	S1	S2                (the tax-id column is optional)
 * k__Bacteria	2	97.1	88.0
 * </pre>
 *
 * The first column is the taxon (a full lineage in MetaPhlAn or GTDB spelling, or a bare name, read as a species);
 * every further column is a sample. Tab-separated when the header has a tab, else comma-separated (double-quoted
 * cells are unquoted; quoted commas are not supported). {@code --samples-as-rows} reads the transpose.
 *
 * <p>MetaPhlAn tables hold nested percentages (unless every value is whole and a sample's top-level rows exceed
 * 100: then they are read counts). A plain table holds counts when every value is a whole number, else percent
 * (fractions of 1 are scaled to percent, with a warning); it is nested when some row's ancestor is also a row. A
 * first comment {@code #gutskin-table kind=counts|percent nested=true|false}, written by gutskin's TSV writer,
 * states both instead.
 */
final class MergedTableReader {

    private static final Set<String> TAXID_HEADERS = Set.of("ncbi_tax_id", "clade_taxid", "taxid", "tax_id",
            "taxonomy_id", "ncbi_taxid");

    static final String MERGED_DESCRIPTION = "MetaPhlAn merged table (merge_metaphlan_tables.py): clade_name,"
            + " [NCBI_tax_id,] one column per sample";
    static final String TABLE_DESCRIPTION = "plain CSV/TSV table: taxa (lineages or names) as rows and samples as"
            + " columns, or samples as rows (detected, or --samples-as-rows); counts or relative abundances";
    private static final Set<String> MERGED_HEADERS = Set.of("clade_name", "#clade_name", "id", "sample", "#sampleid",
            "sampleid", "species", "clade");

    private MergedTableReader() {}

    /** A header line over MetaPhlAn clade rows, with a MetaPhlAn header word or {@code #mpa_} line. */
    static boolean sniffMerged(Head h) {
        List<String> lines = h.lines();
        if (lines.size() < 2) return false;
        String first = lines.get(0);
        String delim = first.indexOf('\t') >= 0 ? "\t" : ",";
        String h0 = first.split(delim, 2)[0].trim().replace("\"", "").toLowerCase(Locale.ROOT);
        for (int k = 1; k < lines.size(); k++) {
            String t = lines.get(k).split(delim, 2)[0].trim().replace("\"", "");
            if (!MetaphlanReader.CLADE.matcher(t).matches() && !FeatureLineage.isUnclassifiedMarker(t)) return false;
        }
        return MetaphlanReader.mpaHint(h) || MERGED_HEADERS.contains(h0);
    }

    static Profile read(Path file, TextLines in, Format format, boolean samplesAsRows) throws IOException {
        ValueKind statedKind = null;
        Boolean statedNested = null;
        String[] lastComment = null;
        long lastCommentLine = 0;
        boolean found = false;
        while (in.next()) {
            if (in.isBlank()) continue;
            if (!in.startsWith('#')) {
                found = true;
                break;
            }
            String t = in.text();
            if (t.startsWith("#gutskin-table")) {
                for (String part : t.substring("#gutskin-table".length()).trim().split("[\\s]+")) {
                    if (part.equals("kind=counts")) statedKind = ValueKind.COUNTS;
                    if (part.equals("kind=percent")) statedKind = ValueKind.PERCENT;
                    if (part.startsWith("nested=")) statedNested = part.equals("nested=true");
                }
            } else {
                lastComment = t.substring(1).split("\t", -1);
                lastCommentLine = in.number();
            }
        }
        if (!found)
            throw new InputException(file, in.number(), "no table header: the file is empty or holds only # lines");
        byte delim = in.text().indexOf('\t') >= 0 ? (byte) '\t' : (byte) ',';
        int n = in.split(delim);
        List<String> header = new ArrayList<>(n);
        for (int i = 0; i < n; i++) header.add(in.field(i));
        long headerLine = in.number();
        // a '#' line holding the header (e.g. '#clade_name<TAB>S1…') directly above data rows
        boolean firstIsData = lastComment != null && lastComment.length == n && n > 1 && allNumeric(in, 1, n);
        if (firstIsData) {
            header = new ArrayList<>(List.of(lastComment));
            headerLine = lastCommentLine;
        }
        boolean trailingEmpty = header.size() > 1 && header.get(header.size() - 1).isEmpty();
        if (trailingEmpty) header.remove(header.size() - 1);
        if (header.size() < 2)
            throw new InputException(file, headerLine, "expected a header with a taxon column and at least one sample"
                    + " column, " + (delim == '\t' ? "tab" : "comma") + "-separated");
        // samples as rows is recognised without the option when the header cells after the first are lineages or
        // taxon names and the first column holds sample ids (MaAsLin2 and R data frames write taxa across:
        // 'ID  Bifidobacterium adolescentis  …' in HMP2_taxonomy.tsv); sample ids never carry rank prefixes
        return samplesAsRows || allLineages(header.subList(1, header.size()))
                || format == Format.TABLE && taxaAcross(header.subList(1, header.size()))
                ? readTransposed(file, in, format, header, headerLine, delim, firstIsData, trailingEmpty, statedKind, statedNested)
                : readTaxaAsRows(file, in, format, header, headerLine, delim, firstIsData, trailingEmpty, statedKind, statedNested);
    }

    private static Profile readTaxaAsRows(Path file, TextLines in, Format format, List<String> header,
            long headerLine, byte delim, boolean firstIsData, boolean trailingEmpty, ValueKind statedKind,
            Boolean statedNested) throws IOException {
        int first = header.size() > 2 && TAXID_HEADERS.contains(header.get(1).toLowerCase(Locale.ROOT)) ? 2 : 1;
        List<String> samples = distinctIds(file, headerLine, header.subList(first, header.size()), first, "sample");
        int width = header.size();
        List<Lineage> taxa = new ArrayList<>();
        Map<Lineage, Integer> seen = new HashMap<>();
        CellBuffer cells = new CellBuffer();
        for (boolean current = firstIsData; nextDataLine(file, in, current, width, delim); current = false) {
            String name = in.field(0);
            Lineage l = lineage(file, in.number(), name);
            if (seen.putIfAbsent(l, taxa.size()) != null)
                throw new InputException(file, in.number(), "taxon '" + Abbrev.of(name) + "' is listed twice");
            int t = taxa.size();
            taxa.add(l);
            for (int i = first; i < width; i++) {
                double v;
                try {
                    v = in.numberAt(i);
                } catch (NumberFormatException e) {
                    if (metadataHeader(header.get(0)) && !taxonLike(name))
                        throw metadataTable(file, in.number(), header.get(0), name);
                    throw in.notANumber(i, "sample '" + Abbrev.of(samples.get(i - first)) + "'");
                }
                if (v < 0)
                    throw new InputException(file, in.number(), "column " + (i + 1) + " (sample '"
                            + Abbrev.of(samples.get(i - first)) + "'): expected an abundance >= 0, got " + in.field(i));
                cells.add(i - first, t, v);
            }
        }
        if (taxa.isEmpty()) throw new InputException(file, in.number(), "the table has a header but no taxon rows");
        if (metadataHeader(header.get(0)) && taxa.stream().noneMatch(l -> l.isUnclassified() || taxonLike(l.name())))
            throw metadataTable(file, headerLine, header.get(0), taxa.get(0).name());
        refuseNumberNames(file, headerLine, taxa, "column 1");
        return finish(file, format, samples, taxa, cells, statedKind, statedNested);
    }

    /**
     * Moves to the next data line, skipping blank and {@code #} lines, split and checked against the header width;
     * {@code current}: the line already read is the first data line. False at the end of the file.
     */
    private static boolean nextDataLine(Path file, TextLines in, boolean current, int width, byte delim) throws IOException {
        if (!current) {
            do {
                if (!in.next()) return false;
            } while (in.isBlank() || in.startsWith('#'));
            in.split(delim);
        }
        requireHeaderWidth(file, in, width, delim);
        return true;
    }

    private static final java.util.regex.Pattern RANK_PREFIX = java.util.regex.Pattern.compile("^[kdpcofgst]__.*|.*\\|[kdpcofgst]__.*");

    /** A binomial species name ({@code Bifidobacterium adolescentis}, {@code Escherichia_coli}, {@code [Ruminococcus] gnavus}). */
    private static final java.util.regex.Pattern BINOMIAL =
            java.util.regex.Pattern.compile("^\\[?[A-Z][a-z]+\\]?[ _][a-z][a-z0-9.-]+([ _].*)?$");

    /**
     * Whether the header names taxa: at least 80 % of its cells after the first are binomial species names (sample
     * ids are not), so the rows are samples.
     */
    private static boolean taxaAcross(List<String> cells) {
        if (cells.size() < 2) return false;
        long names = cells.stream().filter(c -> BINOMIAL.matcher(c.strip()).matches()).count();
        return names >= 0.8 * cells.size();
    }

    private static boolean allLineages(List<String> cells) {
        for (String c : cells) if (!RANK_PREFIX.matcher(c.strip()).matches()) return false;
        return !cells.isEmpty();
    }

    /** Every data line has the header's width; one empty trailing field (a line ending in a delimiter) is allowed. */
    private static void requireHeaderWidth(Path file, TextLines in, int width, byte delim) {
        int n = in.fields();
        if (n != width && !(n == width + 1 && in.end(n - 1) == in.start(n - 1)))
            throw new InputException(file, in.number(), "expected " + width + " " + (delim == '\t' ? "tab" : "comma")
                    + "-separated columns as in the header, found " + n + (n < width ? " (truncated line?)" : ""));
    }

    private static Profile readTransposed(Path file, TextLines in, Format format, List<String> header,
            long headerLine, byte delim, boolean firstIsData, boolean trailingEmpty, ValueKind statedKind,
            Boolean statedNested) throws IOException {
        int width = header.size();
        List<Lineage> taxa = new ArrayList<>();
        Map<Lineage, Integer> seen = new HashMap<>();
        for (int i = 1; i < width; i++) {
            Lineage l = lineage(file, headerLine, header.get(i));
            if (seen.putIfAbsent(l, taxa.size()) != null)
                throw new InputException(file, headerLine, "column " + (i + 1) + ": taxon '" + Abbrev.of(header.get(i))
                        + "' is listed twice");
            taxa.add(l);
        }
        List<String> samples = new ArrayList<>();
        Map<String, Integer> sampleSeen = new HashMap<>();
        CellBuffer cells = new CellBuffer();
        for (boolean current = firstIsData; nextDataLine(file, in, current, width, delim); current = false) {
            String id = in.field(0);
            if (id.isEmpty()) throw new InputException(file, in.number(), "column 1: empty sample id");
            if (sampleSeen.putIfAbsent(id, samples.size()) != null)
                throw new InputException(file, in.number(), "sample '" + Abbrev.of(id) + "' is listed twice");
            int s = samples.size();
            samples.add(id);
            for (int i = 1; i < width; i++) {
                double v;
                try {
                    v = in.numberAt(i);
                } catch (NumberFormatException e) {
                    throw in.notANumber(i, "taxon '" + Abbrev.of(header.get(i)) + "'");
                }
                if (v < 0)
                    throw new InputException(file, in.number(), "column " + (i + 1) + ": expected an abundance >= 0, got "
                            + in.field(i));
                cells.add(s, i - 1, v);
            }
        }
        if (samples.isEmpty()) throw new InputException(file, in.number(), "the table has a header but no sample rows");
        refuseNumberNames(file, headerLine, taxa, "the header");
        return finish(file, format, samples, taxa, cells, statedKind, statedNested);
    }

    /**
     * The first header cells of sample metadata tables (QIIME 2's {@code sample-id}/{@code #SampleID}, MaAsLin2's and
     * R's {@code sample}/{@code sample_id}, HMP2's {@code sample}, cohort sheets' {@code subject_id}). A profile's
     * first column holds taxa, so its header there names them ({@code clade_name}, {@code taxon}, {@code #OTU ID},
     * {@code ID}) or is empty; a metadata table's holds samples.
     */
    private static final java.util.Set<String> SAMPLE_KEYS = java.util.Set.of("sample", "samples", "sample_id",
            "sampleid", "sample_name", "samplename", "subject", "subject_id", "subjectid", "participant_id");

    private static boolean metadataHeader(String first) {
        String k = first.strip().toLowerCase(Locale.ROOT).replaceFirst("^#", "").replace('-', '_').replace(' ', '_');
        return SAMPLE_KEYS.contains(k);
    }

    /** A genus ({@code Bacteroides}, {@code [Ruminococcus]}). */
    private static final java.util.regex.Pattern GENUS = java.util.regex.Pattern.compile("^\\[?[A-Z][a-z]+\\]?$");

    /** A lineage, a binomial or a genus name: what a profile's first column holds and a sample id does not. */
    private static boolean taxonLike(String name) {
        String n = name.strip();
        return RANK_PREFIX.matcher(n).matches() || BINOMIAL.matcher(n).matches() || GENUS.matcher(n).matches()
                || n.contains(";") || FeatureLineage.isUnclassifiedMarker(n);
    }

    /**
     * A sample metadata table given as a profile: its header starts with a sample key ({@link #SAMPLE_KEYS}) and
     * its first column holds no taxon name, only sample ids ({@code S1}, {@code Control.A01}).
     */
    private static InputException metadataTable(Path file, long line, String key, String example) {
        return new InputException(file, line, "this looks like a metadata table, not a profile: column 1 ('"
                + Abbrev.of(key) + "') names samples or variables ('" + Abbrev.of(example) + "', …), not taxa or"
                + " lineages (sample metadata goes to --metadata)");
    }

    /**
     * Taxa are never named by bare numbers; a table whose every taxon is one ({@code 1}, {@code 2}, …) is a sample
     * metadata table or an id list given by mistake, not a profile of species called "1".
     */
    private static void refuseNumberNames(Path file, long line, List<Lineage> taxa, String where) {
        for (Lineage l : taxa) if (l.isUnclassified() || !l.name().strip().matches("[-+]?\\d+([.,]\\d+)?")) return;
        throw new InputException(file, line, where + " names no taxon, only numbers (" + Abbrev.of(taxa.get(0).name())
                + ", …): this looks like a metadata table, not a profile (expected taxon names or lineages; metadata goes"
                + " to --metadata)");
    }

    private static Profile finish(Path file, Format format, List<String> samples, List<Lineage> taxa, CellBuffer cells,
            ValueKind statedKind, Boolean statedNested) {
        List<String> warnings = new ArrayList<>();
        boolean metaphlan = format == Format.METAPHLAN_MERGED;
        boolean nested = statedNested != null ? statedNested : metaphlan || Nesting.hasAncestorRows(taxa);
        if (statedKind == null && !metaphlan) {
            FeatureTable.Read r = FeatureTable.byContent(file, cells, samples, taxa, new LinkedHashMap<>(), nested, warnings);
            return new Profile(file, format, r.table(), r.counts(), warnings);
        }
        ValueKind kind = statedKind;
        if (kind == null) {
            kind = cells.allIntegral() ? ValueKind.COUNTS : ValueKind.PERCENT;
            if (metaphlan && kind == ValueKind.COUNTS) {
                AbundanceTable probe = cells.build(file, samples, taxa, Map.of(), ValueKind.PERCENT, nested, 1.0);
                if (!exceedsHundred(probe)) kind = ValueKind.PERCENT;
            }
        }
        AbundanceTable t = cells.build(file, samples, taxa, new LinkedHashMap<>(), kind, nested, 1.0);
        if (kind == ValueKind.PERCENT) {
            if (statedKind == null && !metaphlan && PercentTotals.looksLikeFractions(t)) {
                t = cells.build(file, samples, taxa, Map.of(), kind, nested, 100.0);
                warnings.add("every sample sums to 1: values read as fractions and shown as percent");
            }
            PercentTotals.check(file, t, warnings);
        }
        Optional<AbundanceTable> counts = kind == ValueKind.COUNTS ? Optional.of(t) : Optional.empty();
        return new Profile(file, format, t, counts, warnings);
    }

    private static boolean exceedsHundred(AbundanceTable t) {
        boolean[] top = t.topLevelRows();
        for (int s = 0; s < t.sampleCount(); s++) {
            double sum = 0;
            var v = t.sample(s);
            for (int k = 0; k < v.size(); k++) if (top[v.taxon(k)]) sum += v.value(k);
            if (sum > 100 + PercentTotals.OVER) return true;
        }
        return false;
    }

    private static boolean allNumeric(TextLines in, int from, int to) {
        for (int i = from; i < to; i++) {
            try {
                Decimal.parse(in.bytes(), in.start(i), in.end(i));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    static List<String> distinctIds(Path file, long line, List<String> ids, int firstColumn, String what) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id.isEmpty())
                throw new InputException(file, line, "column " + (i + firstColumn + 1) + ": empty " + what + " id");
            Integer prev = seen.putIfAbsent(id, i);
            if (prev != null)
                throw new InputException(file, line, "column " + (i + firstColumn + 1) + ": duplicate " + what + " id '"
                        + Abbrev.of(id) + "' (also column " + (prev + firstColumn + 1) + ")");
        }
        return List.copyOf(ids);
    }

    static Lineage lineage(Path file, long line, String text) {
        if (text.isEmpty()) throw new InputException(file, line, "column 1: empty taxon name");
        try {
            Optional<Lineage> l = LineageParser.parse(text, Rank.SPECIES);
            if (l.isEmpty()) throw new IllegalArgumentException("no taxon name in it");
            return l.get();
        } catch (IllegalArgumentException e) {
            throw new InputException(file, line, "taxon '" + Abbrev.of(text) + "' is not a lineage: " + e.getMessage());
        }
    }
}
