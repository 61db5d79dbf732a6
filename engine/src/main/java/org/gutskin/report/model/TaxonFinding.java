package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A taxon the knowledge base associates with a condition, beside this sample's abundance of it. The direction is
 * what the cited study reported for that condition, body site and population ({@code reading} spells it out) — never
 * a generic "good" or "bad": the same species can be reported higher in one condition and population and lower in
 * another.
 *
 * @param abundance percent of the sample at the taxon's rank; 0 when the profile has that rank but not the taxon;
 *                  null when the profile cannot say (no rows at that rank, or no profile for that body site)
 */
@JsonPropertyOrder({"condition", "taxon", "rank", "bodySite", "direction", "population", "studyType", "size",
        "abundance", "detected", "reading", "statement", "citations"})
public record TaxonFinding(String condition, String taxon, String rank, String bodySite, String direction,
        String population, String studyType, String size, Double abundance, boolean detected, String reading,
        String statement, List<String> citations) {

    public TaxonFinding {
        citations = List.copyOf(citations);
    }
}
