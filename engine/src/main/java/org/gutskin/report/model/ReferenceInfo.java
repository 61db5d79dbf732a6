package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The healthy reference cohort the diversity percentiles are computed against: which cohort, which profiler built
 * its profiles, how many samples, at which rank, and where it comes from.
 */
@JsonPropertyOrder({"cohort", "profiler", "size", "rank", "source"})
public record ReferenceInfo(String cohort, String profiler, int size, String rank, String source) {}
