package org.gutskin.profile.format;

import java.nio.file.Path;
import org.gutskin.io.InputLimits;
import org.gutskin.profile.Format;

/**
 * How to read a profile file.
 *
 * @param format       the format to assume, or {@code null} to detect it ({@code --input-format})
 * @param samplesAsRows a plain table has one sample per row and one taxon per column ({@code --samples-as-rows})
 * @param taxonomy     a QIIME 2 taxonomy TSV ({@code Feature ID, Taxon[, Confidence]}) for a feature table, or null
 * @param limits       how far the input may expand when decoded ({@link InputLimits}: the command line's by default,
 *                     the service's for uploads)
 */
public record ReadOptions(Format format, boolean samplesAsRows, Path taxonomy, InputLimits limits) {

    public static final ReadOptions DEFAULT = new ReadOptions(null, false, null);

    public ReadOptions {
        if (limits == null) limits = InputLimits.CLI;
    }

    public ReadOptions(Format format, boolean samplesAsRows, Path taxonomy) {
        this(format, samplesAsRows, taxonomy, InputLimits.CLI);
    }

    public static ReadOptions forced(Format format) {
        return new ReadOptions(format, false, null);
    }

    /** These options with other limits (the service's, or {@code --max-decoded-mb}). */
    public ReadOptions withLimits(InputLimits l) {
        return new ReadOptions(format, samplesAsRows, taxonomy, l);
    }
}
