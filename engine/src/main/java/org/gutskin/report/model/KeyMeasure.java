package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One measure of the sample beside the healthy reference, as a range bar shows it: the value, its percentile among
 * the reference samples, and the reference's 5th, 25th, 50th, 75th and 95th percentiles (the bar's whiskers, box
 * and median).
 *
 * @param id   the metric or guild id ({@code shannon}, {@code observed}, a guild id)
 * @param name how the report labels it
 * @param unit what the value counts ({@code species}, {@code %}, or empty for an index)
 */
@JsonPropertyOrder({"id", "name", "value", "unit", "percentile", "p5", "p25", "p50", "p75", "p95"})
public record KeyMeasure(String id, String name, double value, String unit, Double percentile, double p5, double p25,
        double p50, double p75, double p95) {}
