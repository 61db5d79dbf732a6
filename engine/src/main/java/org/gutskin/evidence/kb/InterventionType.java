package org.gutskin.evidence.kb;

/** Kind of microbial or lifestyle intervention a trial tested. */
public enum InterventionType implements Vocabulary {
    PROBIOTIC("probiotic"),
    PREBIOTIC("prebiotic"),
    SYNBIOTIC("synbiotic"),
    POSTBIOTIC("postbiotic"),
    ANTIMICROBIAL("antimicrobial"),
    DIETARY_PATTERN("dietary-pattern"),
    STRESS_MANAGEMENT("stress-management");

    private final String word;

    InterventionType(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
