package org.gutskin.profile;

import org.gutskin.io.InputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a reader found in one file: the abundance table as the profiler reports it (percent for MetaPhlAn,
 * counts for BIOM/Kraken/Bracken count tables), the counts when the format carries them, warnings worth
 * showing a user (e.g. samples whose relative abundances do not sum to ~100 %), and which bytes it came from
 * ({@link ProfileInput}: name, SHA-256, QIIME 2 artifact UUID) for provenance.
 */
public record Profile(Path source, Format format, AbundanceTable abundance, Optional<AbundanceTable> counts,
        List<String> warnings, ProfileInput input) {

    public Profile {
        warnings = List.copyOf(warnings);
    }

    /** A profile not (yet) tied to stored bytes: {@link #input()} is null until the reader's caller sets it. */
    public Profile(Path source, Format format, AbundanceTable abundance, Optional<AbundanceTable> counts,
            List<String> warnings) {
        this(source, format, abundance, counts, warnings, null);
    }

    /** The same profile read from these bytes. */
    public Profile withInput(ProfileInput in) {
        return new Profile(source, format, abundance, counts, warnings, in);
    }

    /** The same profile with more warnings (e.g. the text encoding it was read in). */
    public Profile withWarnings(List<String> more) {
        if (more.isEmpty()) return this;
        java.util.List<String> all = new java.util.ArrayList<>(more);
        all.addAll(warnings);
        return new Profile(source, format, abundance, counts, all, input);
    }

    /** The input's SHA-256, or null when the profile was not read from stored bytes. */
    public String sha256() {
        return input == null ? null : input.sha256();
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
