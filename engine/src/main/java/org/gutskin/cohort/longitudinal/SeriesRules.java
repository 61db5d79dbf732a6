package org.gutskin.cohort.longitudinal;

import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How series are built from a metadata table.
 *
 * @param available which sample ids may enter a series (the samples the profiles hold); others are left out
 * @param excluded samples left out explicitly, e.g. technical replicates (HMP2's {@code _TR} ids) that would
 *     otherwise share a time with their original and be refused
 * @param labels each sample's profiler and body site, as far as the caller knows them
 * @param allowMixed build series that mix profilers or body sites (their comparisons are labelled) instead of
 *     refusing them
 */
public record SeriesRules(Predicate<String> available, Set<String> excluded, Function<String, SampleLabels> labels,
        boolean allowMixed) {

    public SeriesRules {
        available = available == null ? id -> true : available;
        excluded = excluded == null ? Set.of() : Set.copyOf(excluded);
        labels = labels == null ? id -> SampleLabels.UNKNOWN : labels;
    }

    /** Every sample, none excluded, labels unknown, mixing refused. */
    public static SeriesRules defaults() {
        return new SeriesRules(null, null, null, false);
    }
}
