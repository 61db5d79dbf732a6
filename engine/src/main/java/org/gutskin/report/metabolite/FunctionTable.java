package org.gutskin.report.metabolite;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A HUMAnN 3 table read by {@link HumannReader}: the community-level (unstratified) rows only, per sample. Feature ids
 * are the text before {@code ": "} ({@code CENTFERM-PWY}, {@code UniRef90_A0A174…}, {@code 2.7.2.7}, {@code K00929});
 * the bookkeeping rows ({@code UNMAPPED}, {@code UNINTEGRATED}, {@code UNGROUPED}, {@code READS_UNMAPPED},
 * {@code UniRef90_unknown} …) are kept apart from the features and out of the totals.
 *
 * @param kind      pathways (MetaCyc, {@code *_pathabundance.tsv}) or gene families (UniRef90, or regrouped to EC/KO)
 * @param samples   the sample ids: the column headers without HUMAnN's {@code _Abundance…} suffix
 * @param features  feature id → abundance per sample (same order as {@code samples})
 * @param names     feature id → the name HUMAnN printed after {@code ": "}, when any
 */
public record FunctionTable(Path source, Kind kind, List<String> samples, Map<String, double[]> features,
        Map<String, String> names, Map<String, double[]> bookkeeping) {

    public FunctionTable {
        samples = List.copyOf(samples);
        features = new LinkedHashMap<>(features);
        names = new LinkedHashMap<>(names);
        bookkeeping = new LinkedHashMap<>(bookkeeping);
    }

    public enum Kind {
        PATHWAYS("pathway abundance"),
        GENE_FAMILIES("gene families");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The column of a sample, or -1. */
    public int indexOf(String sample) {
        return samples.indexOf(sample);
    }

    /** The abundance of a feature in a sample column, 0 when absent. */
    public double value(String feature, int sample) {
        double[] v = features.get(feature);
        return v == null ? 0 : v[sample];
    }

    /** The sum over all features (bookkeeping rows excluded) in a sample column. */
    public double total(int sample) {
        double t = 0;
        for (double[] v : features.values()) t += v[sample];
        return t;
    }
}
