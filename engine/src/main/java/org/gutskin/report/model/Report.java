package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The one typed report, rendered by every writer (JSON, HTML, PDF, FHIR). Field order is display order: red flags
 * and route first (clinician-first outranks everything), then the plain-language summary, diversity, indices, the
 * composition, the skin profile, taxa, the conditions (ladder, interventions), the checklist, provenance and the
 * disclaimer. The contract's stable JSON keys are {@code reportVersion, sample, generatedAt, provenance, redFlags,
 * route, diversity, indices, conditions, checklist, disclaimer}; the others are additions.
 *
 * @param redFlags the triage keys answered {@code true}, contract order
 * @param route    {@code clinician-first} when any red flag is set, else {@code standard}
 * @param checklist the clinic discussion questions (text), condition-specific first
 * @param checklistDetails the same questions with their citations
 */
@JsonPropertyOrder({"reportVersion", "sample", "generatedAt", "route", "redFlags", "triage", "summary", "diversity",
        "indices", "composition", "skin", "conditions", "checklist", "checklistDetails", "provenance", "warnings",
        "disclaimer"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(String reportVersion, String sample, String generatedAt, Provenance provenance,
        List<String> redFlags, String route, List<TriageFlag> triage, List<Statement> summary, Diversity diversity,
        Indices indices, List<TaxonShare> composition, SkinProfile skin, List<ConditionSection> conditions,
        List<String> checklist, List<Statement> checklistDetails, List<String> warnings, String disclaimer) {

    public static final String VERSION = "1.0";
    public static final String CLINICIAN_FIRST = "clinician-first";
    public static final String STANDARD = "standard";

    public Report {
        redFlags = List.copyOf(redFlags);
        triage = List.copyOf(triage);
        summary = List.copyOf(summary);
        composition = List.copyOf(composition);
        conditions = List.copyOf(conditions);
        checklist = List.copyOf(checklist);
        checklistDetails = List.copyOf(checklistDetails);
        warnings = List.copyOf(warnings);
    }

    @JsonIgnore
    public boolean clinicianFirst() {
        return CLINICIAN_FIRST.equals(route);
    }
}
