package org.gutskin.profile.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Format;
import org.gutskin.profile.InputException;
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
        ValueKind kind = integral ? ValueKind.COUNTS : ValueKind.PERCENT;
        boolean nested = Nesting.hasAncestorRows(taxa);
        List<String> warnings = new ArrayList<>();
        AbundanceTable t = cells.build(file, sampleIds, taxa, meta, kind, nested, 1.0);
        if (kind == ValueKind.PERCENT) {
            if (PercentTotals.looksLikeFractions(t)) {
                t = cells.build(file, sampleIds, taxa, meta, kind, nested, 100.0);
                warnings.add("every sample sums to 1: values read as fractions and shown as percent");
            }
            PercentTotals.check(file, t, warnings);
        }
        return new Profile(file, format, t, kind == ValueKind.COUNTS ? Optional.of(t) : Optional.empty(), warnings);
    }
}
