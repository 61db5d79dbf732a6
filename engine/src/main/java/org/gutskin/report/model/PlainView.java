package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The patient view of the same facts: short plain-language summary sentences (written for a reading level of school
 * grade 8 or below, each still bounded by the evidence tier and free of claim words), one plain line per condition
 * asked, the trials in words people read ("10 billion CFU a day"), and a glossary of every clinical term and score
 * the view uses.
 */
@JsonPropertyOrder({"summary", "conditions", "studies", "glossary"})
public record PlainView(List<Statement> summary, List<Statement> conditions, List<Statement> studies,
        List<GlossaryEntry> glossary) {

    public PlainView {
        summary = List.copyOf(summary);
        conditions = List.copyOf(conditions);
        studies = List.copyOf(studies);
        glossary = List.copyOf(glossary);
    }
}
