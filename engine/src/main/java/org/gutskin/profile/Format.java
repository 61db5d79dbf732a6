package org.gutskin.profile;

/**
 * The key of each profile format gutskin reads; {@link #label()} is its one spelling, used in outputs and
 * {@code --input-format}. The formats' order, sniffers, readers, writers and descriptions live in the registry
 * {@code profile.format.ProfileFormats}, which is where every list of format names (help, OpenAPI, docs) comes
 * from; look a name up there ({@code ProfileFormats.named}).
 */
public enum Format {
    METAPHLAN("metaphlan"),
    METAPHLAN_MERGED("metaphlan-merged"),
    BIOM_JSON("biom-json"),
    BIOM_HDF5("biom-hdf5"),
    KRAKEN2_REPORT("kraken2-report"),
    KRAKEN_MPA("kraken-mpa"),
    BRACKEN("bracken"),
    QIIME2_TSV("qiime2-tsv"),
    QIIME2_ARTIFACT("qiime2-qza"),
    QIIME1_TSV("qiime1-tsv"),
    TAXPASTA("taxpasta"),
    TABLE("table"),
    /** Appended last: fuzz seeds name a format by its index here ({@code ReaderFuzzTest}). */
    BRACKEN_COMBINED("bracken-combined");

    private final String label;

    Format(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The profiler whose output this format is, where the format says it ({@code metaphlan}, {@code kraken2},
     * {@code bracken}, {@code qiime}); empty for containers any profiler may fill (BIOM, taxpasta, a plain table).
     * Samples of one person from different profilers are not comparable as they stand (a follow-up series refuses
     * to mix them unless asked); the layouts of one profiler (a single or merged MetaPhlAn table) are.
     */
    public String profiler() {
        return switch (this) {
            case METAPHLAN, METAPHLAN_MERGED -> "metaphlan";
            case KRAKEN2_REPORT, KRAKEN_MPA -> "kraken2";
            case BRACKEN, BRACKEN_COMBINED -> "bracken";
            case QIIME2_TSV, QIIME2_ARTIFACT, QIIME1_TSV -> "qiime";
            case BIOM_JSON, BIOM_HDF5, TAXPASTA, TABLE -> "";
        };
    }
}
