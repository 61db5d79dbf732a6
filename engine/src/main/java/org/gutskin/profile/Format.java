package org.gutskin.profile;

/** The profile file formats gutskin reads; {@link #label()} is the name used in outputs and {@code --input-format}. */
public enum Format {
    METAPHLAN("metaphlan"),
    METAPHLAN_MERGED("metaphlan-merged"),
    BIOM_JSON("biom-json"),
    BIOM_HDF5("biom-hdf5"),
    KRAKEN2_REPORT("kraken2-report"),
    KRAKEN_MPA("kraken-mpa"),
    BRACKEN("bracken"),
    QIIME2_TSV("qiime2-tsv"),
    TABLE("table");

    private final String label;

    Format(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Format ofLabel(String s) {
        for (Format f : values()) if (f.label.equalsIgnoreCase(s.trim())) return f;
        throw new InputException("unknown input format '" + s + "'; expected one of "
                + java.util.Arrays.stream(values()).map(Format::label).toList());
    }
}
