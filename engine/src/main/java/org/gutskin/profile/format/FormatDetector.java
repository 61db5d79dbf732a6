package org.gutskin.profile.format;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.gutskin.profile.Format;
import org.gutskin.profile.InputException;

/**
 * Tells a profile's format from its first bytes (up to {@value #HEAD_BYTES}, after gzip decompression):
 * HDF5 magic → BIOM 2.1; {@code {} → BIOM 1.0 JSON; {@code # Constructed from biom file} → QIIME 2 table;
 * Kraken's 6/8-column report lines; Bracken's {@code name taxonomy_id taxonomy_lvl} header; MetaPhlAn's
 * {@code #clade_name}/{@code #…_Analysis} header lines with clade rows; {@code d_Bacteria|p_…<TAB>count}
 * (kreport2mpa); else a header line over taxon rows — MetaPhlAn merged when the rows are MetaPhlAn clades and the
 * header or a {@code #mpa_} line says MetaPhlAn, a plain table otherwise.
 */
final class FormatDetector {

    static final int HEAD_BYTES = 1 << 20;
    private static final byte[] HDF5 = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};
    /** A MetaPhlAn clade: {@code k__…|p__…}; GTDB/SILVA's {@code d__…; p__…} is a plain table's lineage. */
    private static final Pattern CLADE = Pattern.compile("^[kdpcofgstKDPCOFGST]__[^;\\s][^;]*$");
    private static final Pattern MPA_SINGLE = Pattern.compile("^[dkpcofgs]_[^_].*");
    private static final Pattern KRAKEN_RANK = Pattern.compile("^([URDKPCOFGS]\\d*|-)$");
    private static final Pattern INT = Pattern.compile("^\\d+$");
    private static final Set<String> MERGED_HEADERS = Set.of("clade_name", "#clade_name", "id", "sample", "#sampleid",
            "sampleid", "species", "clade");

    private FormatDetector() {}

    static Format detect(Path file, byte[] head, int n) {
        int i = 0;
        if (n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) i = 3;
        boolean hdf5 = n >= HDF5.length;
        for (int k = 0; hdf5 && k < HDF5.length; k++) hdf5 = head[k] == HDF5[k];
        if (hdf5) return Format.BIOM_HDF5;
        for (int k = 0; k < n; k++)
            if (head[k] == 0)
                throw new InputException(file, 0, "a binary file, not a profile (expected MetaPhlAn/Kraken/Bracken text,"
                        + " a CSV/TSV table, BIOM JSON or BIOM HDF5)");
        while (i < n && Character.isWhitespace(head[i])) i++;
        if (i == n) throw new InputException(file, 0, "the file is empty");
        if (head[i] == '{') return Format.BIOM_JSON;
        String text = new String(head, i, n - i, StandardCharsets.UTF_8);
        List<String> comments = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\n", 64)) {
            l = l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
            if (l.isBlank()) continue;
            if (lines.isEmpty() && l.startsWith("#")) comments.add(l);
            else lines.add(l);
            if (lines.size() >= 3) break;
        }
        boolean mpaHint = false;
        for (String c : comments) {
            String lc = c.toLowerCase(Locale.ROOT);
            if (lc.startsWith("# constructed from biom file") || lc.startsWith("#otu id") || lc.startsWith("#otu_id")
                    || lc.startsWith("#feature id")) return Format.QIIME2_TSV;
            if (lc.startsWith("#clade_name") || lc.startsWith("#mpa_") || lc.contains("metaphlan")) mpaHint = true;
        }
        if (lines.isEmpty()) {
            if (mpaHint && comments.stream().anyMatch(c -> c.startsWith("#clade_name"))) return Format.METAPHLAN;
            throw new InputException(file, comments.size(), "no data: the file holds only # comment lines");
        }
        String first = lines.get(0);
        String[] f = first.split("\t", -1);
        if (isKrakenLine(f)) return Format.KRAKEN2_REPORT;
        String lf = first.toLowerCase(Locale.ROOT);
        if (lf.startsWith("name\ttaxonomy_id\ttaxonomy_lvl")) return Format.BRACKEN;
        boolean singleSampleMpa = comments.stream().anyMatch(c -> c.startsWith("#clade_name")
                || c.split("\t").length == 2 && c.split("\t")[1].trim().endsWith("_Analysis"));
        if (f.length >= 2 && (CLADE.matcher(f[0]).matches() || FeatureLineage.isUnclassifiedMarker(f[0]))
                && f.length <= 6 && (singleSampleMpa || !mpaHint) && isNumber(f[f.length <= 2 ? 1 : 2]))
            return Format.METAPHLAN;
        if (f.length == 2 && MPA_SINGLE.matcher(f[0]).matches() && isNumber(f[1])) return Format.KRAKEN_MPA;
        // a header line over taxon rows
        String delim = first.indexOf('\t') >= 0 ? "\t" : ",";
        String h0 = first.split(delim, 2)[0].trim().replace("\"", "").toLowerCase(Locale.ROOT);
        if (h0.equals("#otu id") || h0.equals("feature id") || h0.equals("#otu_id")) return Format.QIIME2_TSV;
        boolean cladeRows = lines.size() > 1;
        for (int k = 1; k < lines.size(); k++) {
            String t = lines.get(k).split(delim, 2)[0].trim().replace("\"", "");
            if (!CLADE.matcher(t).matches() && !FeatureLineage.isUnclassifiedMarker(t)) cladeRows = false;
        }
        if (cladeRows && (mpaHint || MERGED_HEADERS.contains(h0))) return Format.METAPHLAN_MERGED;
        return Format.TABLE;
    }

    private static boolean isKrakenLine(String[] f) {
        if (f.length != 6 && f.length != 8) return false;
        int rank = f.length == 6 ? 3 : 5;
        return isNumber(f[0]) && INT.matcher(f[1].trim()).matches() && INT.matcher(f[2].trim()).matches()
                && KRAKEN_RANK.matcher(f[rank].trim()).matches() && INT.matcher(f[rank + 1].trim()).matches();
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
