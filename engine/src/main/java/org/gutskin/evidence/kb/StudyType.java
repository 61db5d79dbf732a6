package org.gutskin.evidence.kb;

/** Study design, from bench to consensus. */
public enum StudyType implements Vocabulary {
    IN_VITRO("in-vitro"),
    ANIMAL("animal"),
    NARRATIVE_REVIEW("narrative-review"),
    SYSTEMATIC_REVIEW("systematic-review"),
    META_ANALYSIS("meta-analysis"),
    CASE_CONTROL("case-control"),
    CROSS_SECTIONAL("cross-sectional"),
    COHORT("cohort"),
    RCT("rct"),
    OPEN_LABEL("open-label"),
    GUIDELINE("guideline"),
    CONSENSUS("consensus");

    private final String word;

    StudyType(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
