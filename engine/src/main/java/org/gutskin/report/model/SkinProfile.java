package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The skin-swab profile shown beside the gut one ({@code --skin}): its sample, top taxa, diversity (no healthy
 * reference: none is shipped for skin) and the skin-site taxa the knowledge base links to the conditions asked.
 */
@JsonPropertyOrder({"sample", "composition", "diversity", "taxa"})
public record SkinProfile(String sample, List<TaxonShare> composition, Diversity diversity, List<TaxonFinding> taxa) {

    public SkinProfile {
        composition = List.copyOf(composition);
        taxa = List.copyOf(taxa);
    }
}
