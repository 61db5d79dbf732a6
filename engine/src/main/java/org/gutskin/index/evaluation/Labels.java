package org.gutskin.index.evaluation;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gutskin.io.InputException;
import org.gutskin.profile.SampleMetadata;

/**
 * Health labels for evaluation, read from a metadata table by {@link SampleMetadata} (TSV or CSV, BOM, quotes,
 * header row, first column the sample id — or transposed, first row the sample ids, as the HMP2 metadata is laid
 * out). A sample is healthy when its label column holds one of the healthy values (case-insensitive); every other
 * value is non-healthy; a missing label ({@link SampleMetadata#MISSING}: empty, NA, N/A, NaN, null, None, '.') is
 * skipped. Rows can be excluded by a column value (e.g. the GMHI validation cohort's body-weight flag).
 *
 * @param healthy  sample id → true for healthy, in file order
 * @param excluded the labelled samples left out by an exclusion
 */
public record Labels(Map<String, Boolean> healthy, Set<String> excluded) {

    /**
     * @param column        the label column (null: the first column after the sample id)
     * @param healthyValues label values that mean healthy
     * @param exclude       column → value; a sample whose column holds that value (case-insensitive) is left out
     */
    public static Labels read(Path file, String column, Set<String> healthyValues, Map<String, String> exclude,
            boolean transposed) {
        SampleMetadata md = SampleMetadata.read(file, transposed);
        String col = column == null ? md.variables().get(0) : column;
        if (!md.hasColumn(col))
            throw new InputException(file, 1, "no label column '" + col + "'; columns: " + md.variables());
        for (String c : exclude.keySet())
            if (!md.hasColumn(c)) throw new InputException(file, 1, "no column '" + c + "' to exclude by");
        int labelCol = md.column(col);
        Set<String> yes = healthyValues.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<String, Boolean> out = new LinkedHashMap<>();
        Set<String> excluded = new LinkedHashSet<>();
        for (String id : md.sampleIds()) {
            var v = md.value(id, labelCol);
            if (v.isEmpty()) continue;
            boolean skip = false;
            for (Map.Entry<String, String> x : exclude.entrySet())
                skip |= md.value(id, md.column(x.getKey())).orElse("").equalsIgnoreCase(x.getValue().strip());
            if (skip) {
                excluded.add(id);
                continue;
            }
            out.put(id, yes.contains(v.get().toLowerCase(Locale.ROOT)));
        }
        return new Labels(out, excluded);
    }
}
