package org.gutskin.profile.format;

import java.nio.file.Path;
import org.gutskin.profile.Format;

/**
 * How to read a profile file.
 *
 * @param format       the format to assume, or {@code null} to detect it ({@code --input-format})
 * @param samplesAsRows a plain table has one sample per row and one taxon per column ({@code --samples-as-rows})
 * @param taxonomy     a QIIME 2 taxonomy TSV ({@code Feature ID, Taxon[, Confidence]}) for a feature table, or null
 */
public record ReadOptions(Format format, boolean samplesAsRows, Path taxonomy) {

    public static final ReadOptions DEFAULT = new ReadOptions(null, false, null);

    public static ReadOptions forced(Format format) {
        return new ReadOptions(format, false, null);
    }
}
