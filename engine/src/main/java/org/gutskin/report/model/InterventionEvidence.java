package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One studied intervention for a condition, as evidence — never as a prescription: what was tested (type, exact
 * strains), on whom, at what dose and for how long, what it measured and found, and the wording its evidence allows
 * ({@code evidence}: the weakest phrase its lanes give it, so never stronger than any lane it sits in), and those
 * lanes' ids ({@code lanes}, e.g. {@code infant-prevention}).
 */
@JsonPropertyOrder({"id", "intervention", "products", "population", "purpose", "doseCfuPerDay", "durationWeeks",
        "studyType", "outcome", "outcomeType", "effect", "evidence", "lanes", "text", "citations"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InterventionEvidence(String id, String intervention, List<String> products, String population,
        String purpose, Double doseCfuPerDay, Double durationWeeks, String studyType, String outcome,
        String outcomeType, String effect, String evidence, String text, List<String> citations, List<String> lanes) {

    public InterventionEvidence {
        products = List.copyOf(products);
        citations = List.copyOf(citations);
        lanes = lanes == null ? List.of() : List.copyOf(lanes);
    }

    /** Without its lanes. */
    public InterventionEvidence(String id, String intervention, List<String> products, String population,
            String purpose, Double doseCfuPerDay, Double durationWeeks, String studyType, String outcome,
            String outcomeType, String effect, String evidence, String text, List<String> citations) {
        this(id, intervention, products, population, purpose, doseCfuPerDay, durationWeeks, studyType, outcome,
                outcomeType, effect, evidence, text, citations, List.of());
    }
}
