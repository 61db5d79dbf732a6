package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.gutskin.provenance.Provenance;

/**
 * The report's {@code provenance}: the one {@link Provenance} record (its keys written at this level, so the
 * contract's {@code software}, {@code knowledgeBase}, {@code inputSha256} and {@code models} stay where they were),
 * plus what only a report has: the skin profile's checksum and the reference distribution the diversity percentiles
 * come from.
 *
 * @param skinInputSha256 the skin profile's checksum (also the second of {@link Provenance#inputs()}), null without
 *     {@code --skin}
 */
@JsonPropertyOrder({"run", "skinInputSha256", "reference"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportProvenance(@JsonUnwrapped Provenance run, String skinInputSha256, ReferenceInfo reference) {}
