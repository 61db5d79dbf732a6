package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Alpha diversity of the sample at species rank. In JSON each metric is a key with its number ({@code "shannon":
 * 3.21}, the contract's {@code {metric: value}}); {@code percentiles} gives, for the metrics the reference
 * distribution covers, the percentile of the value among the healthy reference samples ({@code reference} names
 * that cohort). An undefined metric (NaN) is written as null.
 */
public record Diversity(Map<String, Double> values, Map<String, Double> percentiles,
        ReferenceInfo reference, String rank) {

    public Diversity {
        values = new LinkedHashMap<>(values);
        percentiles = new LinkedHashMap<>(percentiles);
    }

    /** The JSON shape: the metrics first ({@code metric: value}), then {@code percentiles}, {@code reference}, {@code rank}. */
    @JsonValue
    Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v == null || v.isNaN() ? null : v));
        out.put("percentiles", percentiles);
        if (reference != null) out.put("reference", reference);
        out.put("rank", rank);
        return out;
    }

    /** The value of a metric, NaN when it was not computed. */
    public double value(String metric) {
        Double v = values.get(metric);
        return v == null ? Double.NaN : v;
    }

    /** The percentile of a metric against the reference, null when no reference covers it. */
    public Double percentile(String metric) {
        return percentiles.get(metric);
    }
}
