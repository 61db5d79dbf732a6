package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The two published gut health indices for the sample (null when undefined for it), their calls and the model
 * versions, with the scorers' warnings about input that does not fit a model (e.g. a MetaPhlAn 4 profile).
 */
@JsonPropertyOrder({"gmhi", "gmhiCall", "gmwi2", "gmwi2Call", "gmwi2RejectBand", "models", "warnings"})
public record Indices(Double gmhi, String gmhiCall, Double gmwi2, String gmwi2Call, double gmwi2RejectBand,
        List<String> models, List<String> warnings) {

    public Indices {
        models = List.copyOf(models);
        warnings = List.copyOf(warnings);
    }
}
