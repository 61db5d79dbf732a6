package org.gutskin.cohort.model;

import java.util.List;

/**
 * A marginal PERMANOVA's table: one row per term in formula order, then the residual and total rows, as vegan's
 * {@code adonis2(…, by = "margin")} prints it. The terms' sums of squares need not add up to the model's: each is
 * the term's contribution given all the others (type III).
 */
public record MarginalPermanovaTable(List<MarginalPermanovaRow> terms, MarginalPermanovaRow residual,
        MarginalPermanovaRow total) {

    public MarginalPermanovaTable {
        terms = List.copyOf(terms);
    }

    /** The row of the named term. */
    public MarginalPermanovaRow term(String name) {
        return terms.stream().filter(r -> r.term().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no term " + name));
    }
}
