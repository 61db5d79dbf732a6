package org.gutskin.evidence.kb;

import java.util.List;

/**
 * A trial or meta-analysis of an intervention for one condition (from {@code interventions.yaml}); evidence level 3.
 * Pooled analyses have no products. Dose is colony-forming units per day (null when not reported).
 */
public record Trial(String id, String conditionId, InterventionType intervention, List<Product> products,
        Population population, Purpose purpose, Double doseCfuPerDay, Double durationWeeks, String size,
        StudyType studyType, String outcomeMeasure, OutcomeType outcomeType, Effect effect, String statement,
        List<Citation> citations, boolean verified) {

    public Trial {
        products = List.copyOf(products);
        citations = List.copyOf(citations);
    }

    /** True when the result favoured the intervention in a controlled comparison. */
    public boolean favourable() {
        return effect == Effect.BENEFIT || effect == Effect.SMALL_BENEFIT;
    }
}
