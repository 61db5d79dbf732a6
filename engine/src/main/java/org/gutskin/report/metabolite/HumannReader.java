package org.gutskin.report.metabolite;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.gutskin.io.InputException;

/**
 * Reads a HUMAnN 3 output table (Beghini et al. 2021, doi:10.7554/eLife.65088): pathway abundance
 * ({@code *_pathabundance.tsv}) or gene families ({@code *_genefamilies.tsv}, UniRef90, or regrouped to EC/KO by
 * {@code humann_regroup_table}), one sample or several joined by {@code humann_join_tables}. The format, as the HUMAnN
 * 3 user manual documents it (github.com/biobakery/humann, readme.md, "Output files"):
 *
 * <pre>
 * # Pathway	SAMPLE_Abundance
 * UNMAPPED	140.0
 * UNINTEGRATED	87.0
 * UNINTEGRATED|g__Bacteroides.s__Bacteroides_caccae	23.0
 * PWY0-1301: melibiose degradation	57.5
 * PWY0-1301: melibiose degradation|g__Bacteroides.s__Bacteroides_caccae	32.5
 * </pre>
 *
 * A tab-separated header starting with {@code #} names the kind ({@code # Pathway} or {@code # Gene Family}) and the
 * samples (HUMAnN appends {@code _Abundance}, {@code _Abundance-RPKs}, {@code -CPM}, {@code -RELAB}; removed here).
 * Rows with {@code |} are per-species strata and are skipped: a pathway's community value is not the sum of its
 * strata, so only the community rows are used. Bad input (no header, an unknown kind, a wrong number of columns, a
 * value that is not a number ≥ 0, a feature twice) is an {@link InputException} naming the file and line.
 */
public final class HumannReader {

    /** Community rows that are bookkeeping, not features (kept out of totals). */
    static final Set<String> BOOKKEEPING = Set.of("UNMAPPED", "UNINTEGRATED", "UNGROUPED", "READS_UNMAPPED",
            "UniRef90_unknown", "UniRef50_unknown", "UNGROUPED_unknown");

    private static final Pattern SUFFIX = Pattern.compile("(_Abundance)?(-(RPKs|CPM|RELAB|cpm|relab))?$");

    private HumannReader() {}

    public static FunctionTable read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            long line = 1;
            while (header != null && header.isBlank()) {
                header = in.readLine();
                line++;
            }
            if (header == null) throw new InputException(file, 1, "empty file: expected a HUMAnN 3 table");
            if (!header.startsWith("#"))
                throw new InputException(file, line, "expected a HUMAnN 3 header such as '# Pathway<TAB>SAMPLE_Abundance'");
            String[] h = header.substring(1).split("\t", -1);
            String first = h[0].trim().toLowerCase(Locale.ROOT);
            FunctionTable.Kind kind;
            if (first.startsWith("pathway")) kind = FunctionTable.Kind.PATHWAYS;
            else if (first.startsWith("gene family") || first.startsWith("gene")) kind = FunctionTable.Kind.GENE_FAMILIES;
            else throw new InputException(file, line, "unknown HUMAnN 3 table '" + h[0].trim()
                    + "' (expected '# Pathway' or '# Gene Family')");
            if (h.length < 2) throw new InputException(file, line, "the header names no sample column");
            List<String> samples = new ArrayList<>();
            for (int i = 1; i < h.length; i++) {
                String s = SUFFIX.matcher(h[i].trim()).replaceFirst("");
                if (s.isEmpty()) throw new InputException(file, line, "column " + (i + 1) + " has no sample name");
                if (samples.contains(s)) throw new InputException(file, line, "sample '" + s + "' appears twice");
                samples.add(s);
            }
            Map<String, double[]> features = new LinkedHashMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, double[]> bookkeeping = new LinkedHashMap<>();
            String l;
            while ((l = in.readLine()) != null) {
                line++;
                if (l.isBlank() || l.startsWith("#")) continue;
                String[] f = l.split("\t", -1);
                if (f.length != samples.size() + 1)
                    throw new InputException(file, line, "expected " + (samples.size() + 1) + " tab-separated columns"
                            + " (feature and " + samples.size() + " sample(s)), found " + f.length);
                String feature = f[0].trim();
                if (feature.isEmpty()) throw new InputException(file, line, "empty feature name");
                if (feature.contains("|")) continue; // a per-species stratum
                double[] v = new double[samples.size()];
                for (int i = 0; i < v.length; i++) {
                    try {
                        v[i] = Double.parseDouble(f[i + 1].trim());
                    } catch (NumberFormatException e) {
                        v[i] = Double.NaN;
                    }
                    if (!(v[i] >= 0) || Double.isInfinite(v[i]))
                        throw new InputException(file, line, "column " + (i + 2) + " (" + samples.get(i)
                                + "): expected a number >= 0, got '" + f[i + 1] + "'");
                }
                int colon = feature.indexOf(": ");
                String id = colon > 0 ? feature.substring(0, colon).trim() : feature;
                Map<String, double[]> target = BOOKKEEPING.contains(id) ? bookkeeping : features;
                if (target.put(id, v) != null) throw new InputException(file, line, "feature '" + id + "' appears twice");
                if (colon > 0) names.put(id, feature.substring(colon + 2).trim());
            }
            return new FunctionTable(file, kind, samples, features, names, bookkeeping);
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read: " + e.getMessage());
        }
    }
}
