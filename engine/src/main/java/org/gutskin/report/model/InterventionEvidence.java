package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One studied intervention for a condition, as evidence — never as a prescription: what was tested (type, exact
 * strains), on whom, at what dose and for how long, what it measured and found, and the wording its evidence allows.
 */
@JsonPropertyOrder({"id", "intervention", "products", "population", "purpose", "doseCfuPerDay", "durationWeeks",
        "studyType", "outcome", "outcomeType", "effect", "evidence", "text", "citations"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InterventionEvidence(String id, String intervention, List<String> products, String population,
        String purpose, Double doseCfuPerDay, Double durationWeeks, String studyType, String outcome,
        String outcomeType, String effect, String evidence, String text, List<String> citations) {

    public InterventionEvidence {
        products = List.copyOf(products);
        citations = List.copyOf(citations);
    }
}
