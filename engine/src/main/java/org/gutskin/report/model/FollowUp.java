package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The follow-up part of a report: one subject's samples over time, oldest first. Each time point carries the same
 * measures a single report shows (diversity, the indices, the metabolite guilds, the top taxa) and its Bray–Curtis
 * distance to the first and to the previous sample; each change is set against the band of change expected without
 * any real change ({@link ChangeBand}), worded at most "larger than day-to-day variation". The rest of the report
 * (red flags, triage, conditions, citations, disclaimer) is the latest sample's, exactly as a single report.
 *
 * @param single    true when the subject has one sample: then there is no change to show, and {@code note} says so
 * @param changes   the latest sample against the first (empty for one sample)
 */
@JsonPropertyOrder({"subject", "single", "note", "timePoints", "changes", "band", "warnings"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FollowUp(String subject, boolean single, String note, List<TimePoint> timePoints, List<Change> changes,
        ChangeBand band, List<String> warnings) {

    public FollowUp {
        timePoints = List.copyOf(timePoints);
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }

    /**
     * One sample of the series.
     *
     * @param date               the collection date (ISO 8601), null when none was given (then order is as listed)
     * @param diversity          alpha diversity at species rank, metric → value (null when not computable)
     * @param guilds             metabolite guild id → percent of species-level abundance (null when not computable)
     * @param distanceToFirst    Bray–Curtis to the first sample (null for the first)
     * @param distanceToPrevious Bray–Curtis to the previous sample (null for the first)
     * @param changes            this sample against the previous one (empty for the first)
     */
    @JsonPropertyOrder({"sample", "date", "diversity", "gmwi2", "gmhi", "guilds", "topTaxa", "distanceToFirst",
            "distanceToPrevious", "changes"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimePoint(String sample, String date, Map<String, Double> diversity, Double gmwi2, Double gmhi,
            Map<String, Double> guilds, List<TaxonShare> topTaxa, Double distanceToFirst, Double distanceToPrevious,
            List<Change> changes) {

        public TimePoint {
            diversity = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(diversity));
            guilds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(guilds));
            topTaxa = List.copyOf(topTaxa);
            changes = List.copyOf(changes);
        }
    }

    /**
     * One change of one measure between two samples.
     *
     * @param measure the measure's id ({@code shannon}, {@code gmwi2}, {@code guild-butyrate}, {@code braycurtis} …)
     * @param change  later − earlier (for {@code braycurtis}: the distance itself); null when not computable
     * @param band    the band of change expected without real change, null when none was derived for the measure
     * @param verdict {@link ChangeBand#WITHIN}, {@link ChangeBand#LARGER}, {@link ChangeBand#NO_BAND} or
     *                {@link ChangeBand#NOT_COMPUTABLE}: never more than that
     */
    @JsonPropertyOrder({"measure", "label", "from", "to", "change", "band", "verdict"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String measure, String label, Double from, Double to, Double change, Double band,
            String verdict) {}

    /**
     * How the band was made, printed with every follow-up report.
     *
     * @param citations          the data's sources (printed identifiers)
     * @param published          a published within-person variability statement put beside the computed band
     * @param publishedCitations its sources
     * @param measures           measure → band (the quantile of |change| between consecutive samples)
     */
    @JsonPropertyOrder({"data", "population", "subjects", "samples", "quantile", "rule", "caveat", "citations",
            "published", "publishedCitations", "measures"})
    public record ChangeBand(String data, String population, int subjects, int samples, double quantile, String rule,
            String caveat, List<String> citations, String published, List<String> publishedCitations,
            Map<String, Double> measures) {

        public static final String WITHIN = "within day-to-day variation";
        public static final String LARGER = "larger than day-to-day variation";
        public static final String NO_BAND = "no band for this measure (not compared)";
        public static final String NOT_COMPUTABLE = "not computable";

        public ChangeBand {
            citations = List.copyOf(citations);
            publishedCitations = List.copyOf(publishedCitations);
            measures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(measures));
        }

        /**
         * The verdict for a change: at most "larger than day-to-day variation" when |change| exceeds the band,
         * "within day-to-day variation" otherwise; no verdict without a band or a number.
         */
        public static String verdict(Double change, Double band) {
            if (change == null || change.isNaN()) return NOT_COMPUTABLE;
            if (band == null) return NO_BAND;
            return Math.abs(change) > band ? LARGER : WITHIN;
        }
    }
}
