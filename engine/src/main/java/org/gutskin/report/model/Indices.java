package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The two published gut health indices for the sample (null when undefined for it or not applicable), their calls
 * ({@code healthy}, {@code non-healthy}, {@code uncertain}, {@code no-call} when too few of the index's taxa were
 * detected, {@code not-applicable} when the profile comes from another profiler or database — then a note says
 * why), the model versions, with the scorers' warnings about input that does not fit a model (e.g. a MetaPhlAn 4 profile).
 */
@JsonPropertyOrder({"gmhi", "gmhiCall", "gmhiNote", "gmwi2", "gmwi2Call", "gmwi2Note", "gmwi2RejectBand", "models",
        "warnings"})
public record Indices(Double gmhi, String gmhiCall, String gmhiNote, Double gmwi2, String gmwi2Call, String gmwi2Note,
        double gmwi2RejectBand, List<String> models, List<String> warnings) {

    public Indices {
        models = List.copyOf(models);
        warnings = List.copyOf(warnings);
    }
}
