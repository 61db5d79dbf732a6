package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A condition's part of the report: the certainty tier of its gut-skin evidence (with why), the evidence ladder
 * strongest rung first, the taxa the knowledge base links to it with this sample's abundances, and the
 * interventions lane.
 */
@JsonPropertyOrder({"id", "name", "certaintyTier", "certaintyNote", "certaintyCitations", "ladder", "taxa",
        "interventions"})
public record ConditionSection(String id, String name, String certaintyTier, String certaintyNote,
        List<String> certaintyCitations, List<LadderLevel> ladder, List<TaxonFinding> taxa,
        List<InterventionEvidence> interventions) {

    public ConditionSection {
        certaintyCitations = List.copyOf(certaintyCitations);
        ladder = List.copyOf(ladder);
        taxa = List.copyOf(taxa);
        interventions = List.copyOf(interventions);
    }
}
