package org.gutskin.profile.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Format;
import org.gutskin.io.InputException;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;
import org.gutskin.profile.ValueKind;

/**
 * A Kraken/Bracken report in MetaPhlAn-like spelling, as KrakenTools writes it (Lu et al. 2022,
 * doi:10.1038/s41596-022-00738-y): {@code kreport2mpa.py} for one sample, {@code combine_mpa.py} for several.
 *
 * <pre>
 * #Classification	S1.kreport	S2.kreport         (--display-header / combine_mpa; optional)
 * d__Bacteria	12040	9981
 * d__Bacteria|p__Proteobacteria|…|s__Escherichia_coli	300	12
 * </pre>
 *
 * Prefixes with two underscores (KrakenTools) or one (Bracken's own {@code sample_output_bracken.mpa}): {@code d k
 * p c o f g s}, and {@code x} for the intermediate ranks of {@code --intermediate-ranks}. {@code d} (domain) is the
 * kingdom rank; a {@code k} level below a domain (Kraken's kingdom, e.g. Fungi) and {@code x} levels are
 * intermediate levels whose own rows are left out (their reads stay in the ranked clades). Nested values; whole
 * numbers are clade reads (the default), others the percentages of {@code --percentages}. A sample's total reads
 * are the sum of its domain rows (the format has no unclassified row). Sample ids: the {@code #Classification}
 * header's names without their report suffix, else the file name.
 *
 * <p>Told from a MetaPhlAn profile (also {@code x__A|y__B<TAB>value}) by its top level: MetaPhlAn starts at
 * {@code k__}, Kraken's lineages at {@code d__}; and by the {@code #Classification} header.
 */
final class KrakenMpaReader {

    static final String DESCRIPTION = "KrakenTools kreport2mpa.py / combine_mpa.py (d__Bacteria|p__…<TAB>reads per"
            + " sample), also Bracken's single-underscore mpa";
    private static final Pattern LEVEL = Pattern.compile("^[dkpcofgsx]__?[^_|].*");

    private KrakenMpaReader() {}

    static boolean sniff(Head h) {
        for (String c : h.comments()) if (c.startsWith("#Classification\t")) return true;
        if (MetaphlanReader.mpaHint(h)) return false;
        String[] f = h.first().split("\t", -1);
        if (f.length < 2 || !Kraken2ReportReader.isNumber(f[1])) return false;
        String[] levels = f[0].split("\\|");
        if (!LEVEL.matcher(levels[0]).matches()) return false;
        // Kraken's lineages start at the domain; KrakenTools' intermediate ranks are x__ levels
        if (levels[0].startsWith("d_")) return true;
        for (String l : levels) if (l.startsWith("x__")) return true;
        // Bracken's own mpa: single underscores, whatever the top level
        return levels[0].length() > 2 && levels[0].charAt(1) == '_' && levels[0].charAt(2) != '_';
    }

