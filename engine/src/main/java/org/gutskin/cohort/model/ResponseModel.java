package org.gutskin.cohort.model;

import java.io.Serializable;

/**
 * A model of many responses on one design, factored once and fitted per response: ordinary least squares
 * ({@link LeastSquares}), or with random intercepts a linear mixed model ({@link MixedModel}). Serializable, so a
 * prepared model can be shipped to Spark tasks.
 */
public interface ResponseModel extends Serializable {

    /** The samples of the design. */
    int samples();

    /** The fit of response {@code y} (one value per sample, in the design's order). */
    ModelFit fit(double[] y);

    /** The model of {@code design}: mixed when it has random intercepts, least squares otherwise. */
    static ResponseModel of(ModelDesign design) {
        return design.random() == null ? new LeastSquares(design) : new MixedModel(design);
    }

    /** The short name outputs give a model of {@code design}, before any strata. */
    static String name(ModelDesign design) {
        return design.random() == null ? "lm" : "lmm";
    }
}
