package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One functional guild in the metabolite lane: its share of this sample, how that share was obtained ({@code basis}:
 * {@code taxa} = inferred from the species profile, {@code genes} = measured from a HUMAnN 3 table), the unit, the
 * percentile among the healthy reference samples (taxa basis only; null otherwise), the taxa or gene markers found,
 * and the cited mechanism statement.
 */
@JsonPropertyOrder({"id", "name", "products", "pathway", "percent", "unit", "percentile", "basis", "detected", "taxa",
        "statement", "citations", "note"})
public record GuildCapacity(String id, String name, String products, String pathway, Double percent, String unit,
        Double percentile, String basis, List<String> detected, List<String> taxa, String statement,
        List<String> citations, String note) {

    public GuildCapacity {
        detected = List.copyOf(detected);
        taxa = List.copyOf(taxa);
        citations = List.copyOf(citations);
    }
}
