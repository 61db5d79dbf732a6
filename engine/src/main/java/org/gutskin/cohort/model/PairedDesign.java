package org.gutskin.cohort.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The paired (conditional) alternative for designs with strata — family pairs, repeated samples of a person:
 * each stratum gets its own intercept as a fixed effect, so every coefficient is estimated from differences
 * within strata only (with two samples per stratum and one factor this is the paired t-test). Samples alone in
 * their stratum carry no within-stratum information and are left out (counted in the notes). The strata
 * coefficients are nuisance parameters: they are named {@link #TERM} and never reported.
 */
public final class PairedDesign {

    /** The name of the strata term in the design. */
    public static final String TERM = "(strata)";

    private PairedDesign() {}

    /** @return the design with the strata term, and for each of its samples the row of {@code d} */
    public static DesignBuilder.Result of(ModelDesign d) {
        if (d.strata() == null) throw new IllegalArgumentException("the design has no strata");
        int[] size = new int[IntStream.of(d.strata()).max().orElse(-1) + 1];
        for (int s : d.strata()) size[s]++;
        int[] rows = IntStream.range(0, d.size()).filter(i -> size[d.strata()[i]] >= 2).toArray();
        ModelDesign sub = d.select(rows);
        List<Integer> levels = IntStream.of(sub.strata()).distinct().boxed().toList();
        double[][] cols = new double[Math.max(0, levels.size() - 1)][rows.length];
        List<String> names = new ArrayList<>();
        for (int c = 1; c < levels.size(); c++) {
            names.add(TERM + levels.get(c));
            for (int i = 0; i < rows.length; i++) cols[c - 1][i] = sub.strata()[i] == levels.get(c) ? 1 : 0;
        }
        List<DesignTerm> terms = new ArrayList<>(sub.terms());
        if (cols.length > 0) terms.add(new DesignTerm(TERM, true, names, cols));
        List<String> notes = new ArrayList<>(d.notes());
        int alone = d.size() - rows.length;
        notes.add("paired models (a fixed intercept per stratum): " + levels.size() + " strata with two or more samples, "
                + rows.length + " samples" + (alone > 0 ? "; " + alone + " sample(s) alone in their stratum left out" : ""));
        return new DesignBuilder.Result(new ModelDesign(sub.sampleIds(), terms, sub.strata(), notes), rows);
    }
}
