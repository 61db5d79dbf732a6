package org.gutskin.evidence.kb;

import java.util.List;
import org.gutskin.profile.Rank;

/**
 * One cited statement about a condition at one evidence level (from a condition file). Taxon associations carry
 * {@code taxon}, {@code rank}, {@code direction} and {@code bodySite}; diversity findings carry a direction
 * without a taxon; the other optional fields are null when the YAML leaves them out. A guideline position may name the
 * lane it speaks to: {@code purpose} and {@code ageBands} (from {@code population} when not listed).
 */
public record Fact(String id, String conditionId, EvidenceLevel level, String statement, List<Citation> citations,
        boolean verified, String taxon, Rank rank, Direction direction, BodySite bodySite, Population population,
        StudyType studyType, String size, MechanismTheme theme, Purpose purpose, List<AgeBand> ageBands) {

    public Fact {
        citations = List.copyOf(citations);
        ageBands = ageBands == null ? List.of() : List.copyOf(ageBands);
    }

    /** Without the lane fields (a fact that speaks to no particular population × purpose lane). */
    public Fact(String id, String conditionId, EvidenceLevel level, String statement, List<Citation> citations,
            boolean verified, String taxon, Rank rank, Direction direction, BodySite bodySite, Population population,
            StudyType studyType, String size, MechanismTheme theme) {
        this(id, conditionId, level, statement, citations, verified, taxon, rank, direction, bodySite, population,
                studyType, size, theme, null, List.of());
    }

    /** True for a taxon association (a named taxon with a direction). */
    public boolean isTaxonAssociation() {
        return taxon != null;
    }
}
