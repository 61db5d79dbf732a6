package org.gutskin.evidence.kb;

/** A trial's result on its primary outcome: {@code uncontrolled-improvement} = before/after change with no control arm. */
public enum Effect implements Vocabulary {
    BENEFIT("benefit"),
    SMALL_BENEFIT("small-benefit"),
    NO_EFFECT("no-effect"),
    MIXED("mixed"),
    UNCONTROLLED_IMPROVEMENT("uncontrolled-improvement");

    private final String word;

    Effect(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
