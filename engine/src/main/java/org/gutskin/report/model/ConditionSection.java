package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A condition's part of the report: the certainty tier of its gut-skin evidence (with why), the evidence ladder
 * strongest rung first, the taxa the knowledge base links to it with this sample's abundances, and the
 * interventions lane; the trial evidence per population × purpose lane ({@code lanes}, the reader's first and marked
 * when {@code readerAge} is known, otherwise every lane, labelled); {@code headline}: the strongest cited statement
 * for the reader's lane, the one line the clinician summary shows for the condition.
 */
@JsonPropertyOrder({"id", "name", "certaintyTier", "certaintyNote", "certaintyCitations", "headline", "readerAge",
        "lanes", "ladder", "taxa", "interventions"})
public record ConditionSection(String id, String name, String certaintyTier, String certaintyNote,
        List<String> certaintyCitations, List<LadderLevel> ladder, List<TaxonFinding> taxa,
        List<InterventionEvidence> interventions, @JsonInclude(JsonInclude.Include.NON_NULL) String readerAge, List<ReportLane> lanes,
        @JsonInclude(JsonInclude.Include.NON_NULL) Statement headline) {

    /** Without a headline statement. */
    public ConditionSection(String id, String name, String certaintyTier, String certaintyNote,
            List<String> certaintyCitations, List<LadderLevel> ladder, List<TaxonFinding> taxa,
            List<InterventionEvidence> interventions, String readerAge, List<ReportLane> lanes) {
        this(id, name, certaintyTier, certaintyNote, certaintyCitations, ladder, taxa, interventions, readerAge, lanes,
                null);
    }

    public ConditionSection {
        certaintyCitations = List.copyOf(certaintyCitations);
        ladder = List.copyOf(ladder);
        taxa = List.copyOf(taxa);
        interventions = List.copyOf(interventions);
        lanes = lanes == null ? List.of() : List.copyOf(lanes);
    }

    /** Without lanes (no reader's age, no lane table). */
    public ConditionSection(String id, String name, String certaintyTier, String certaintyNote,
            List<String> certaintyCitations, List<LadderLevel> ladder, List<TaxonFinding> taxa,
            List<InterventionEvidence> interventions) {
        this(id, name, certaintyTier, certaintyNote, certaintyCitations, ladder, taxa, interventions, null, List.of());
    }

    /** The reader's lanes (empty when no age was given). */
    @JsonIgnore
    public List<ReportLane> readerLanes() {
        return lanes.stream().filter(ReportLane::readerLane).toList();
    }
}
