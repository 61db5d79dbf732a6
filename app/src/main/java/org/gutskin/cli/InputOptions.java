package org.gutskin.cli;

import java.nio.file.Path;
import org.gutskin.profile.Format;
import org.gutskin.profile.format.ProfileFormats;
import org.gutskin.profile.format.ReadOptions;
import picocli.CommandLine.Option;

/**
 * The options every command that reads profiles shares ({@code @Mixin InputOptions input;}): the format override,
 * the transposed plain table, and a QIIME 2 taxonomy for feature tables.
 */
public final class InputOptions {

    @Option(names = "--input-format", paramLabel = "FORMAT", converter = FormatConverter.class,
            completionCandidates = FormatNames.class,
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

    public ReadOptions readOptions() {
        return new ReadOptions(inputFormat, samplesAsRows, taxonomy);
    }

    /** The format names, from the one registry. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return ProfileFormats.names().iterator();
        }
    }

    /** An unknown format name is a usage error (exit 2), listed with the valid names. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String s) {
            try {
                return ProfileFormats.named(s).format();
            } catch (org.gutskin.profile.InputException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