    static Profile read(Path file, TextLines in) throws IOException {
        List<Lineage> taxa = new ArrayList<>();
        Map<Lineage, Integer> seen = new HashMap<>();
        List<String> header = null;
        List<double[]> values = new ArrayList<>();
        List<Boolean> top = new ArrayList<>();
        int width = -1;
        while (in.next()) {
            if (in.isBlank()) continue;
            if (in.startsWith('#')) {
                int n = in.split((byte) '\t');
                if (taxa.isEmpty() && in.field(0).equals("#Classification")) {
                    header = new ArrayList<>();
                    for (int i = 1; i < n; i++) header.add(SampleIdFromFileName.ofName(in.field(i)));
                }
                continue;
            }
            int n = in.split((byte) '\t');
            if (width < 0) {
                width = n;
                if (n < 2) throw new InputException(file, in.number(), "expected tab-separated columns lineage, reads"
                        + " (one per sample), found " + n);
                if (header != null && header.size() != n - 1)
                    throw new InputException(file, in.number(), "the #Classification header names " + header.size()
                            + " samples, but the line has " + (n - 1) + " value columns");
            }
            if (n != width)
                throw new InputException(file, in.number(), "expected " + width + " tab-separated columns as in the first"
                        + " line, found " + n);
            double[] v = new double[n - 1];
            for (int i = 1; i < n; i++) {
                v[i - 1] = in.number(i, "reads");
                if (v[i - 1] < 0) throw new InputException(file, in.number(), "column " + (i + 1)
                        + ": expected a value >= 0, got " + Abbrev.of(in.field(i)));
            }
            String text = in.field(0);
            Lineage l = lineage(file, in.number(), text);
            if (l == null) continue; // an intermediate level's own row
            if (seen.putIfAbsent(l, taxa.size()) != null)
                throw new InputException(file, in.number(), "taxon '" + Abbrev.of(text) + "' is listed twice");
            taxa.add(l);
            values.add(v);
            top.add(text.indexOf('|') < 0);
        }
        if (width < 0) throw new InputException(file, in.number(), "no report lines (the file holds only # lines)");
        int ns = width - 1;
        List<String> samples = header != null ? header
                : ns == 1 ? List.of(SampleIdFromFileName.of(file)) : numbered(ns);
        MergedTableReader.distinctIds(file, 1, samples, 1, "sample");
        boolean whole = values.stream().allMatch(a -> Arrays.stream(a).allMatch(x -> x == Math.rint(x)));
        CellBuffer counts = new CellBuffer(), percent = new CellBuffer();
        double[] total = new double[ns];
        for (int t = 0; t < taxa.size(); t++) if (top.get(t)) for (int s = 0; s < ns; s++) total[s] += values.get(t)[s];
        List<String> warnings = new ArrayList<>();
        for (int t = 0; t < taxa.size(); t++)
            for (int s = 0; s < ns; s++) {
                double x = values.get(t)[s];
                if (whole) {
                    counts.add(s, t, x);
                    if (total[s] > 0) percent.add(s, t, x / total[s] * 100.0);
                } else {
                    percent.add(s, t, x);
                }
            }
        for (int s = 0; s < ns; s++) if (whole && total[s] == 0) warnings.add("sample '" + samples.get(s) + "' holds no reads");
        AbundanceTable p = percent.build(file, samples, taxa, Map.of(), ValueKind.PERCENT, true, 1.0);
        if (!whole) PercentTotals.check(file, p, warnings);
        Optional<AbundanceTable> c = whole
                ? Optional.of(counts.build(file, samples, taxa, Map.of(), ValueKind.COUNTS, true, 1.0)) : Optional.empty();
        return new Profile(file, Format.KRAKEN_MPA, p, c, warnings);
    }

    private static List<String> numbered(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) out.add("sample" + i);
        return out;
    }

    /** The lineage of a row, or null when its last level is an intermediate one (k under d, x). */
    private static Lineage lineage(Path file, long line, String text) {
        String[] levels = text.split("\\|");
        String[] names = new String[Rank.values().length];
        boolean hasDomain = levels[0].startsWith("d_");
        int last = -1;
        boolean lastSkipped = false;
        for (String lev : levels) {
            int u = lev.length() > 2 && lev.charAt(1) == '_' ? lev.charAt(2) == '_' ? 3 : 2 : -1;
            if (u < 0 || lev.length() == u)
                throw new InputException(file, line, "lineage level '" + Abbrev.of(lev) + "' is not x__Name or x_Name");
            Rank r = switch (lev.charAt(0)) {
                case 'd' -> Rank.KINGDOM;
                case 'k' -> hasDomain ? null : Rank.KINGDOM;
                case 'x' -> null;
                case 'p' -> Rank.PHYLUM;
                case 'c' -> Rank.CLASS;
                case 'o' -> Rank.ORDER;
                case 'f' -> Rank.FAMILY;
                case 'g' -> Rank.GENUS;
                case 's' -> Rank.SPECIES;
                default -> throw new InputException(file, line, "lineage level '" + Abbrev.of(lev)
                        + "' has an unknown rank prefix (expected d, k, p, c, o, f, g, s or x)");
            };
            lastSkipped = r == null;
            if (r == null) continue;
            if (r.ordinal() <= last)
                throw new InputException(file, line, "lineage levels out of order at '" + Abbrev.of(lev) + "'");
            names[r.ordinal()] = lev.substring(u);
            last = r.ordinal();
        }
        if (lastSkipped || last < 0) return null;
        return Lineage.of(Arrays.copyOf(names, last + 1));
    }
}
