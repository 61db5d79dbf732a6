package org.gutskin.profile.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Format;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Profile;
import org.gutskin.profile.ValueKind;

/**
 * A single-sample nested read-count profile (Kraken report, kreport2mpa): clade reads per taxon, each including
 * its descendants. The relative abundance is {@code 100 · reads / total}, the total being the sample's reads —
 * Kraken's own percentage, computed exactly instead of read from its two-decimal column.
 */
final class NestedCounts {

    private NestedCounts() {}

    static Profile profile(Path file, Format format, String sampleId, List<Lineage> taxa, double[] reads, double total,
            List<String> warnings) {
        CellBuffer counts = new CellBuffer(), percent = new CellBuffer();
        for (int t = 0; t < taxa.size(); t++) {
            counts.add(0, t, reads[t]);
            if (total > 0) percent.add(0, t, reads[t] / total * 100.0);
        }
        List<String> w = new ArrayList<>(warnings);
        if (total == 0) w.add("the report holds no reads");
        AbundanceTable c = counts.build(file, List.of(sampleId), taxa, Map.of(), ValueKind.COUNTS, true, 1.0);
        AbundanceTable p = percent.build(file, List.of(sampleId), taxa, Map.of(), ValueKind.PERCENT, true, 1.0);
        return new Profile(file, format, p, Optional.of(c), w);
    }
}
