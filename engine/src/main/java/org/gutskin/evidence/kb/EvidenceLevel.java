package org.gutskin.evidence.kb;

/**
 * The four rungs of the evidence ladder, weakest first: 1 mechanism research (laboratory, animal, narrative reviews),
 * 2 association (patients vs controls), 3 clinical trials of an intervention, 4 standard-care guideline or consensus.
 */
public enum EvidenceLevel implements Vocabulary {
    MECHANISM("mechanism", 1, "Mechanism research"),
    ASSOCIATION("association", 2, "Associations in patients vs controls"),
    TRIAL("trial", 3, "Clinical trials of interventions"),
    GUIDELINE("guideline", 4, "Guidelines and consensus (standard care)");

    private final String word;
    private final int number;
    private final String title;

    EvidenceLevel(String word, int number, String title) {
        this.word = word;
        this.number = number;
        this.title = title;
    }

    @Override
    public String word() {
        return word;
    }

    /** 1 (mechanism) … 4 (guideline). */
    public int number() {
        return number;
    }

    /** Heading for the rung in reports. */
    public String title() {
        return title;
    }
}
