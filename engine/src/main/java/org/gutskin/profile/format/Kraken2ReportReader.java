package org.gutskin.profile.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.profile.Format;
import org.gutskin.io.InputException;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;

/**
 * A Kraken 2 report (Wood, Lu &amp; Langmead 2019, doi:10.1186/s13059-019-1891-0), also Kraken 1's and Bracken's
 * rewritten report: one tab-separated line per taxon,
 * {@code percent, clade reads, direct reads, [minimizers, distinct minimizers,] rank code, taxid, name}, the name
 * indented by two spaces per tree level.
 *
 * <p>Nested: a taxon's clade reads include its descendants; they are the counts. Rank codes {@code D P C O F G S}
 * become kingdom (domain) … species and {@code S1} strain; {@code U} is the unclassified reads. Intermediate levels
 * ({@code R}, {@code R1}, {@code K}, {@code D1}, {@code G1}, {@code S2}, {@code -}) are not rows of the table, but
 * their reads stay inside the ranked clades that contain them. Two taxa with one lineage (rare, e.g. a name reused
 * under one genus) are told apart by their taxid. One sample, named after the file.
 */
final class Kraken2ReportReader {

    static final String DESCRIPTION = "Kraken 1/2 or Bracken-rewritten report: percent, clade reads, direct reads,"
            + " rank code, taxid, indented name (6 or 8 tab-separated columns)";
    private static final java.util.regex.Pattern KRAKEN_RANK = java.util.regex.Pattern.compile("^([URDKPCOFGS]\\d*|-)$");
    private static final java.util.regex.Pattern INT = java.util.regex.Pattern.compile("^\\d+$");

    /** The share of the total reads that the lines' direct reads must reach. */
    static final double TRUNCATED = 0.9;

    private Kraken2ReportReader() {}

    static boolean sniff(Head h) {
        String[] f = h.first().split("\t", -1);
        if (f.length != 6 && f.length != 8) return false;
        int rank = f.length == 6 ? 3 : 5;
        return isNumber(f[0]) && INT.matcher(f[1].trim()).matches() && INT.matcher(f[2].trim()).matches()
                && KRAKEN_RANK.matcher(f[rank].trim()).matches() && INT.matcher(f[rank + 1].trim()).matches();
    }

    static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static Profile read(Path file, TextLines in) throws IOException {
        List<Lineage> taxa = new ArrayList<>();
        Map<Lineage, Integer> seen = new HashMap<>();
        double[] reads = new double[256];
        String[] names = new String[Rank.values().length];
        int[] depthOf = new int[Rank.values().length];
        Arrays.fill(depthOf, -1);
        double total = 0, direct = 0;
        int width = -1;
        List<String> warnings = new ArrayList<>();
        while (in.next()) {
            if (in.isBlank() || in.startsWith('#')) continue;
            int n = in.split((byte) '\t');
            if (width < 0) width = n;
            if (n != width || n != 6 && n != 8)
                throw new InputException(file, in.number(), "expected a Kraken report line of 6 (or 8) tab-separated"
                        + " columns: percent, clade reads, direct reads, rank, taxid, name; found " + n);
            int rc = n == 6 ? 3 : 5;
            in.number(0, "percent");
            double clade = whole(file, in, 1, "clade reads");
            direct += whole(file, in, 2, "direct reads");
            long taxid = (long) whole(file, in, rc + 1, "taxid");
            String code = in.field(rc);
            int s = in.start(rc + 2), e = in.end(rc + 2);
            int spaces = 0;
            while (s + spaces < e && in.bytes()[s + spaces] == ' ') spaces++;
            int depth = spaces / 2;
            String name = in.field(rc + 2);
            if (name.isEmpty()) throw new InputException(file, in.number(), "column " + (rc + 3) + ": empty taxon name");
            for (int r = 0; r < names.length; r++)
                if (depthOf[r] >= depth) {
                    depthOf[r] = -1;
                    names[r] = null;
                }
            if (depth == 0) total += clade;
            if (code.equals("U")) {
                add(file, in.number(), Lineage.UNCLASSIFIED, clade, taxa, seen, reads, name);
                reads = grow(reads, taxa.size());
                continue;
            }
            Rank rank = rankOf(code);
            if (rank == null) {
                if (!code.matches("[A-Z]\\d*|-"))
                    throw new InputException(file, in.number(), "column " + (rc + 1) + ": unknown rank code '"
                            + Abbrev.of(code) + "'");
                continue;
            }
            names[rank.ordinal()] = name;
            depthOf[rank.ordinal()] = depth;
            for (int r = rank.ordinal() + 1; r < names.length; r++) {
                names[r] = null;
                depthOf[r] = -1;
            }
            Lineage l = Lineage.of(Arrays.copyOf(names, rank.ordinal() + 1));
            if (seen.containsKey(l)) {
                String[] alt = Arrays.copyOf(names, rank.ordinal() + 1);
                alt[rank.ordinal()] = name + " (taxid " + in.field(rc + 1) + ")";
                l = Lineage.of(alt);
            }
            if (taxid > 0) l = l.withTaxid(taxid); // the taxon's identity when files are joined (TableUnion)
            add(file, in.number(), l, clade, taxa, seen, reads, name);
            reads = grow(reads, taxa.size());
        }
        if (width < 0) throw new InputException(file, in.number(), "no Kraken report lines");
        // every read is assigned directly to exactly one line, so the direct reads add up to the total (the
        // unclassified and root clades); far less means the lines stop early
        if (total > 0 && direct < TRUNCATED * total)
            throw new InputException(file, in.number(), String.format(java.util.Locale.ROOT, "the report looks truncated:"
                    + " its lines assign %.0f reads directly, but the unclassified and root lines count %.0f (in a whole"
                    + " report they are equal)", direct, total));
        return NestedCounts.profile(file, Format.KRAKEN2_REPORT, SampleIdFromFileName.of(file), taxa, reads, total, warnings);
    }

    private static double[] grow(double[] a, int n) {
        return n < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }

    private static void add(Path file, long line, Lineage l, double clade, List<Lineage> taxa, Map<Lineage, Integer> seen,
            double[] reads, String name) {
        if (seen.putIfAbsent(l, taxa.size()) != null)
            throw new InputException(file, line, "taxon '" + Abbrev.of(name) + "' is listed twice");
        reads[taxa.size()] = clade;
        taxa.add(l);
    }

    static Rank rankOf(String code) {
        return switch (code) {
            case "D" -> Rank.KINGDOM;
            case "P" -> Rank.PHYLUM;
            case "C" -> Rank.CLASS;
            case "O" -> Rank.ORDER;
            case "F" -> Rank.FAMILY;
            case "G" -> Rank.GENUS;
            case "S" -> Rank.SPECIES;
            case "S1" -> Rank.STRAIN;
            default -> null;
        };
    }

    static double whole(Path file, TextLines in, int i, String what) {
        double v = in.number(i, what);
        if (v < 0 || v != Math.rint(v))
            throw new InputException(file, in.number(), "column " + (i + 1) + " (" + what + "): expected a whole number"
                    + " >= 0, got " + Abbrev.of(in.field(i)));
        return v;
    }
}
