package org.gutskin.profile.format;

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
import org.gutskin.profile.ValueKind;

/**
 * The common last step of the feature-table readers (BIOM JSON, BIOM HDF5, QIIME 2 TSV): feature ids and
 * taxonomies to lineages ({@link FeatureLineage}), duplicate checks, and the value kind — counts when every value
 * is a whole number, otherwise relative abundance (fractions of 1 scaled to percent, with a warning); nested only
 * when some feature is an ancestor of another.
 */
final class FeatureTable {

    private FeatureTable() {}

    /**
     * @param where how to name the feature list in an error, e.g. {@code field 'rows'}
     * @param intType the file declares integer values
     */
    static Profile finish(Path file, Format format, String where, List<String> featureIds, List<String> taxonomies,
            List<String> sampleIds, Map<String, Map<String, String>> meta, CellBuffer cells, boolean intType) {
        List<Lineage> taxa = new ArrayList<>(featureIds.size());
        Map<Lineage, Integer> seen = new HashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        for (int r = 0; r < featureIds.size(); r++) {
            String id = featureIds.get(r);
            if (id == null || id.isEmpty())
                throw new InputException(file, 0, where + ": feature " + r + " has an empty id");
            if (ids.putIfAbsent(id, r) != null)
                throw new InputException(file, 0, where + ": duplicate feature id '" + Abbrev.of(id) + "'");
            Lineage l;
            try {
                l = FeatureLineage.of(id, taxonomies == null ? null : taxonomies.get(r));
            } catch (IllegalArgumentException e) {
                throw new InputException(file, 0, where + ": feature '" + Abbrev.of(id) + "': " + e.getMessage());
            }
            Integer prev = seen.putIfAbsent(l, r);
            if (prev != null)
                throw new InputException(file, 0, where + ": features '" + Abbrev.of(featureIds.get(prev)) + "' and '"
                        + Abbrev.of(id) + "' name the same taxon " + Abbrev.of(l.toString()));
            taxa.add(l);
        }
        MergedTableReader.distinctIds(file, 0, sampleIds, 0, "sample");
        boolean integral = cells.allIntegral();
        if (intType && !integral)
            throw new InputException(file, 0, "the table declares integer values but holds fractional ones");
        List<String> warnings = new ArrayList<>();
        Read r = byContent(file, cells, sampleIds, taxa, meta, Nesting.hasAncestorRows(taxa), warnings);
        return new Profile(file, format, r.table(), r.counts(), warnings);
    }

    /** A table and, when its values are whole counts, the same table as counts. */
    record Read(AbundanceTable table, Optional<AbundanceTable> counts) {}

    /**
     * Decides what a table's numbers are from the numbers themselves (the file does not say), keeping them as
     * given, and says which in a warning when it is not plain:
     * <ol>
     *   <li>all whole numbers: counts;</li>
     *   <li>every sample sums to 1 (± 0.001), or none to more than 1: proportions, shown as percent;</li>
     *   <li>no sample sums to more than 100 (+ rounding): percent (a sum below 100 is a warning: the rest is
     *       unclassified or not listed);</li>
     *   <li>otherwise — fractional values with totals above 100, such as metabolite intensities or estimated
     *       read numbers (biom-format's {@code edgecase_issue_952.biom}) — abundances on an arbitrary scale: the
     *       relative abundance is each value's share of its sample's total; count-based methods (Chao1,
     *       rarefaction) are not offered, because the values are not whole reads.</li>
     * </ol>
     */
    static Read byContent(Path file, CellBuffer cells, List<String> sampleIds, List<Lineage> taxa,
            Map<String, Map<String, String>> meta, boolean nested, List<String> warnings) {
        if (cells.allIntegral()) {
            AbundanceTable t = cells.build(file, sampleIds, taxa, meta, ValueKind.COUNTS, nested, 1.0);
            return new Read(t, Optional.of(t));
        }
        AbundanceTable t = cells.build(file, sampleIds, taxa, meta, ValueKind.PERCENT, nested, 1.0);
        double[] range = PercentTotals.totalRange(t);
        if (PercentTotals.looksLikeFractions(t)) {
            warnings.add("every sample sums to 1: values read as fractions and shown as percent");
            return new Read(cells.build(file, sampleIds, taxa, meta, ValueKind.PERCENT, nested, 100.0), Optional.empty());
        }
        if (range[1] > 0 && range[1] <= 1 + 1e-3) {
            // no sample reaches 1: proportions of a subset (MaAsLin2's HMP2 species), not percentages below 1 %
            AbundanceTable f = cells.build(file, sampleIds, taxa, meta, ValueKind.PERCENT, nested, 100.0);
            warnings.add(String.format(java.util.Locale.ROOT, "no sample sums to more than 1 (totals %.4g to %.4g):"
                    + " values read as proportions and shown as percent", range[0], range[1]));
            PercentTotals.check(file, f, warnings);
            return new Read(f, Optional.empty());
        }
        if (range[1] <= 100 + PercentTotals.OVER) {
            PercentTotals.check(file, t, warnings);
            return new Read(t, Optional.empty());
        }
        warnings.add(String.format(java.util.Locale.ROOT, "the values are neither whole counts nor proportions"
                + " (fractional, sample totals %.6g to %.6g): read as abundances on an arbitrary scale (intensities or"
                + " estimated reads), relative abundance = share of each sample's total; no count-based metric",
                range[0], range[1]));
        AbundanceTable asGiven = cells.build(file, sampleIds, taxa, meta, ValueKind.COUNTS, nested, 1.0);
        return new Read(asGiven.normalized(100.0, ValueKind.PERCENT), Optional.empty());
    }
}
