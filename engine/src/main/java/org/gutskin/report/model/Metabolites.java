package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The report's "Microbial metabolite capacity (gut)" section: a mechanism-tier lead, where the numbers come from
 * ({@code basis}: {@code inferred from taxa} or {@code measured from genes (HUMAnN 3)}), one row per verified guild
 * against the healthy reference, and the diet-microbiome statements at their own tier.
 *
 * @param functionsSource the HUMAnN 3 file name and kind, when one was given
 */
@JsonPropertyOrder({"title", "lead", "basis", "functionsSource", "guilds", "reference", "diet", "notes"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Metabolites(String title, String lead, String basis, String functionsSource, List<GuildCapacity> guilds,
        ReferenceInfo reference, List<Statement> diet, List<String> notes) {

    public static final String TITLE = "Microbial metabolite capacity (gut)";

    public Metabolites {
        guilds = List.copyOf(guilds);
        diet = List.copyOf(diet);
        notes = List.copyOf(notes);
    }
}
