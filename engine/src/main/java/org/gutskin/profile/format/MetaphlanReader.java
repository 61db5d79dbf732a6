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
import org.gutskin.profile.LineageParser;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;
import org.gutskin.profile.ValueKind;

/**
 * A single-sample MetaPhlAn profile (versions 2, 3 and 4; Segata et al. 2012, doi:10.1038/nmeth.2066;
 * Blanco-Míguez et al. 2023, doi:10.1038/s41587-023-01688-w).
 *
 * <pre>
 * #mpa_v30_CHOCOPhlAn_201901
 * #SampleID	Metaphlan_Analysis            (or #ERR7569997	Metaphlan_Analysis with --sample_id_key)
 * #clade_name	NCBI_tax_id	relative_abundance	additional_species
 * UNKNOWN	-1	70.84224
 * k__Bacteria	2	29.03189
 * k__Bacteria|p__Firmicutes	2|1239	11.98917
 * </pre>
 *
 * Rows are nested: every clade's abundance includes its descendants, in percent. {@code UNKNOWN} /
 * {@code UNCLASSIFIED} (from {@code --unknown_estimation}) becomes {@link Lineage#UNCLASSIFIED}. The columns are
 * found by the {@code #clade_name} header; without it a 2-column file is MetaPhlAn 2 (clade, abundance) and a
 * longer one MetaPhlAn 3/4 (clade, taxid, abundance, …). With {@code -t rel_ab_w_read_stats} the column
 * {@code estimated_number_of_reads_from_the_clade} gives the clade read counts, returned as the counts table.
 *
 * <p>Sample id: the {@code #key<TAB>value} line names the sample when the user set it — the value when it is not
 * the default {@code Metaphlan_Analysis}, else the key when it is not the default {@code SampleID}; otherwise the
 * file name (see {@link SampleIdFromFileName}).
 */
final class MetaphlanReader {

    static final String DESCRIPTION = "MetaPhlAn 2/3/4 single-sample profile: clade_name (k__…|p__…), [NCBI_tax_id,]"
            + " relative_abundance, …";
    /** A MetaPhlAn clade: {@code k__…|p__…}; GTDB/SILVA's {@code d__…; p__…} is a plain table's lineage. */
    static final java.util.regex.Pattern CLADE = java.util.regex.Pattern.compile("^[kdpcofgstKDPCOFGST]__[^;\\s][^;]*$");

    private MetaphlanReader() {}

    /** Whether a {@code #} line says MetaPhlAn ({@code #mpa_v30…}, {@code #clade_name}, "MetaPhlAn"). */
    static boolean mpaHint(Head h) {
        for (String c : h.comments()) {
            String lc = c.toLowerCase(java.util.Locale.ROOT);
            if (lc.startsWith("#clade_name") || lc.startsWith("#mpa_") || lc.contains("metaphlan")) return true;
        }
        return false;
    }

    static boolean sniff(Head h) {
        boolean singleSample = h.comments().stream().anyMatch(c -> c.startsWith("#clade_name")
                || c.split("\t").length == 2 && c.split("\t")[1].trim().endsWith("_Analysis"));
        if (h.lines().isEmpty()) return singleSample && h.comments().stream().anyMatch(c -> c.startsWith("#clade_name"));
        String[] f = h.first().split("\t", -1);
        return f.length >= 2 && f.length <= 6 && (CLADE.matcher(f[0]).matches() || FeatureLineage.isUnclassifiedMarker(f[0]))
                && (singleSample || !mpaHint(h)) && Kraken2ReportReader.isNumber(f[f.length <= 2 ? 1 : 2]);
    }

