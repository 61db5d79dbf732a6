package org.gutskin.cohort.longitudinal;

import java.util.List;
import java.util.Map;

/**
 * The longitudinal part of a cohort run: the series, each series' distances per beta metric (in {@code metrics}
 * order), each subject's summary, its group (empty when its samples are in different groups), the group tests of
 * every summary measure, and notes a reader must see.
 */
public record LongitudinalResult(SeriesSet set, List<String> metrics, List<String> scores,
        List<List<SeriesDistances>> distances, List<SubjectSummary> summaries, Map<String, String> groupOfSubject,
        List<LongitudinalTest> tests, List<String> notes) {

    public LongitudinalResult {
        metrics = List.copyOf(metrics);
        scores = List.copyOf(scores);
        distances = List.copyOf(distances);
        summaries = List.copyOf(summaries);
        groupOfSubject = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groupOfSubject));
        tests = List.copyOf(tests);
        notes = List.copyOf(notes);
    }

    /** The unit of spans and slopes: days for dates, the time column's own unit for numbers. */
    public String timeUnit() {
        return switch (set.kind()) {
            case DATE -> "days";
            case NUMBER -> set.timeColumn();
            case ORDER -> "position";
        };
    }

    /** The measure names of the summary columns, in column order ({@link SubjectSummary#measureNames}). */
    public List<String> measures() {
        return SubjectSummary.measureNames(metrics, scores);
    }
}
