package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An index model as the report names it: version, tag ({@code gmwi2@1.6}), paper DOI and the profiler it expects. */
@JsonPropertyOrder({"version", "tag", "name", "doi", "profiler", "source"})
public record ModelInfo(String version, String tag, String name, String doi, String profiler, String source) {}
