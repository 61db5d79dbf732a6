package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * What produced a report (Tribuo-style provenance): software and knowledge-base versions, the SHA-256 of the input
 * file(s), every model by id, and the reference distribution the diversity percentiles come from.
 *
 * @param skinInputSha256 the skin profile's checksum, null without {@code --skin}
 */
@JsonPropertyOrder({"software", "knowledgeBase", "inputSha256", "models", "skinInputSha256", "reference"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provenance(String software, String knowledgeBase, String inputSha256, Map<String, ModelInfo> models,
        String skinInputSha256, ReferenceInfo reference) {

    public Provenance {
        models = Map.copyOf(models);
    }
}
