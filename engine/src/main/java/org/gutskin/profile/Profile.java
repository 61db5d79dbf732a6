package org.gutskin.profile;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a reader found in one file: the abundance table as the profiler reports it (percent for MetaPhlAn,
 * counts for BIOM/Kraken/Bracken count tables), the counts when the format carries them, and warnings worth
 * showing a user (e.g. samples whose relative abundances do not sum to ~100 %).
 */
public record Profile(Path source, Format format, AbundanceTable abundance, Optional<AbundanceTable> counts,
        List<String> warnings) {

    public Profile {
        warnings = List.copyOf(warnings);
    }

    /** Relative abundance in percent, whatever the file held. */
    public AbundanceTable relative() {
        return abundance.relative();
    }

    public boolean hasCounts() {
        return counts.isPresent();
    }

    /** The counts, or an {@link InputException} saying why a count-based method cannot run on this file. */
    public AbundanceTable requireCounts(String what) {
        return counts.orElseThrow(() -> new InputException(source, 0, what + " needs read counts, but this "
                + format.label() + " file holds relative abundances only"));
    }
}
