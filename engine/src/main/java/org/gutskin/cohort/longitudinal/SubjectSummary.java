package org.gutskin.cohort.longitudinal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One subject's change over its series (issue 20, item 3): per beta metric the first-to-last distance and the mean
 * distance between consecutive samples ({@link SeriesDistances}), and per score the OLS slope over time
 * ({@link OlsSlope}; time elapsed since the first sample, in the series' unit — days for dates). A single-sample
 * subject has every value NaN. {@code labels}: the mixed-series labels of the comparisons used (empty unless the
 * series was built with mixing allowed and mixes profilers or body sites).
 */
public record SubjectSummary(String subject, int samples, double span, Map<String, Double> firstToLast,
        Map<String, Double> meanConsecutive, Map<String, Double> slopes, List<String> labels) {

    public SubjectSummary {
        // insertion order is the metrics' and scores' order (the columns of the tables)
        firstToLast = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(firstToLast));
        meanConsecutive = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(meanConsecutive));
        slopes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(slopes));
        labels = List.copyOf(labels);
    }

    /**
     * @param distances the series' distances, one per beta metric
     * @param scores each score's values in the series' order (the series' samples, first to last)
     */
    public static SubjectSummary of(Series s, List<SeriesDistances> distances, Map<String, double[]> scores) {
        Map<String, Double> ftl = new LinkedHashMap<>(), mc = new LinkedHashMap<>(), slopes = new LinkedHashMap<>();
        Set<String> labels = new LinkedHashSet<>();
        for (SeriesDistances d : distances) {
            if (d.series() != s) throw new IllegalArgumentException("distances of another series");
            ftl.put(d.metric(), d.firstToLast());
            mc.put(d.metric(), d.meanConsecutive());
        }
        // a slope rests on every sample of the series, so any mixed pair labels the summary
        for (int i = 1; i < s.size(); i++)
            for (int j = 0; j < i; j++) s.comparisonLabel(i, j).ifPresent(labels::add);
        double[] t = s.elapsedTimes();
        for (Map.Entry<String, double[]> e : scores.entrySet()) {
            if (e.getValue().length != s.size()) throw new IllegalArgumentException("score " + e.getKey() + ": wrong length");
            slopes.put(e.getKey(), OlsSlope.of(t, e.getValue()));
        }
        return new SubjectSummary(s.subject(), s.size(), s.elapsed(s.size() - 1), ftl, mc, slopes, new ArrayList<>(labels));
    }

    /** The measure names, in column order: per metric {@code _first_to_last} and {@code _mean_consecutive}, per score {@code _slope}. */
    public static List<String> measureNames(List<String> metrics, List<String> scores) {
        List<String> m = new ArrayList<>();
        for (String metric : metrics) {
            m.add(metric + "_first_to_last");
            m.add(metric + "_mean_consecutive");
        }
        for (String s : scores) m.add(s + "_slope");
        return m;
    }

    /** Every measure by its {@link #measureNames name}, in column order. */
    public Map<String, Double> measures() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : firstToLast.entrySet()) {
            m.put(e.getKey() + "_first_to_last", e.getValue());
            m.put(e.getKey() + "_mean_consecutive", meanConsecutive.get(e.getKey()));
        }
        for (Map.Entry<String, Double> e : slopes.entrySet()) m.put(e.getKey() + "_slope", e.getValue());
        return m;
    }
}
