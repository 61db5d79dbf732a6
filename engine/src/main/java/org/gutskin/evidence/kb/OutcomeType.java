package org.gutskin.evidence.kb;

/** What a trial's outcome measured: a biological marker, a symptom score (SCORAD, EASI, capsaicin test), or a clinical benefit (PASI75, IGA response, eczema incidence). */
public enum OutcomeType implements Vocabulary {
    MECHANISTIC_MARKER("mechanistic-marker"),
    SYMPTOM_SCORE("symptom-score"),
    CLINICAL_BENEFIT("clinical-benefit");

    private final String word;

    OutcomeType(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