    static Profile read(Path file, TextLines in) throws IOException {
        int abundanceCol = -1, readsCol = -1, taxidCol = -1;
        String sampleId = null;
        Map<Lineage, Integer> seen = new HashMap<>();
        List<Lineage> taxa = new ArrayList<>();
        CellBuffer abundance = new CellBuffer(), reads = new CellBuffer();
        boolean header = false;
        while (in.next()) {
            if (in.isBlank()) continue;
            if (in.startsWith('#')) {
                int n = in.split((byte) '\t');
                String key = in.field(0).substring(1).strip();
                if (key.equals("clade_name")) {
                    header = true;
                    for (int i = 1; i < n; i++) {
                        String h = in.field(i);
                        if (h.equals("relative_abundance")) abundanceCol = i;
                        if (h.startsWith("estimated_number_of_reads")) readsCol = i;
                        if (h.equals("NCBI_tax_id") || h.equals("clade_taxid")) taxidCol = i;
                    }
                    if (abundanceCol < 0)
                        throw new InputException(file, in.number(), "MetaPhlAn header has no relative_abundance column");
                } else if (n == 2 && sampleId == null && in.field(1).endsWith("_Analysis") || n == 2 && key.equals("SampleID")) {
                    String value = in.field(1);
                    if (!value.endsWith("_Analysis") && !value.isEmpty()) sampleId = value;
                    else if (!key.equals("SampleID") && !key.isEmpty()) sampleId = key;
                }
                continue;
            }
            int n = in.split((byte) '\t');
            if (abundanceCol < 0) {
                abundanceCol = n <= 2 ? 1 : 2;
                if (abundanceCol == 2) taxidCol = 1; // MetaPhlAn 3/4 without the header line: clade, taxids, abundance
            }
            int need = Math.max(abundanceCol, readsCol) + 1;
            if (n < need)
                throw new InputException(file, in.number(), "expected at least " + need
                        + " tab-separated columns (clade, …, relative_abundance), found " + n);
            Lineage l = lineage(file, in.number(), in.field(0));
            if (taxidCol >= 0 && !l.isUnclassified()) l = withCladeTaxid(l, in.field(0), in.field(taxidCol));
            if (seen.putIfAbsent(l, taxa.size()) != null)
                throw new InputException(file, in.number(), "clade '" + Abbrev.of(in.field(0)) + "' is listed twice");
            taxa.add(l);
            double v = in.number(abundanceCol, "relative_abundance");
            if (v < 0) throw new InputException(file, in.number(), "column " + (abundanceCol + 1)
                    + " (relative_abundance): expected a number >= 0, got " + in.field(abundanceCol));
            abundance.add(0, taxa.size() - 1, v);
            if (readsCol >= 0) {
                String f = in.field(readsCol);
                double r = f.equals("-") || f.isEmpty() ? 0 : in.number(readsCol, "estimated reads");
                if (r < 0 || r != Math.rint(r)) throw new InputException(file, in.number(), "column " + (readsCol + 1)
                        + " (estimated reads): expected a whole number >= 0, got " + f);
                reads.add(0, taxa.size() - 1, r);
            }
        }
        if (taxa.isEmpty())
            throw new InputException(file, in.number(), header ? "no clade rows: the profile holds only its header"
                    + " (MetaPhlAn writes an UNKNOWN row when it finds nothing; was the file cut off?)"
                    : "no MetaPhlAn profile rows");
        String id = sampleId != null ? sampleId : SampleIdFromFileName.of(file);
        List<String> warnings = new ArrayList<>();
        AbundanceTable t = abundance.build(file, List.of(id), taxa, Map.of(), ValueKind.PERCENT, true, 1.0);
        checkRankTotals(file, taxa, t);
        PercentTotals.check(file, t, warnings);
        Optional<AbundanceTable> counts = readsCol < 0 ? Optional.empty()
                : Optional.of(reads.build(file, List.of(id), taxa, Map.of(), ValueKind.COUNTS, true, 1.0));
        return new Profile(file, Format.METAPHLAN, t, counts, warnings);
    }

    /**
     * The clade's own NCBI taxid from MetaPhlAn 3/4's second column, the clade's taxids joined by {@code |} level
     * for level ({@code k__Bacteria|p__Proteobacteria  2|1224}): the entry at the clade's own level, when there is
     * one. MetaPhlAn 4's genome bins (SGBs without an NCBI species) leave it empty ({@code 2|1224||||||}), and such
     * a clade carries none, so it is joined by name. With the taxid, MetaPhlAn files join by taxid as Kraken
     * reports do ({@code --join taxid}).
     */
    static Lineage withCladeTaxid(Lineage l, String clade, String taxids) {
        String[] ids = taxids.split("\\|", -1);
        int level = clade.split("\\|", -1).length - 1;
        if (level >= ids.length) return l;
        String id = ids[level].strip();
        if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) return l;
        long v = Long.parseLong(id);
        return v > 0 ? l.withTaxid(v) : l;
    }

    /**
     * MetaPhlAn estimates species and sums them up, so in a whole profile the species rows add up to the kingdoms'
     * total (± rounding; on the MetaPhlAn 2, 3 and 4 examples in shared data they agree to 0.1 %, while an
     * intermediate rank can fall short where MetaPhlAn leaves out a row, e.g. an unnamed viral order). Species far
     * below it ({@value #TRUNCATED} of it or less) mean the rows stop early: the file was cut off inside its
     * species block (the longest part of the file), and reading it would report a few species as the whole
     * profile. A profile without species rows ({@code --tax_lev}) is not checked; a cut before the species block
     * is caught by the missing line end when the cut is mid-line.
     */
    static void checkRankTotals(Path file, List<Lineage> taxa, AbundanceTable t) {
        double kingdoms = 0, species = 0;
        boolean anySpecies = false;
        var v = t.sample(0);
        for (int k = 0; k < v.size(); k++) {
            Lineage l = taxa.get(v.taxon(k));
            if (l.isUnclassified()) continue;
            if (l.rank() == Rank.KINGDOM) kingdoms += v.value(k);
            if (l.rank() == Rank.SPECIES) species += v.value(k);
        }
        for (Lineage l : taxa) anySpecies |= !l.isUnclassified() && l.rank() == Rank.SPECIES;
        if (!anySpecies || kingdoms <= 0) return;
        if (species <= TRUNCATED * kingdoms)
            throw new InputException(file, 0, String.format(java.util.Locale.ROOT, "the profile looks truncated: its"
                    + " species rows add up to %.4g%% but its kingdoms to %.4g%% (in a whole MetaPhlAn profile they are"
                    + " equal)", species, kingdoms));
    }

    static final double TRUNCATED = 0.5;

    static Lineage lineage(Path file, long line, String text) {
        try {
            Optional<Lineage> l = LineageParser.parse(text, Rank.SPECIES);
            if (l.isEmpty()) throw new IllegalArgumentException("no taxon name in it");
            return l.get();
        } catch (IllegalArgumentException e) {
            throw new InputException(file, line, "clade '" + Abbrev.of(text) + "' is not a MetaPhlAn lineage: "
                    + e.getMessage());
        }
    }
}
