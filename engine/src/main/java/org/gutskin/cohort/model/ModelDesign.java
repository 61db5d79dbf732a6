package org.gutskin.cohort.model;

import java.util.List;

/**
 * The design of an adjusted cohort model, built from a formula and the metadata: the samples kept (in this order;
 * samples dropped for a missing covariate are counted in {@code notes}), the terms in formula order (the
 * intercept is implicit), and the blocks permutations are restricted to ({@code strata[i]} the block of sample
 * {@code i}; {@code null} for free permutations), and the random intercepts of a mixed model ({@code null}: none).
 */
public record ModelDesign(List<String> sampleIds, List<DesignTerm> terms, int[] strata, List<String> notes,
        RandomEffects random) {

    public ModelDesign {
        sampleIds = List.copyOf(sampleIds);
        terms = List.copyOf(terms);
        notes = List.copyOf(notes);
    }

    /** A design without random intercepts. */
    public ModelDesign(List<String> sampleIds, List<DesignTerm> terms, int[] strata, List<String> notes) {
        this(sampleIds, terms, strata, notes, null);
    }

    public int size() {
        return sampleIds.size();
    }

    /** The design restricted to {@code rows} (indices into this design's samples), in that order. */
    public ModelDesign select(int[] rows) {
        List<DesignTerm> t = terms.stream().map(d -> {
            double[][] c = new double[d.columns().length][];
            for (int k = 0; k < c.length; k++) {
                double[] src = d.columns()[k], dst = new double[rows.length];
                for (int i = 0; i < rows.length; i++) dst[i] = src[rows[i]];
                c[k] = dst;
            }
            return new DesignTerm(d.name(), d.factor(), d.columnNames(), c);
        }).toList();
        int[] s = strata == null ? null : java.util.Arrays.stream(rows).map(i -> strata[i]).toArray();
        return new ModelDesign(java.util.Arrays.stream(rows).mapToObj(sampleIds::get).toList(), t, s, notes,
                random == null ? null : random.select(rows));
    }
}
