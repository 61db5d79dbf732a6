package org.gutskin.cli;

import java.nio.file.Path;
import org.gutskin.io.InputLimits;
import org.gutskin.profile.Format;
import org.gutskin.profile.format.ProfileFormats;
import org.gutskin.profile.format.ReadOptions;
import picocli.CommandLine.Option;

/**
 * The options every command that reads profiles shares ({@code @Mixin InputOptions input;}): the format override,
 * the transposed plain table, a QIIME 2 taxonomy for feature tables, and how several files are joined.
 */
public final class InputOptions {

    @Option(names = "--input-format", paramLabel = "FORMAT", converter = FormatConverter.class,
            completionCandidates = RegistryNames.ProfileFormatNames.class,
            description = "Do not detect the format: one of ${COMPLETION-CANDIDATES}.")
    Format inputFormat;

    @Option(names = "--samples-as-rows",
            description = "A plain CSV/TSV table has one sample per row and one taxon per column (the default is the "
                    + "MetaPhlAn merged layout: taxa as rows).")
    boolean samplesAsRows;

    @Option(names = "--taxonomy", paramLabel = "TSV",
            description = "QIIME 2 taxonomy (Feature ID, Taxon) for a feature table (qiime2-tsv, qiime2-qza): a TSV or a"
                    + " FeatureData[Taxonomy] .qza.")
    Path taxonomy;

    @Option(names = "--join", paramLabel = "taxid|name|lineage", defaultValue = "taxid",
            converter = JoinConverter.class, description = "How rows of several files are matched as one taxon: taxid (default; by NCBI taxid where "
                    + "the format has one, else by rank and name), name (rank and name, spelling and synonyms "
                    + "normalised), lineage (the whole lineage as spelled). Reconciled lineages are counted on stderr "
                    + "and listed by inspect --json.")
    org.gutskin.profile.JoinMode join;

    /** The {@code --join} mode (taxid when the option is not given, e.g. in a test building the mixin by hand). */
    public org.gutskin.profile.JoinMode joinMode() {
        return join == null ? org.gutskin.profile.JoinMode.DEFAULT : join;
    }

    /** An unknown {@code --join} value is a usage error (exit 2), listed with the valid values. */
    static final class JoinConverter implements picocli.CommandLine.ITypeConverter<org.gutskin.profile.JoinMode> {
        @Override
        public org.gutskin.profile.JoinMode convert(String s) {
            try {
                return org.gutskin.profile.JoinMode.ofLabel(s);
            } catch (org.gutskin.io.InputException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Option(names = "--max-decoded-mb", paramLabel = "MB", defaultValue = "1024",
            description = "How far one input may expand when decompressed (gzip, bzip2, a .qza's members, a BIOM HDF5 "
                    + "table's declared arrays), in MB; larger is refused (exit 3). Default: ${DEFAULT-VALUE}.")
    long maxDecodedMb = 1024;

    public ReadOptions readOptions() {
        return new ReadOptions(inputFormat, samplesAsRows, taxonomy, InputLimits.CLI.withMaxDecodedMb(maxDecodedMb));
    }

    /** An unknown format name is a usage error (exit 2), listed with the valid names. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String s) {
            try {
                return ProfileFormats.named(s).format();
            } catch (org.gutskin.io.InputException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
