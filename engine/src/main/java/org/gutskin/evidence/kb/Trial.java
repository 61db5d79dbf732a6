package org.gutskin.evidence.kb;

import java.util.List;

/**
 * A trial or meta-analysis of an intervention for one condition (from {@code interventions.yaml}); evidence level 3.
 * Pooled analyses have no products. Dose is colony-forming units per day (null when not reported).
 *
 * <p>What the certainty rule ({@code org.gutskin.evidence.ladder.CertaintyRule}) reads: {@code participants} (people
 * randomised, or pooled for a meta-analysis; null = unreported) and {@code arms}; {@code effectSize} (null =
 * unreported); {@code ageBands} (the population's age bands, from {@code population} unless the YAML names them);
 * {@code riskGroup} (who, in words: "high-risk families", "moderate-severe disease"); {@code sponsor}; and curated
 * {@code concerns}.
 */
public record Trial(String id, String conditionId, InterventionType intervention, List<Product> products,
        Population population, Purpose purpose, Double doseCfuPerDay, Double durationWeeks, String size,
        StudyType studyType, String outcomeMeasure, OutcomeType outcomeType, Effect effect, String statement,
        List<Citation> citations, boolean verified, Integer participants, int arms, EffectSize effectSize,
        List<AgeBand> ageBands, String riskGroup, Sponsor sponsor, String sponsorNote, List<Concern> concerns) {

    public Trial {
        products = List.copyOf(products);
        citations = List.copyOf(citations);
        ageBands = ageBands == null || ageBands.isEmpty() ? AgeBand.of(population) : List.copyOf(ageBands);
        concerns = concerns == null ? List.of() : List.copyOf(concerns);
        if (sponsor == null) sponsor = Sponsor.UNREPORTED;
        if (arms < 1) arms = 2;
    }

    /** The fields the label checker and older callers use; the rule's fields unreported. */
    public Trial(String id, String conditionId, InterventionType intervention, List<Product> products,
            Population population, Purpose purpose, Double doseCfuPerDay, Double durationWeeks, String size,
            StudyType studyType, String outcomeMeasure, OutcomeType outcomeType, Effect effect, String statement,
            List<Citation> citations, boolean verified) {
        this(id, conditionId, intervention, products, population, purpose, doseCfuPerDay, durationWeeks, size,
                studyType, outcomeMeasure, outcomeType, effect, statement, citations, verified, null, 2, null,
                null, null, Sponsor.UNREPORTED, null, List.of());
    }

    /** True when the result favoured the intervention in a controlled comparison. */
    public boolean favourable() {
        return effect == Effect.BENEFIT || effect == Effect.SMALL_BENEFIT;
    }

    /** True for a meta-analysis or systematic review. */
    public boolean pooled() {
        return studyType == StudyType.META_ANALYSIS || studyType == StudyType.SYSTEMATIC_REVIEW;
    }

    /** True when there was a control arm (an RCT or a pooled analysis of RCTs). */
    public boolean controlled() {
        return effect != Effect.UNCONTROLLED_IMPROVEMENT && (studyType == StudyType.RCT || pooled());
    }
}
