package org.gutskin.cohort.model;

import java.util.List;

/**
 * The design of an adjusted cohort model, built from a formula and the metadata: the samples kept (in this order;
 * samples dropped for a missing covariate are counted in {@code notes}), the terms in formula order (the
 * intercept is implicit), and the blocks permutations are restricted to ({@code strata[i]} the block of sample
 * {@code i}; {@code null} for free permutations).
 */
public record ModelDesign(List<String> sampleIds, List<DesignTerm> terms, int[] strata, List<String> notes) {

    public ModelDesign {
        sampleIds = List.copyOf(sampleIds);
        terms = List.copyOf(terms);
        notes = List.copyOf(notes);
    }

    public int size() {
        return sampleIds.size();
    }
}
