package org.gutskin.evidence.kb;

import java.util.List;
import org.gutskin.profile.Rank;

/**
 * One cited statement about a condition at one evidence level (from a condition file). Taxon associations carry
 * {@code taxon}, {@code rank}, {@code direction} and {@code bodySite}; diversity findings carry a direction
 * without a taxon; the other optional fields are null when the YAML leaves them out.
 */
public record Fact(String id, String conditionId, EvidenceLevel level, String statement, List<Citation> citations,
        boolean verified, String taxon, Rank rank, Direction direction, BodySite bodySite, Population population,
        StudyType studyType, String size, MechanismTheme theme) {

    public Fact {
        citations = List.copyOf(citations);
    }

    /** True for a taxon association (a named taxon with a direction). */
    public boolean isTaxonAssociation() {
        return taxon != null;
    }
}
