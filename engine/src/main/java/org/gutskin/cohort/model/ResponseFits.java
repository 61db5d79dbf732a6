package org.gutskin.cohort.model;

import java.util.List;

/** A fit of one response as {@link CoefficientEstimate} rows (q-values to be filled by BH). */
final class ResponseFits {

    private ResponseFits() {}

    static List<CoefficientEstimate> estimates(String response, ModelFit fit, int n, int nonZero, String model) {
        return fit.coefficients().stream().filter(c -> !c.term().equals(PairedDesign.TERM)).map(c -> new CoefficientEstimate(response, c.term(), c.column(), c.estimate(),
                c.standardError(), c.ciLow(), c.ciHigh(), c.statistic(), c.pValue(), Double.NaN, n, nonZero,
                fit.residualSd(), c.degreesOfFreedom(), model)).toList();
    }
}
