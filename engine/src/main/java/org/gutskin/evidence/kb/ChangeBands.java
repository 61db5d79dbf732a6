package org.gutskin.evidence.kb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The band of change expected without any real change ({@code change-bands.yaml}): per measure, the stated quantile
 * of the within-person changes between consecutive samples of people without IBD (HMP2's non-IBD participants), with how it was made (data, subjects,
 * samples, pairs, quantile, rule, caveat), its sources, and a published within-person variability statement beside it.
 *
 * @param rule     how pairs were formed and the change measured, in words
 * @param published a cited statement from the literature about within-person variability (shown beside the band)
 */
public record ChangeBands(String data, String population, int subjects, int samples, double quantile, String rule,
        String caveat, List<Citation> citations, String published, List<Citation> publishedCitations,
        Map<String, Band> measures) {

    /** The measure of distance between two samples (not an alpha metric). */
    public static final String BRAY_CURTIS = "braycurtis";

    public ChangeBands {
        citations = List.copyOf(citations);
        publishedCitations = List.copyOf(publishedCitations);
        measures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    }

    /** The band of one measure, or empty when none was derived for it (then no comparison is made). */
    public Optional<Band> band(String measure) {
        return Optional.ofNullable(measures.get(measure));
    }

    /**
     * One measure's band.
     *
     * @param pairs  the consecutive sample pairs it was computed from
     * @param band   the quantile of |change| (or of the distance, for Bray-Curtis)
     * @param median the median of the same values, for context
     */
    public record Band(String measure, int pairs, double band, double median) {}
}
