package org.gutskin.cohort.model;

import java.util.List;

/**
 * What the adjusted models found: the design used, the marginal PERMANOVA of the first beta metric, the per-taxon
 * and alpha-diversity coefficients (q-values filled), the model's name and the notes (samples dropped, imputed,
 * left out of the paired models).
 */
public record AdjustedResult(AdjustedRequest request, ModelDesign design, String metric, MarginalPermanovaTable permanova,
        List<CoefficientEstimate> taxa, List<CoefficientEstimate> alpha, String model, int modelSamples,
        List<String> notes) {

    public AdjustedResult {
        taxa = List.copyOf(taxa);
        alpha = List.copyOf(alpha);
        notes = List.copyOf(notes);
    }
}
