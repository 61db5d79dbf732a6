package org.gutskin.profile.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Format;
import org.gutskin.io.InputException;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Profile;
import org.gutskin.profile.ValueKind;

/**
 * A QIIME 2 feature table exported to TSV ({@code qiime tools export} then {@code biom convert --to-tsv}):
 *
 * <pre>
 * # Constructed from biom file
 * #OTU ID	S1	S2	[taxonomy]
 * 4b5eeb30…	120.0	0.0	[k__Bacteria; p__…]
 * </pre>
 *
 * Disjoint features; their lineages from {@link FeatureLineage}, using the table's own {@code taxonomy} column or
 * else a taxonomy TSV given with {@code --taxonomy} (features missing from it are unassigned). Counts when every
 * value is whole (QIIME writes {@code 120.0}), else relative abundance.
 */
final class Qiime2TableReader {

    static final String DESCRIPTION = "QIIME 2 feature table exported to TSV (biom convert --to-tsv): '#OTU ID' header,"
            + " one feature per row, optional taxonomy column, or --taxonomy TSV/QZA";

    private Qiime2TableReader() {}

    static boolean sniff(Head h) {
        for (String c : h.comments()) {
            String lc = c.toLowerCase(Locale.ROOT);
            if (lc.startsWith("# constructed from biom file") || lc.startsWith("#otu id") || lc.startsWith("#otu_id")
                    || lc.startsWith("#feature id")) return true;
        }
        String h0 = h.firstFields()[0].trim().replace("\"", "").toLowerCase(Locale.ROOT);
        return h0.equals("#otu id") || h0.equals("feature id") || h0.equals("#otu_id");
    }

    static Profile read(Path file, TextLines in, TaxonomyTsv.Loaded loaded) throws IOException {
        Map<String, String> taxonomy = loaded == null ? null : loaded.byFeature();
        List<String> header = null;
        long headerLine = 0;
        int taxCol = -1, width = 0;
        List<String> samples = null;
        List<Lineage> taxa = new ArrayList<>();
        Map<Lineage, Integer> seen = new HashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        CellBuffer cells = new CellBuffer();
        while (in.next()) {
            if (in.isBlank()) continue;
            if (header == null) {
                String t = in.text();
                String lc = t.toLowerCase(Locale.ROOT);
                if (lc.startsWith("# constructed from biom file") || t.startsWith("#") && t.indexOf('\t') < 0) continue;
                int n = in.split((byte) '\t');
                header = new ArrayList<>();
                for (int i = 0; i < n; i++) header.add(in.field(i));
                headerLine = in.number();
                if (n > 1 && header.get(n - 1).equalsIgnoreCase("taxonomy")) taxCol = n - 1;
                width = n;
                samples = MergedTableReader.distinctIds(file, headerLine, header.subList(1, taxCol < 0 ? n : n - 1), 1, "sample");
                continue;
            }
            int n = in.split((byte) '\t');
            if (n != width)
                throw new InputException(file, in.number(), "expected " + width + " tab-separated columns as in the header, found " + n);
            String id = in.field(0);
            if (id.isEmpty()) throw new InputException(file, in.number(), "column 1: empty feature id");
            if (ids.putIfAbsent(id, taxa.size()) != null)
                throw new InputException(file, in.number(), "feature '" + Abbrev.of(id) + "' is listed twice");
            String tax = taxCol >= 0 ? in.field(taxCol) : taxonomy == null ? null : taxonomy.getOrDefault(id, "Unassigned");
            Lineage l;
            try {
                l = FeatureLineage.of(id, tax);
            } catch (IllegalArgumentException e) {
                throw new InputException(file, in.number(), "feature '" + Abbrev.of(id) + "': " + e.getMessage());
            }
            if (seen.putIfAbsent(l, taxa.size()) != null)
                throw new InputException(file, in.number(), "feature '" + Abbrev.of(id) + "' names a taxon listed before");
            int t = taxa.size();
            taxa.add(l);
            int last = taxCol >= 0 ? taxCol : width;
            for (int i = 1; i < last; i++) {
                double v = in.number(i, "sample '" + Abbrev.of(samples.get(i - 1)) + "'");
                if (v < 0)
                    throw new InputException(file, in.number(), "column " + (i + 1) + ": expected a value >= 0, got " + in.field(i));
                cells.add(i - 1, t, v);
            }
        }
        if (header == null) throw new InputException(file, in.number(), "no '#OTU ID' header line");
        boolean counts = cells.allIntegral();
        ValueKind kind = counts ? ValueKind.COUNTS : ValueKind.PERCENT;
        boolean nested = Nesting.hasAncestorRows(taxa);
        List<String> warnings = new ArrayList<>();
        AbundanceTable tab = cells.build(file, samples, taxa, Map.of(), kind, nested, 1.0);
        if (!counts) {
            if (PercentTotals.looksLikeFractions(tab)) {
                tab = cells.build(file, samples, taxa, Map.of(), kind, nested, 100.0);
                warnings.add("every sample sums to 1: values read as fractions and shown as percent");
            }
            PercentTotals.check(file, tab, warnings);
        }
        if (taxonomy != null) {
            long missing = ids.keySet().stream().filter(k -> !taxonomy.containsKey(k)).count();
            if (missing > 0) warnings.add(missing + " features have no entry in the taxonomy file (taken as unassigned)");
        }
        Profile p = new Profile(file, Format.QIIME2_TSV, tab, counts ? Optional.of(tab) : Optional.empty(), warnings);
        return loaded == null || loaded.artifactUuid() == null ? p
                : p.withInput(new org.gutskin.profile.ProfileInput(null, null, null, loaded.artifactUuid()));
    }
}
